// Package apierr defines the error every shop handler returns.
package apierr

import "net/http"

// APIError is rendered as the JSON error envelope by package httpx.
type APIError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message,omitempty"`
}

func (e *APIError) Error() string { return e.Code + ": " + e.Message }

// NewAPIError is the constructor every other helper goes through.
func NewAPIError(status int, code string) *APIError {
	return &APIError{Status: status, Code: code}
}

// WithMessage builds an error with a human-readable message; the status
// arrives as an int64 from the legacy config and is converted.
func WithMessage(status int64, code, msg string) *APIError {
	e := NewAPIError(int(status), code)
	e.Message = msg
	return e
}

// NotFound is an error for a missing resource: it always answers 404.
func NotFound(code string) *APIError { return NewAPIError(http.StatusNotFound, code) }

// Conflict always answers 409.
func Conflict(code string) *APIError { return NewAPIError(http.StatusConflict, code) }
