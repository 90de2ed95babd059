// Package apierr holds the service's error value: the JSON envelope every
// error response carries.
package apierr

import "net/http"

// Error is the envelope of every error response.
type Error struct {
	OK      bool   `json:"ok"`
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"error"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// New builds an error envelope.
func New(status int, code, msg string) *Error {
	return &Error{Status: status, Code: code, Message: msg}
}

// NotFound builds a 404 envelope for the given code.
func NotFound(code, msg string) *Error {
	return New(http.StatusNotFound, code, msg)
}
