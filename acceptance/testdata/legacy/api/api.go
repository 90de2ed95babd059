// Package api is a legacy service with statusmismatch disabled.
package api

import (
	"encoding/json"
	"net/http"
)

func writeError(w http.ResponseWriter, status int, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

// Handle serves everything.
func Handle(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/a":
		// statusmismatch is disabled: silent; retryafter is not.
		writeError(w, http.StatusServiceUnavailable, "RATE_LIMITED") // want `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	case "/b":
		writeError(w, 503, "RATE_LIMITED") // want `raw status 503; use http.StatusServiceUnavailable` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	case "/c":
		writeError(w, http.StatusTooManyRequests, "RATE_LIMITD") // want `error code "RATE_LIMITD" is not in the catalog; did you mean RATE_LIMITED\?` `429 response without a Retry-After or rate-limit header`
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}
