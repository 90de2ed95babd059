// Package gin is a minimal stand-in for github.com/gin-gonic/gin with the
// signatures errlint knows.
package gin

import "net/http"

// H is a shortcut for map[string]any.
type H map[string]any

// ResponseWriter is gin's writer.
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
	Written() bool
}

// Error is an error attached to a context.
type Error struct{ Err error }

// Render writes a body.
type Render interface {
	Render(http.ResponseWriter) error
}

// Context is a request context.
type Context struct {
	Writer  ResponseWriter
	Request *http.Request
}

func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) SecureJSON(code int, obj any)                   {}
func (c *Context) JSONP(code int, obj any)                        {}
func (c *Context) AsciiJSON(code int, obj any)                    {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) YAML(code int, obj any)                         {}
func (c *Context) TOML(code int, obj any)                         {}
func (c *Context) ProtoBuf(code int, obj any)                     {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) Render(code int, r Render)                      {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Status(code int)                                {}
func (c *Context) AbortWithStatus(code int)                       {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)      {}
func (c *Context) AbortWithError(code int, err error) *Error      { return &Error{Err: err} }
func (c *Context) Header(key, value string)                       {}
func (c *Context) Param(key string) string                        { return "" }
func (c *Context) Abort()                                         {}

// HandlerFunc handles a request.
type HandlerFunc func(*Context)

// Engine routes requests.
type Engine struct{}

// Default returns an engine.
func Default() *Engine { return &Engine{} }

// GET registers a handler.
func (e *Engine) GET(path string, h ...HandlerFunc) {}
