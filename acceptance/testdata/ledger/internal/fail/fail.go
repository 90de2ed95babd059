// Package fail writes ledger errors.
package fail

import (
	"encoding/json"
	"net/http"
)

// Status is a typed HTTP status.
type Status int

// Statuses of the ledger.
const (
	Locked    Status = http.StatusLocked
	Throttled Status = http.StatusTooManyRequests
)

// With writes the error envelope; the status is typed.
func With(w http.ResponseWriter, status Status, code string) {
	w.WriteHeader(int(status))
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}
