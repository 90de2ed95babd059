// Package httpx writes JSON responses for the net/http handlers.
package httpx

import (
	"encoding/json"
	"net/http"

	"example.com/service/internal/apierr"
)

// WriteJSON writes v as JSON with the given status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// WriteError writes the error envelope, with a Retry-After for the
// statuses clients retry.
func WriteError(w http.ResponseWriter, status int, code, msg string) {
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "30")
	}
	WriteJSON(w, status, apierr.New(status, code, msg))
}

// Fail writes an error value built by apierr or problems.
func Fail(w http.ResponseWriter, err *apierr.Error) {
	WriteJSON(w, err.Status, err)
}
