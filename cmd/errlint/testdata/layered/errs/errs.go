// Package errs declares the service's error values; it imports no HTTP
// code, but its values carry facts (sentinels, a found catalog).
package errs

type Error struct {
	Code     string
	HTTPCode int
}

func (e *Error) Error() string { return e.Code }

var (
	ErrRateLimited = &Error{Code: "RATE_LIMITED", HTTPCode: 429}
	ErrNotFound    = &Error{Code: "NOT_FOUND", HTTPCode: 404}
)

// Limited returns the rate-limit error.
func Limited() error { return ErrRateLimited }
