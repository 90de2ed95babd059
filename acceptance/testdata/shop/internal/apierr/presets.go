package apierr

// Preset errors; this file imports nothing, so a fix must add net/http.

// ErrThrottled is the shared 429.
var ErrThrottled = &APIError{Status: 429, Code: "RATE_LIMITED"} // want `raw status 429; use http.StatusTooManyRequests`

// ErrGone has a status net/http names but the catalog has no code for.
var ErrGone = &APIError{Status: 410, Code: "RESOURCE_NOT_FOUND"} // want `error code RESOURCE_NOT_FOUND in apierr.APIError sent with status 410; the catalog says 404`
