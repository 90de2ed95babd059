// Package echo is a minimal stand-in for github.com/labstack/echo/v4 with
// the signatures errlint knows. Its Context is an interface.
package echo

import (
	"io"
	"net/http"
)

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// Context is a request context.
type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i interface{}) error
	JSONPretty(code int, i interface{}, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i interface{}) error
	XML(code int, i interface{}) error
	XMLPretty(code int, i interface{}, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Render(code int, name string, data interface{}) error
}

// Response wraps an http.ResponseWriter; like echo's, it is one itself.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func (r *Response) Header() http.Header               { return r.Writer.Header() }
func (r *Response) WriteHeader(code int)              { r.Status = code }
func (r *Response) Write(b []byte) (n int, err error) { return len(b), nil }
func (r *Response) Flush()                            {}
func (r *Response) Unwrap() http.ResponseWriter       { return r.Writer }

// HTTPError is an error with a status.
type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

func (he *HTTPError) Error() string { return "" }

// NewHTTPError returns an HTTPError.
func NewHTTPError(code int, message ...interface{}) *HTTPError {
	he := &HTTPError{Code: code}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

// HandlerFunc handles a request.
type HandlerFunc func(c Context) error

// HTTPErrorHandler writes the error a handler returns.
type HTTPErrorHandler func(err error, c Context)

// Echo routes requests.
type Echo struct {
	HTTPErrorHandler HTTPErrorHandler
}

// DefaultHTTPErrorHandler is echo's own: it writes an HTTPError's Code
// and message, and sets no header.
func (e *Echo) DefaultHTTPErrorHandler(err error, c Context) {}

// New returns a router.
func New() *Echo { return &Echo{} }

// GET registers a handler.
func (e *Echo) GET(path string, h HandlerFunc) {}
