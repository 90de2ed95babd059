// Package api uses the table's bound identifiers from another package.
package api

import (
	"net/http"

	"gocatalog/minio"
)

// Response names its code role in types: as a slice of the enum: every
// element is a bound identifier, and so a code.
type Response struct {
	Codes  []minio.APIErrorCode
	Status int
}

// One status for several codes: the fix to InvalidBucketState's 409 would
// mismatch AccessDenied (403 or 400), so there is none.
func mismatch() Response {
	return Response{Codes: []minio.APIErrorCode{minio.ErrAccessDenied, minio.ErrInvalidBucketState}, Status: http.StatusForbidden} // want `error code InvalidBucketState sent with status 403; the catalog says 409`
}

// One code: the fix is the catalog's status.
func single() Response {
	return Response{Codes: []minio.APIErrorCode{minio.ErrInvalidBucketState}, Status: http.StatusBadRequest} // want `error code InvalidBucketState sent with status 400; the catalog says 409`
}

func literal() error {
	return minio.APIError{Code: "AccessDenied", HTTPStatusCode: http.StatusNotFound} // want `error code AccessDenied in minio.APIError sent with status 404; the catalog says 403 or 400`
}
