// Package renderwriter holds go-chi/render's ErrResponse idiom: error
// values rendered by their own Render method, which records their status
// on the request (§11).
package renderwriter

import (
	"net/http"

	"github.com/go-chi/render"
)

type ErrResponse struct {
	Err            error `json:"-"`
	HTTPStatusCode int   `json:"-"`

	StatusText string `json:"status"`
	AppCode    int64  `json:"code,omitempty"`
	ErrorText  string `json:"error,omitempty"`
}

func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	if e.HTTPStatusCode == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "60")
	}
	render.Status(r, e.HTTPStatusCode)
	return nil
}

var (
	ErrUnauthorized = &ErrResponse{HTTPStatusCode: http.StatusUnauthorized, StatusText: "Unauthorized."} // want `^401 response without a WWW-Authenticate header: ErrUnauthorized is written by \(\*ErrResponse\)\.Render, which sets none$`
	ErrRateLimited  = &ErrResponse{HTTPStatusCode: http.StatusTooManyRequests, StatusText: "Slow down."} // good for authchallenge: a 429
	ErrNotFound     = &ErrResponse{HTTPStatusCode: http.StatusNotFound, StatusText: "Resource not found."}
)

func ErrInvalidRequest(err error) render.Renderer {
	return &ErrResponse{Err: err, HTTPStatusCode: http.StatusBadRequest, StatusText: "Invalid request.", ErrorText: err.Error()}
}

func getArticle(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		render.Render(w, r, ErrUnauthorized)
		return
	}
	if r.URL.Query().Get("n") != "" {
		render.Render(w, r, ErrRateLimited)
		return
	}
	render.Render(w, r, ErrNotFound)
}
