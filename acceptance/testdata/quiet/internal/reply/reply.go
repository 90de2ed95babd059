// Package reply has the service's correct error helpers.
package reply

import (
	"encoding/json"
	"net/http"
)

// APIError is the error envelope.
type APIError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
}

func (e *APIError) Error() string { return e.Code }

// Error writes an error envelope.
func Error(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

// RateLimited always answers 429 with the code.
func RateLimited(code string) *APIError {
	return &APIError{Status: http.StatusTooManyRequests, Code: code}
}

// StatusFor maps a code to its status at run time.
func StatusFor(code string) int {
	switch code {
	case "RATE_LIMITED":
		return http.StatusTooManyRequests
	case "RESOURCE_NOT_FOUND":
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}
