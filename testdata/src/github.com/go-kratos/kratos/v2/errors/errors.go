// Package errors is a minimal stand-in for
// github.com/go-kratos/kratos/v2/errors with the signatures errlint knows.
package errors

// Status is the wire form of an error.
type Status struct {
	Code    int32
	Reason  string
	Message string
}

// Error is kratos' error: an HTTP status (Code) and a reason.
type Error struct {
	Status
	cause error
}

func (e *Error) Error() string { return e.Reason }

func New(code int, reason, message string) *Error                    { return nil }
func Newf(code int, reason, format string, a ...interface{}) *Error  { return nil }
func Errorf(code int, reason, format string, a ...interface{}) error { return nil }
func BadRequest(reason, message string) *Error                       { return nil }
func Unauthorized(reason, message string) *Error                     { return nil }
func Forbidden(reason, message string) *Error                        { return nil }
func NotFound(reason, message string) *Error                         { return nil }
func Conflict(reason, message string) *Error                         { return nil }
func InternalServer(reason, message string) *Error                   { return nil }
func ServiceUnavailable(reason, message string) *Error               { return nil }
func GatewayTimeout(reason, message string) *Error                   { return nil }
func ClientClosed(reason, message string) *Error                     { return nil }
