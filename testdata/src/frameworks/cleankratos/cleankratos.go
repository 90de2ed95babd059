// Package cleankratos holds kratos look-alikes: nothing here may be
// reported.
package cleankratos

import (
	"net/http"

	kerrors "github.com/go-kratos/kratos/v2/errors"
)

// NotFound and New with kratos' names, in the user's own package.
func NotFound(reason, message string) error      { return nil }
func New(code int, reason, message string) error { return nil }

func own() error {
	if err := New(404, "NOT_FOUND", "x"); err != nil {
		return err
	}
	return NotFound("AUTH_REQUIRED", "x")
}

func right() error {
	if err := kerrors.New(http.StatusNotFound, "RESOURCE_NOT_FOUND", "no user"); err != nil {
		return err
	}
	return kerrors.Unauthorized("AUTH_REQUIRED", "log in")
}

func variable(reason string) error {
	return kerrors.BadRequest(reason, "bad")
}
