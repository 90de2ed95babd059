// Package app calls the dependency's constructors the way apache/answer
// does, with reason constants that are catalog codes.
package app

import "depwriter/kerrors"

const (
	reasonNotFound  = "RESOURCE_NOT_FOUND"
	reasonForbidden = "FORBIDDEN"
	reasonLimited   = "RATE_LIMITED"
)

func find(ok bool) error {
	if !ok {
		return kerrors.NotFound(reasonNotFound, "no such user")
	}
	return kerrors.Forbidden(reasonLimited, "slow down") // want `error code RATE_LIMITED sent with status 403; the catalog says 429`
}

func deny() error {
	return kerrors.Forbidden(reasonForbidden, "no")
}

func typo() error {
	return kerrors.NotFound("RESOURCE_NOT_FOUD", "no") // want `error code "RESOURCE_NOT_FOUD" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
}
