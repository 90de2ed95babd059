// Package adjacentfixes holds fixes of several analyzers on one line and on
// adjacent lines with gofmt-aligned comments (issue 11: the fixes were
// widened to whole lines to keep the alignment, and then conflicted, so
// go fix never converged). Every fix edits only what it changes.
package adjacentfixes

type APIError struct {
	Status int    `json:"status"`
	Code   string `json:"code"`
}

func (e *APIError) Error() string { return e.Code }

func unauthorised() error {
	return &APIError{Status: 401, Code: "AUTH_REQUIRD"} // want `raw status 401; use http\.StatusUnauthorized` `error code "AUTH_REQUIRD" in adjacentfixes.APIError is not in the catalog; did you mean AUTH_REQUIRED\?`
}

var table = []APIError{
	{Status: 429, Code: "RATE_LIMITD"},    // want `raw status 429; use http\.StatusTooManyRequests` `error code "RATE_LIMITD" in adjacentfixes.APIError is not in the catalog; did you mean RATE_LIMITED\?`
	{Status: 404, Code: "NOT_FOUND"},      // want `raw status 404; use http\.StatusNotFound` `error code "NOT_FOUND" in adjacentfixes.APIError is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
	{Status: 500, Code: "INTERNAL_ERROR"}, // want `raw status 500; use http\.StatusInternalServerError`
}
