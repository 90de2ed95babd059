// Package api is a client-facing package that sends no code of its own
// but depends on nothing that sends one either: its plain-text answers are
// not "sent without an error code".
package api

import "net/http"

// Health answers the load balancer.
func Health(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
