// Package api answers errors with go-chi/render's canonical ErrResponse:
// a renderer whose Render method records its HTTPStatusCode on the request.
package api

import (
	"net/http"

	"github.com/go-chi/render"
)

// ErrResponse renders an error.
type ErrResponse struct {
	Err            error `json:"-"` // low-level runtime error
	HTTPStatusCode int   `json:"-"` // http response status code

	StatusText string `json:"status"`          // user-level status message
	AppCode    int64  `json:"code,omitempty"`  // application-specific error code
	ErrorText  string `json:"error,omitempty"` // application-level error message, for debugging
}

// Render records the status; it sets Retry-After for a quota error only.
func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	if e.AppCode == 42902 {
		w.Header().Set("Retry-After", "3600")
	}
	render.Status(r, e.HTTPStatusCode)
	return nil
}

var (
	ErrUnauthorized = &ErrResponse{HTTPStatusCode: http.StatusUnauthorized, StatusText: "Unauthorized.", AppCode: 40101} // want `^401 response without a WWW-Authenticate header: ErrUnauthorized is written by \(\*ErrResponse\)\.Render, which sets none$`
	ErrLoginNeeded  = &ErrResponse{HTTPStatusCode: http.StatusUnauthorized, StatusText: "Log in.", AppCode: 40102}       // clean: admin sets the challenge first
	ErrForbidden    = &ErrResponse{HTTPStatusCode: http.StatusForbidden, StatusText: "Forbidden.", AppCode: 40301}
	ErrNotFound     = &ErrResponse{HTTPStatusCode: http.StatusNotFound, StatusText: "Resource not found.", AppCode: 40401}
	ErrRateLimited  = &ErrResponse{HTTPStatusCode: http.StatusTooManyRequests, StatusText: "Slow down.", AppCode: 42901} // want `^429 response without a Retry-After or rate-limit header: ErrRateLimited is written by \(\*ErrResponse\)\.Render, which sets it only for other values$`
	ErrQuota        = &ErrResponse{HTTPStatusCode: http.StatusTooManyRequests, StatusText: "Quota exceeded.", AppCode: 42902}
	ErrInternal     = &ErrResponse{HTTPStatusCode: http.StatusInternalServerError, StatusText: "Internal error.", AppCode: 50001}
)

// ErrInvalidRequest wraps a decoding error.
func ErrInvalidRequest(err error) render.Renderer {
	return &ErrResponse{Err: err, HTTPStatusCode: http.StatusBadRequest, StatusText: "Invalid request.", ErrorText: err.Error()}
}
