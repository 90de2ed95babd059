// Package web declares error values and their central writer; the
// handlers returning them are in another package (centralwriter/server),
// which judges them (§13: the first package that sees the value and its
// writer).
package web

import (
	"errors"
	"net/http"
)

type HTTPError struct {
	AppCode  int64
	HTTPCode int
	Message  string
}

func (e *HTTPError) Error() string { return e.Message }

var (
	ErrUnauthorized = &HTTPError{AppCode: 1001, HTTPCode: http.StatusUnauthorized, Message: "unauthorized"}
	ErrNotFound     = &HTTPError{AppCode: 1002, HTTPCode: http.StatusNotFound, Message: "not found"}
	ErrTokenExpired = &HTTPError{AppCode: 1003, HTTPCode: http.StatusUnauthorized, Message: "token expired"}
)

// Authenticate returns ErrTokenExpired: a function of this package whose
// result the server's handlers return ("returns ErrTokenExpired").
func Authenticate(r *http.Request) error {
	if r.Header.Get("Authorization") == "expired" {
		return ErrTokenExpired
	}
	return nil
}

// WriteError is the central writer of HTTPError.
func WriteError(w http.ResponseWriter, err error) {
	var e *HTTPError
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(e.HTTPCode)
}
