// Package copied declares values whose codes are mostly the embedded
// default's: not found, the default stays (and its codes are known).
package copied

import "net/http"

type apiErr struct {
	Code   string `json:"code"`
	Status int    `json:"-"`
}

func (e *apiErr) Error() string { return e.Code }

var (
	e1 = &apiErr{"RATE_LIMITED", http.StatusTooManyRequests}
	e2 = &apiErr{"AUTH_REQUIRED", http.StatusUnauthorized}
	e3 = &apiErr{"RESOURCE_NOT_FOUND", http.StatusNotFound}
	e4 = &apiErr{"INTERNAL_ERROR", http.StatusInternalServerError}
	e5 = &apiErr{"OWN_CODE", http.StatusConflict} // want `error code "OWN_CODE" in copied.apiErr is not in the catalog`
)
