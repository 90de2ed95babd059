// Package problems gives the handlers domain-level error constructors,
// built on apierr two levels down.
package problems

import (
	"net/http"

	"example.com/service/internal/apierr"
)

// Upstream reports a failed call to another service.
func Upstream(code string) *apierr.Error {
	return apierr.New(http.StatusBadGateway, code, "upstream request failed")
}

// Quota reports an exhausted quota with the caller's status and code.
func Quota(status int, code string) *apierr.Error {
	return apierr.New(status, code, "quota exhausted")
}
