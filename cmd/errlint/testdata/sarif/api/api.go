// Package api has one finding of each kind, for the golden SARIF log.
package api

import (
	"encoding/json"
	"net/http"
)

type envelope struct {
	OK   bool   `json:"ok"`
	Code string `json:"code"`
}

// writeError writes an error envelope.
func writeError(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(envelope{Code: code})
}

// Limited sends a catalog code with the wrong status.
func Limited(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusServiceUnavailable, "RATE_LIMITED")
}

// Missing sends a code the catalog lacks.
func Missing(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusTooManyRequests, "RATE_LIMIT")
}

// Gone answers in plain text after accents and an emoji: two findings on
// one literal, at columns counted in UTF-16 code units.
func Gone(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "déjà vu 🙂", 404)
}
