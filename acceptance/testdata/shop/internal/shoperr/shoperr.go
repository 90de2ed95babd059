// Package shoperr holds the shop's domain errors, built on apierr.
package shoperr

import "example.com/shop/internal/apierr"

// MissingProduct reports a product that does not exist (404, through
// apierr.NotFound).
func MissingProduct(code string) *apierr.APIError {
	return apierr.NotFound(code)
}

// Throttled is a 429 with the given code.
func Throttled(status int, code string) *apierr.APIError {
	return apierr.WithMessage(int64(status), code, "slow down")
}
