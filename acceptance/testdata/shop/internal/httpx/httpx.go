// Package httpx is what handlers use to answer.
package httpx

import (
	"errors"
	"log/slog"
	"net/http"

	"example.com/shop/internal/apierr"
	"example.com/shop/internal/codes"
	"example.com/shop/internal/render"
)

// Responder logs and renders errors.
type Responder struct {
	Log *slog.Logger
}

// Fail logs err and writes the error envelope.
func (rs *Responder) Fail(w http.ResponseWriter, status int, code codes.Code, err error) {
	if err != nil {
		rs.Log.Error("request failed", "code", code, "err", err)
	}
	render.Error(w, status, string(code), http.StatusText(status))
}

// Unavailable answers 503 with the code.
func (rs *Responder) Unavailable(w http.ResponseWriter, code codes.Code) {
	rs.Fail(w, http.StatusServiceUnavailable, code, nil)
}

// Render writes an *apierr.APIError, or a 500 for any other error.
func (rs *Responder) Render(w http.ResponseWriter, err error) {
	var ae *apierr.APIError
	if errors.As(err, &ae) {
		render.Error(w, ae.Status, ae.Code, ae.Message)
		return
	}
	rs.Fail(w, http.StatusInternalServerError, "INTERNAL_ERROR", err)
}
