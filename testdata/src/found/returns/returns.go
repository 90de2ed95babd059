// Package returns declares one method per error type returning a literal
// (the returns: form): found as the catalog.
package returns // want `using the 5 values of HTTPError\(\) methods returning returns.HTTPError declared in returns/returns.go`

import "net/http"

// HTTPError is what every error of the package turns into.
type HTTPError struct {
	Status int    `json:"-"`
	Code   int    `json:"code"`
	Msg    string `json:"message"`
}

func (e HTTPError) Error() string { return e.Msg }

const (
	ErrCodeTOTPPasscodeUsed  = 1025
	ErrCodeInvalidPassword   = 1026
	ErrCodeAccountLocked     = 1027
	ErrCodeTokenExpired      = 1028
	ErrCodeQuotaExceeded     = 1029
	ErrCodeMaintenanceWindow = 1030
)

type ErrTOTPPasscodeUsed struct{}
type ErrInvalidPassword struct{}
type ErrAccountLocked struct{}
type ErrTokenExpired struct{}
type ErrQuotaExceeded struct{}

func (ErrTOTPPasscodeUsed) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusPreconditionFailed, Code: ErrCodeTOTPPasscodeUsed}
}

func (ErrInvalidPassword) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusUnauthorized, Code: ErrCodeInvalidPassword}
}

func (ErrAccountLocked) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusForbidden, Code: ErrCodeAccountLocked}
}

func (ErrTokenExpired) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusUnauthorized, Code: ErrCodeTokenExpired}
}

func (ErrQuotaExceeded) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusTooManyRequests, Code: ErrCodeQuotaExceeded}
}

func maintenance() error {
	return HTTPError{Status: http.StatusServiceUnavailable, Code: ErrCodeMaintenanceWindow} // want `error code 1030 in returns.HTTPError is not in the catalog$`
}

func locked() error {
	return HTTPError{Status: http.StatusForbidden, Code: ErrCodeAccountLocked}
}
