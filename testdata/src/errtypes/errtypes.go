// Package errtypes holds error types as services spell them (revision 3):
// HTTPStatusCode, types: roles, ignore_types: and rows that are not
// responses.
package errtypes

import (
	"net/http"

	"errtypes/row"
	"errtypes/validate"
)

// APIError is minio's shape: HTTPStatusCode is a built-in status name.
type APIError struct {
	Code           string
	Description    string
	HTTPStatusCode int
}

func (e APIError) Error() string { return e.Description }

func minio() error {
	return APIError{Code: "CONFLICT", Description: "bucket state", HTTPStatusCode: http.StatusBadRequest} // want `error code CONFLICT in errtypes.APIError sent with status 400; the catalog says 409`
}

// Problem is named in types: with its own field names.
type Problem struct {
	Kind   string
	Reason []string
	Sent   int
	Good   bool
}

func named() Problem {
	return Problem{Kind: "x", Reason: []string{"RATE_LIMITED", "RATE_LIMITD"}, Sent: http.StatusTooManyRequests} // want `error code "RATE_LIMITD" is not in the catalog; did you mean RATE_LIMITED\?`
}

func namedMismatch() Problem {
	return Problem{Reason: []string{"FORBIDDEN"}, Sent: http.StatusNotFound} // want `error code FORBIDDEN sent with status 404; the catalog says 403`
}

// A types: entry makes rule 1 apply even to an out-of-range status.
func namedOutOfRange() Problem {
	return Problem{Reason: []string{"FORBIDDEN"}, Sent: 1} // want `status 1 is not a valid HTTP status`
}

// A row type whose status is not an HTTP status is not a response.
func coupon() row.Coupon {
	return row.Coupon{Code: "WELCOME", Status: 1}
}

func couponCtor() row.Coupon {
	return row.NewCoupon("WELCOME10", 2)
}

// ignore_types: a validation error is never an error type.
func fieldError() error {
	return &validate.FieldError{Field: "email", Code: "required"}
}

// Shape-recognised types name themselves in the message.
func shape() any {
	return &validate.Mismatch{Code: "NOPE", Status: http.StatusBadRequest} // want `error code "NOPE" in validate.Mismatch is not in the catalog`
}
