// Package render is the middle layer between handlers and the wire format.
package render

import (
	"encoding/json"
	"net/http"

	"example.com/shop/internal/wire"
)

// Error writes an error envelope with the given status and code.
func Error(w http.ResponseWriter, status int, code string, msg string) {
	wire.Write(w, status, code, msg)
}

// Status writes a status without a body.
func Status(w http.ResponseWriter, status int) {
	w.WriteHeader(status)
}

// Body writes an error envelope; the caller has written the status.
func Body(w http.ResponseWriter, code string, detail string) {
	_ = json.NewEncoder(w).Encode(wire.Envelope{Code: code, Detail: detail})
}

// JSON writes v with the status.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Problem writes an error envelope for any string-like code type.
func Problem[C ~string](w http.ResponseWriter, status int, code C) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(wire.Envelope{Code: string(code)})
}
