// Package enc encodes problem bodies.
package enc

import (
	"encoding/json"
	"net/http"
)

// Write sends the status and the body.
func Write(w http.ResponseWriter, status int, code, title string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code, "title": title})
}
