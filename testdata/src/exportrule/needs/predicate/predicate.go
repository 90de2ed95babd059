// Package predicate decides retries by a code, without importing net/http.
package predicate

import "errors"

type APIError struct {
	Code string
}

func (e *APIError) Error() string { return e.Code }

// Retryable reports whether err is worth retrying.
func Retryable(err error) bool {
	var e *APIError
	if errors.As(err, &e) {
		return e.Code == "RATE_LIMITED" || e.Code == "UNAVAILABLE"
	}
	return false
}
