// Package apierr keeps the storage API's errors in a table keyed by an enum.
package apierr

import "net/http"

// Code identifies an entry of the table.
type Code int

const (
	ErrNone Code = iota
	ErrAccessDenied
	ErrInvalidBucketState
	ErrSlowDown
	ErrMalformedXML
)

// APIError is what the handlers send.
type APIError struct {
	Code           string
	Description    string
	HTTPStatusCode int
}

func (e APIError) Error() string { return e.Description }

var errorCodes = map[Code]APIError{
	ErrAccessDenied:       {Code: "AccessDenied", Description: "Access Denied.", HTTPStatusCode: http.StatusForbidden},
	ErrInvalidBucketState: {Code: "InvalidBucketState", Description: "The request is not valid with the current state of the bucket.", HTTPStatusCode: http.StatusConflict},
	ErrSlowDown:           {Code: "SlowDown", Description: "Please reduce your request rate.", HTTPStatusCode: http.StatusServiceUnavailable},
	ErrMalformedXML:       {Code: "MalformedXML", Description: "The XML you provided was not well-formed.", HTTPStatusCode: http.StatusBadRequest},
}

// ToAPIError looks a code up.
func ToAPIError(c Code) APIError { return errorCodes[c] }

// Ad-hoc errors outside the table are checked against it.
func BucketNotEmpty() APIError {
	return APIError{Code: "InvalidBucketState", Description: "bucket not empty", HTTPStatusCode: http.StatusBadRequest} // want `error code InvalidBucketState in apierr.APIError sent with status 400; the catalog says 409`
}
