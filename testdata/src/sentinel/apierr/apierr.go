// Package apierr declares sentinels: package-level error values with
// constant codes, carried to other packages as facts.
package apierr

import "net/http"

type APIError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
}

func (e *APIError) Error() string { return e.Code }

// NewAPIError is an error writer (status=0, code=1).
func NewAPIError(status int, code string) *APIError {
	return &APIError{Status: status, Code: code}
}

var (
	ErrNotFound = &APIError{Status: http.StatusNotFound, Code: "RESOURCE_NOT_FOUND"}
	ErrLimited  = NewAPIError(http.StatusTooManyRequests, "RATE_LIMITED")
	ErrAlias    = ErrNotFound
	ErrChanging = &APIError{Status: http.StatusConflict, Code: "CONFLICT"} // assigned below: not a sentinel
)

func Reset() { ErrChanging = nil }
