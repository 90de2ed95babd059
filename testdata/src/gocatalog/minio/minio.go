// Package minio keeps its catalog as a map of descriptors keyed by an enum
// (go_catalog: var), like minio's errorCodes.
package minio

import "net/http"

// APIErrorCode is the enum the table is keyed by.
type APIErrorCode int

const (
	ErrNone APIErrorCode = iota
	ErrInvalidBucketState
	ErrAccessDenied
	ErrAccessDeniedQuota
	ErrBadSpelling
	ErrDynamic
)

// APIError is a descriptor: Code and HTTPStatusCode are built-in names.
type APIError struct {
	Code           string
	Description    string
	HTTPStatusCode int
}

func (e APIError) Error() string { return e.Description }

func dynamic() string { return "Dyn" }

// The declarations are the catalog: never reported by the code analyzers,
// while rawstatus still reads their statuses.
var errorCodes = map[APIErrorCode]APIError{
	ErrInvalidBucketState: {Code: "InvalidBucketState", Description: "The request is not valid with the current state of the bucket.", HTTPStatusCode: http.StatusConflict},
	ErrAccessDenied:       {Code: "AccessDenied", Description: "Access Denied.", HTTPStatusCode: http.StatusForbidden},
	ErrAccessDeniedQuota:  {Code: "AccessDenied", Description: "Quota.", HTTPStatusCode: 400},              // want `raw status 400; use http.StatusBadRequest`
	ErrBadSpelling:        {Code: "Bad Spelling", Description: "x", HTTPStatusCode: http.StatusBadRequest}, // want `error code "Bad Spelling" in minio.APIError is not in the catalog`
	ErrDynamic:            {Code: dynamic(), Description: "skipped", HTTPStatusCode: http.StatusBadRequest},
}

// ToAPIErr reads the table.
func ToAPIErr(c APIErrorCode) APIError { return errorCodes[c] }

// Ad-hoc literals of the same type are checked against the table.
func bucketState() error {
	return APIError{Code: "InvalidBucketState", Description: "x", HTTPStatusCode: http.StatusBadRequest} // want `error code InvalidBucketState in minio.APIError sent with status 400; the catalog says 409`
}

func accessDenied() error {
	return APIError{Code: "AccessDenied", HTTPStatusCode: http.StatusBadRequest} // its second status
}

func unknown() error {
	return APIError{Code: "NoSuchThing", HTTPStatusCode: http.StatusNotFound} // want `error code "NoSuchThing" in minio.APIError is not in the catalog`
}
