// Package s3 maps typed codes to statuses in a switch.
package s3

import "net/http"

// Code is an S3 error code.
type Code string

const (
	ErrNoSuchBucket  Code = "NoSuchBucket"
	ErrNoSuchKey     Code = "NoSuchKey"
	ErrBucketExists  Code = "BucketAlreadyExists"
	ErrInternalError Code = "InternalError"
)

// Status is the status each code is sent with.
func (c Code) Status() int {
	switch c {
	case ErrNoSuchBucket, ErrNoSuchKey:
		return http.StatusNotFound
	case ErrBucketExists:
		return http.StatusConflict
	case ErrInternalError:
		return http.StatusInternalServerError
	default:
		return http.StatusInternalServerError
	}
}
