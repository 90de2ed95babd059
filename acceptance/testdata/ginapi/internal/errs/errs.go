// Package errs is the studio API's error model.
package errs

import (
	"fmt"
	"net/http"
)

// Error is returned by services and rendered by respond.Error.
type Error struct {
	HTTPStatus int    `json:"-"`
	Code       string `json:"code"`
	Detail     string `json:"detail"`
}

func (e *Error) Error() string { return fmt.Sprintf("%s (%d): %s", e.Code, e.HTTPStatus, e.Detail) }

// New builds an Error.
func New(status int, code, detail string) *Error {
	return &Error{HTTPStatus: status, Code: code, Detail: detail}
}

// Upstream is a 502 from a dependency.
func Upstream(code, detail string) *Error { return New(http.StatusBadGateway, code, detail) }
