// Package dep sends codes of its own.
package dep

import (
	"encoding/json"
	"net/http"
)

// Fail writes an error body with a code.
func Fail(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

func limited(w http.ResponseWriter) {
	Fail(w, http.StatusConflict, "SLOW_DOWN") // want `error code "SLOW_DOWN" is not in the catalog$`
}
