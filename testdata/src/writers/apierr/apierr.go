// Package apierr is level one: an error type and its constructors. // want package:`gocatalog\(sends (default )?codes.*\)`
package apierr

import "net/http"

// APIError is an error type: a code field, a status field, and Error.
type APIError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *APIError) Error() string { return e.Message }

// New is a constructor: both parameters reach the literal it returns.
func New(status int, code, msg string) *APIError { // want New:`errwriter\(status=0, code=1, field\)`
	return &APIError{Status: status, Code: code, Message: msg}
}

// NotFound carries its status: every call pairs its code with 404.
func NotFound(code string) *APIError { // want NotFound:`errwriter\(code=0, carries 404\)`
	return New(http.StatusNotFound, code, "not found")
}

// Missing reaches NotFound, declared before it: still a carried 404.
func Missing(code string) error { // want Missing:`errwriter\(code=0, carries 404\)`
	return NotFound(code)
}

// Wrap calls a writer declared after it (a fixed point within the package).
func Wrap(code string, status int) *APIError { // want Wrap:`errwriter\(status=1, code=0, field\)`
	return later(int64(status), code)
}

func later(status int64, code string) *APIError { // want later:`errwriter\(status=0, code=1, field\)`
	return New(int(status), code, "")
}

// Changed reassigns its status: it does not flow unchanged.
func Changed(status int, code string) *APIError { // want Changed:`errwriter\(code=1\)`
	if status == 0 {
		status = http.StatusInternalServerError
	}
	return New(status, code, "")
}

// Internal carries 500 through a constant.
func Internal(code string) *APIError { // want Internal:`errwriter\(code=0, carries 500\)` Internal:`returns\(\{writers/apierr\.APIError, Status=500\}\)`
	return &APIError{Status: http.StatusInternalServerError, Code: code}
}

// Describe is not a writer: its parameter goes to a message. It returns
// a literal that a package calling it can judge (§13).
func Describe(msg string) *APIError { // want Describe:`returns\(\{writers/apierr\.APIError, Code="BAD_REQUEST", Status=400\}\)`
	return &APIError{Status: http.StatusBadRequest, Code: "BAD_REQUEST", Message: msg}
}

// Envelope is a generic error type.
type Envelope[T any] struct {
	OK   bool   `json:"ok"`
	Code string `json:"code"`
	Data T      `json:"data"`
}

// Fail is a generic code writer.
func Fail[T any](code string, data T) Envelope[T] { // want Fail:`errwriter\(code=0\)`
	return Envelope[T]{OK: false, Code: code, Data: data}
}
