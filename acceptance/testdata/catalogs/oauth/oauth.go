// Package oauth declares its errors as variables of one type.
package oauth

import "net/http"

// Error is an RFC 6749 error.
type Error struct {
	ErrorField       string `json:"error"`
	DescriptionField string `json:"error_description"`
	CodeField        int    `json:"-"`
}

func (e *Error) Error() string { return e.ErrorField }

var (
	ErrInvalidClient  = &Error{ErrorField: "invalid_client", DescriptionField: "Client authentication failed.", CodeField: http.StatusUnauthorized}
	ErrInvalidRequest = &Error{ErrorField: "invalid_request", DescriptionField: "The request is missing a required parameter.", CodeField: http.StatusBadRequest}
	ErrAccessDenied   = &Error{ErrorField: "access_denied", DescriptionField: "The resource owner denied the request.", CodeField: http.StatusForbidden}
)
