// Package httpx writes the shop's error envelopes.
package httpx

import (
	"encoding/json"
	"net/http"
)

// WriteError writes an error envelope: an error writer errlint infers, and
// checks at its calls in other packages through facts.
func WriteError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code, "error": msg})
}
