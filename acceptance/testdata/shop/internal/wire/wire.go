// Package wire is the lowest layer: the JSON envelope on the wire.
package wire

import (
	"encoding/json"
	"net/http"
)

// Envelope is the body of every error response.
type Envelope struct {
	OK     bool   `json:"ok"`
	Code   string `json:"code"`
	Detail string `json:"detail,omitempty"`
	Error  string `json:"error,omitempty"`
}

// Write sends status and an error envelope.
func Write(w http.ResponseWriter, status int, code, detail string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(Envelope{OK: false, Code: code, Detail: detail, Error: detail})
}
