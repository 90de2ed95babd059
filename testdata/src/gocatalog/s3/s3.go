// Package s3 maps typed code constants to statuses in a switch (go_catalog:
// method), like gofakes3's ErrorCode.Status.
package s3

import "net/http"

type ErrorCode string

const (
	ErrNoSuchBucket  ErrorCode = "NoSuchBucket"
	ErrBucketExists  ErrorCode = "BucketAlreadyExists"
	ErrInternal      ErrorCode = "InternalError"
	ErrNotInTheTable ErrorCode = "NotInTheTable"
)

// Status is the catalog: the default branch is not an entry.
func (e ErrorCode) Status() int {
	switch e {
	case ErrNoSuchBucket:
		return http.StatusNotFound
	case ErrBucketExists:
		return http.StatusConflict
	case ErrInternal:
		return http.StatusInternalServerError
	default:
		return http.StatusInternalServerError
	}
}

type apiError struct {
	Code   string
	Status int
}

func (e *apiError) Error() string { return e.Code }

func conflict() error {
	return &apiError{Code: string(ErrNoSuchBucket), Status: http.StatusConflict} // want `error code NoSuchBucket in s3.apiError sent with status 409; the catalog says 404`
}

func notInTable() error {
	return &apiError{Code: string(ErrNotInTheTable), Status: http.StatusBadRequest} // want `error code "NotInTheTable" in s3.apiError is not in the catalog`
}
