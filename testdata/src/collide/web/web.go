// Package web uses the codes of package codes in descriptors: the
// collision is reported here, where both are given a meaning.
package web

import (
	"net/http"

	"collide/codes"
)

type apiError struct {
	Status int `json:"-"`
	Code   int `json:"code"`
}

func (e *apiError) Error() string { return "api" }

var (
	errTOTP     = &apiError{Status: http.StatusPreconditionFailed, Code: codes.ErrCodeTOTPPasscodeUsed}
	errTimezone = &apiError{Status: http.StatusBadRequest, Code: codes.ErrorCodeInvalidTimezone} // want `error code 1025 is declared twice: codes.ErrorCodeInvalidTimezone here and codes.ErrCodeTOTPPasscodeUsed at codes/codes.go:5`
)
