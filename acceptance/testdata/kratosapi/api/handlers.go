// Package kratos holds uses of kratos v2 errors: New(code, reason, msg)
// pairs the status with the reason, a code; BadRequest(reason, msg) and
// its siblings carry their status.
package api

import (
	"net/http"

	"github.com/go-kratos/kratos/v2/errors"
)

func newError() error {
	return errors.New(404, "NOT_FOUND", "no such user") // want `raw status 404; use http\.StatusNotFound` `error code "NOT_FOUND" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
}

func mismatch() error {
	return errors.New(http.StatusBadRequest, "RATE_LIMITED", "slow down") // want `error code RATE_LIMITED sent with status 400; the catalog says 429`
}

func newf(id string) error {
	return errors.Newf(http.StatusNotFound, "RESOURCE_NOT_FOUND", "no user %s", id)
}

func errorf() error {
	return errors.Errorf(http.StatusConflict, "RESOURCE_NOT_FOUND", "gone") // want `error code RESOURCE_NOT_FOUND sent with status 409; the catalog says 404`
}

func carried() error {
	return errors.NotFound("RESOURCE_NOT_FOUND", "no such user")
}

func carriedMismatch() error {
	return errors.BadRequest("AUTH_REQUIRED", "log in") // want `error code AUTH_REQUIRED sent with status 400; the catalog says 401`
}

func carriedUnknown() error {
	return errors.Unauthorized("AUTH_REQUIRD", "log in") // want `error code "AUTH_REQUIRD" is not in the catalog; did you mean AUTH_REQUIRED\?`
}

func serviceUnavailable() error {
	return errors.ServiceUnavailable("DISPATCH_TIMEOUT", "try later")
}
