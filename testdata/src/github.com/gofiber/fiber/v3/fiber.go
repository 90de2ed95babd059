// Package fiber is a minimal stand-in for github.com/gofiber/fiber/v3 with
// the signatures errlint knows. Ctx is an interface in v3.
package fiber

// Map is a shortcut for map[string]any.
type Map map[string]any

// Error is fiber's error with an HTTP status.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// NewError returns an error with a status and an optional message.
func NewError(code int, message ...string) *Error { return &Error{Code: code} }

// Ctx is a request context.
type Ctx interface {
	Status(status int) Ctx
	SendStatus(status int) error
	JSON(data any, ctype ...string) error
	XML(data any) error
	SendString(body string) error
	Send(body []byte) error
	Set(key, val string)
	Params(key string, defaultValue ...string) string
}

// Handler handles a request.
type Handler = func(Ctx) error
