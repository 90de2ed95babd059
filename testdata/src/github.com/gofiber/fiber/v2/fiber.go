// Package fiber is a minimal stand-in for github.com/gofiber/fiber/v2 with
// the signatures errlint knows.
package fiber

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// Error is fiber's error with an HTTP status.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// NewError returns an error with a status and an optional message.
func NewError(code int, message ...string) *Error { return &Error{Code: code} }

// Ctx is a request context.
type Ctx struct{}

func (c *Ctx) Status(status int) *Ctx                           { return c }
func (c *Ctx) SendStatus(status int) error                      { return nil }
func (c *Ctx) JSON(data interface{}, ctype ...string) error     { return nil }
func (c *Ctx) XML(data interface{}) error                       { return nil }
func (c *Ctx) SendString(body string) error                     { return nil }
func (c *Ctx) Send(body []byte) error                           { return nil }
func (c *Ctx) Set(key, val string)                              {}
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

// Handler handles a request.
type Handler = func(*Ctx) error
