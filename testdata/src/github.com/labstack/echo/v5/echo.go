// Package echo is a minimal stand-in for github.com/labstack/echo/v5 with
// the signatures errlint knows. Its Context is a struct.
package echo

import (
	"io"
	"net/http"
)

// Map is a shortcut for map[string]any.
type Map map[string]any

// Context is a request context.
type Context struct {
	request  *http.Request
	response http.ResponseWriter
}

func (c *Context) Request() *http.Request                                 { return c.request }
func (c *Context) Response() http.ResponseWriter                          { return c.response }
func (c *Context) Param(name string) string                               { return "" }
func (c *Context) HTML(code int, html string) error                       { return nil }
func (c *Context) HTMLBlob(code int, b []byte) error                      { return nil }
func (c *Context) String(code int, s string) error                        { return nil }
func (c *Context) JSON(code int, i any) error                             { return nil }
func (c *Context) JSONPretty(code int, i any, indent string) error        { return nil }
func (c *Context) JSONBlob(code int, b []byte) error                      { return nil }
func (c *Context) JSONP(code int, callback string, i any) error           { return nil }
func (c *Context) XML(code int, i any) error                              { return nil }
func (c *Context) XMLPretty(code int, i any, indent string) error         { return nil }
func (c *Context) XMLBlob(code int, b []byte) error                       { return nil }
func (c *Context) Blob(code int, contentType string, b []byte) error      { return nil }
func (c *Context) Stream(code int, contentType string, r io.Reader) error { return nil }
func (c *Context) NoContent(code int) error                               { return nil }
func (c *Context) Redirect(code int, url string) error                    { return nil }
func (c *Context) Render(code int, name string, data any) error           { return nil }

// HTTPError is an error with a status.
type HTTPError struct {
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

func (he *HTTPError) Error() string { return he.Message }

// NewHTTPError returns an HTTPError.
func NewHTTPError(code int, message string) *HTTPError {
	return &HTTPError{Code: code, Message: message}
}

// HandlerFunc handles a request.
type HandlerFunc func(c *Context) error

// Echo routes requests.
type Echo struct {
	HTTPErrorHandler func(c *Context, err error)
}

// New returns a router.
func New() *Echo { return &Echo{} }

// Config configures a router.
type Config struct {
	HTTPErrorHandler func(c *Context, err error)
}

// NewWithConfig returns a router configured by config.
func NewWithConfig(config Config) *Echo { return &Echo{HTTPErrorHandler: config.HTTPErrorHandler} }

// GET registers a handler.
func (e *Echo) GET(path string, h HandlerFunc) {}
