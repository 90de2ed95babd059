// Package kerrors stands for a dependency's error constructors (kratos'
// errors.NotFound(reason, message)): nothing in their bodies shows a status
// or a code, so writers: entries with carries: name them.
package kerrors

type Error struct {
	reason  string
	message string
	status  int
}

func (e *Error) Error() string { return e.reason }

func newError(status int, reason, message string) *Error {
	return &Error{status: status, reason: reason, message: message}
}

func NotFound(reason, message string) *Error  { return newError(404, reason, message) }
func Forbidden(reason, message string) *Error { return newError(403, reason, message) }
func BadRequest(reason, message string) *Error {
	return newError(400, reason, message)
}
