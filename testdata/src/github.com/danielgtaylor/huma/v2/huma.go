// Package huma is a minimal stand-in for github.com/danielgtaylor/huma/v2
// with the signatures errlint knows.
package huma

import (
	"context"
	"net/http"
)

// StatusError is an error with an HTTP status.
type StatusError interface {
	GetStatus() int
	Error() string
}

// Context is huma's request context.
type Context interface {
	SetStatus(code int)
	SetHeader(name, value string)
	AppendHeader(name, value string)
}

// API is a huma API.
type API interface{}

// Adapter is a router adapter.
type Adapter interface{}

// Config is an API's configuration.
type Config struct{ Title, Version string }

func DefaultConfig(title, version string) Config { return Config{title, version} }

func NewAPI(config Config, a Adapter) API { return nil }

// Operation describes one operation.
type Operation struct {
	OperationID string
	Method      string
	Path        string
}

func Register[I, O any](api API, op Operation, handler func(context.Context, *I) (*O, error)) {}

func Get[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

func Post[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

// HeadersError is an error carrying response headers.
type HeadersError interface {
	GetHeaders() http.Header
	Error() string
}

// ErrorWithHeaders wraps err with headers for the response.
func ErrorWithHeaders(err error, headers http.Header) error { return err }

// NewError builds the error a handler returns; a variable so that services
// can replace it.
var NewError = func(status int, msg string, errs ...error) StatusError { return nil }

var NewErrorWithContext = func(_ Context, status int, msg string, errs ...error) StatusError {
	return NewError(status, msg, errs...)
}

// WriteErr writes an error response.
func WriteErr(api API, ctx Context, status int, msg string, errs ...error) error { return nil }

func Error400BadRequest(msg string, errs ...error) StatusError           { return nil }
func Error401Unauthorized(msg string, errs ...error) StatusError         { return nil }
func Error403Forbidden(msg string, errs ...error) StatusError            { return nil }
func Error404NotFound(msg string, errs ...error) StatusError             { return nil }
func Error405MethodNotAllowed(msg string, errs ...error) StatusError     { return nil }
func Error406NotAcceptable(msg string, errs ...error) StatusError        { return nil }
func Error409Conflict(msg string, errs ...error) StatusError             { return nil }
func Error410Gone(msg string, errs ...error) StatusError                 { return nil }
func Error412PreconditionFailed(msg string, errs ...error) StatusError   { return nil }
func Error415UnsupportedMediaType(msg string, errs ...error) StatusError { return nil }
func Error422UnprocessableEntity(msg string, errs ...error) StatusError  { return nil }
func Error429TooManyRequests(msg string, errs ...error) StatusError      { return nil }
func Error500InternalServerError(msg string, errs ...error) StatusError  { return nil }
func Error501NotImplemented(msg string, errs ...error) StatusError       { return nil }
func Error502BadGateway(msg string, errs ...error) StatusError           { return nil }
func Error503ServiceUnavailable(msg string, errs ...error) StatusError   { return nil }
func Error504GatewayTimeout(msg string, errs ...error) StatusError       { return nil }
