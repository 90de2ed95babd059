// Package sdk is a client whose error codes a CLI maps to exit statuses.
package sdk

import "errors"

// APIError is the client's error type.
type APIError struct {
	StatusCode int
	Code       string
	Detail     string
}

func (e *APIError) Error() string { return e.Code }

// ExitStatus maps an error to an exit status for the CLIs built on the
// SDK; its result reaches os.Exit only in a dependent, which judges it.
func ExitStatus(err error) int {
	var e *APIError
	if !errors.As(err, &e) {
		return 1
	}
	switch e.Code {
	case "AUTH_REQUIRED":
		return 3
	case "RATE_LIMITED":
		return 7
	}
	return 1
}
