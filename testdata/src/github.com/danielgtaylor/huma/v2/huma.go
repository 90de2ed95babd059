// Package huma is a minimal stand-in for github.com/danielgtaylor/huma/v2
// with the signatures errlint knows.
package huma

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

// NewError builds the error a handler returns; a variable so that services
// can replace it.
var NewError = func(status int, msg string, errs ...error) StatusError { return nil }

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
