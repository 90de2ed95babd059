// Package errs declares error values as functions returning a literal,
// and the central writer that writes them (§11, §13: a function returning
// an error value is judged where its result is used).
package errs

import (
	"errors"
	"net/http"
)

type Error struct {
	Code   int    `json:"code"`
	Status int    `json:"-"`
	Msg    string `json:"message"`
}

func (e *Error) Error() string { return e.Msg }

func ErrNoToken() *Error {
	return &Error{Code: 40101, Status: http.StatusUnauthorized, Msg: "token required"}
}

func ErrBadToken() *Error {
	return &Error{Code: 40102, Status: http.StatusUnauthorized, Msg: "bad token"}
}

func ErrNotFound() *Error { return &Error{Code: 40401, Status: http.StatusNotFound, Msg: "not found"} }

// ErrAuth returns one of two values, through the package's own call.
func ErrAuth(expired bool) error {
	if expired {
		return ErrBadToken()
	}
	return ErrNoToken()
}

// ErrSession's literal is judged here, where Probe writes it: reported
// at the literal, and not again by the packages calling it.
func ErrSession() *Error {
	return &Error{Code: 40104, Status: http.StatusUnauthorized, Msg: "session expired"} // want `^401 response without a WWW-Authenticate header: this errs\.Error value is written by Write, which sets none$`
}

func Probe(w http.ResponseWriter, r *http.Request) {
	Write(w, ErrSession())
}

// Good: a 401 built here that only a log sees.
func ErrAudit() *Error { return &Error{Code: 40103, Status: http.StatusUnauthorized, Msg: "audit"} }

func Write(w http.ResponseWriter, err error) {
	var e *Error
	if !errors.As(err, &e) {
		e = &Error{Code: 50001, Status: http.StatusInternalServerError, Msg: "internal"}
	}
	w.WriteHeader(e.Status)
	w.Write([]byte(e.Msg))
}
