// Package svc is level three: writers on top of httpx. // want package:`gocatalog\(sends (default )?codes.*\)`
package svc

import (
	"net/http"

	"writers/apierr"
	"writers/httpx"
)

// Respond reaches apierr.New through httpx.Fail.
func Respond(w http.ResponseWriter, code string, status int) { // want Respond:`errwriter\(status=2, code=1\)` Respond:`headers\(writer=0, always content-type\)`
	_ = httpx.Fail(w, status, code)
}

// NotFound reaches apierr.NotFound: it carries 404 two packages down.
func NotFound(code string) error { // want NotFound:`errwriter\(code=0, carries 404\)`
	return apierr.Missing(code)
}
