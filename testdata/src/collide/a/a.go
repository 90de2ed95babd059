// Package a gives 3001 a meaning.
package a

import "net/http"

// APIError is shared with package b.
type APIError struct {
	Status int `json:"-"`
	Code   int `json:"code"`
}

func (e *APIError) Error() string { return "api" }

const CodeConflict = 3001

var ErrConflict = &APIError{Status: http.StatusConflict, Code: CodeConflict}
