// Package errtable declares an error type with integer codes and a
// table of its values, without importing net/http: sentinels and a
// found catalog.
package errtable

type Error struct {
	Code     int    `json:"code"`
	HTTPCode int    `json:"-"`
	Message  string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

var (
	ErrUnauthorized = &Error{Code: 40101, HTTPCode: 401, Message: "unauthorized"}
	ErrForbidden    = &Error{Code: 40301, HTTPCode: 403, Message: "forbidden"}
	ErrNotFound     = &Error{Code: 40401, HTTPCode: 404, Message: "not found"}
	ErrConflict     = &Error{Code: 40901, HTTPCode: 409, Message: "conflict"}
	ErrRateLimited  = &Error{Code: 42901, HTTPCode: 429, Message: "rate limited"}
	ErrUnavailable  = &Error{Code: 50301, HTTPCode: 503, Message: "unavailable"}
)
