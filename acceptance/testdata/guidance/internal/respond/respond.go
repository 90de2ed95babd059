// Package respond writes the service's JSON error envelopes.
package respond

import (
	"encoding/json"
	"net/http"
)

// Envelope is the body of every error response.
type Envelope struct {
	OK        bool   `json:"ok"`
	Code      string `json:"code"`
	Retryable bool   `json:"retryable"`
	Detail    string `json:"detail"`
}

// Error writes an error envelope. It challenges a 401 and tells the
// client when to come back after a 429 or 503.
func Error(w http.ResponseWriter, status int, code, detail string) {
	w.Header().Set("Content-Type", "application/json")
	switch status {
	case http.StatusUnauthorized:
		w.Header().Set("WWW-Authenticate", `Bearer realm="guidance"`)
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", "30")
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(Envelope{Code: code, Detail: detail})
}

// Bare writes an error envelope and no header beyond its content type.
func Bare(w http.ResponseWriter, status int, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(Envelope{Code: code})
}

// Unauthorized sends AUTH_REQUIRED with its challenge.
func Unauthorized(w http.ResponseWriter) {
	Error(w, http.StatusUnauthorized, "AUTH_REQUIRED", "Authentication required.")
}

// Expired sends AUTH_SESSION_EXPIRED as a 401, without a challenge.
func Expired(w http.ResponseWriter, code string) {
	Bare(w, http.StatusUnauthorized, code) // carried: the finding is at each call
}

// Challenge sets the challenge header.
func Challenge(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", `Basic realm="guidance"`)
}
