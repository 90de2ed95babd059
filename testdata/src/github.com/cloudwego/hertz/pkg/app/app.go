// Package app is a minimal stand-in for github.com/cloudwego/hertz/pkg/app
// with the signatures errlint knows.
package app

// RequestContext is hertz's request context.
type RequestContext struct{}

func (ctx *RequestContext) JSON(code int, obj interface{})                        {}
func (ctx *RequestContext) String(code int, format string, values ...interface{}) {}
func (ctx *RequestContext) Status(code int)                                       {}
func (ctx *RequestContext) SetStatusCode(statusCode int)                          {}
func (ctx *RequestContext) AbortWithStatus(code int)                              {}
func (ctx *RequestContext) AbortWithStatusJSON(code int, jsonObj interface{})     {}
func (ctx *RequestContext) Header(key, value string)                              {}
func (ctx *RequestContext) Param(key string) string                               { return "" }
