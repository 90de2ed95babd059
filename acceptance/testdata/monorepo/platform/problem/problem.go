// Package problem is the shared error writer of every service in the
// monorepo (a workspace module, so errlint infers its writers).
package problem

import (
	"net/http"

	"example.com/platform/problem/internal/enc"
)

// Send writes a problem response.
func Send(w http.ResponseWriter, status int, code, title string) {
	enc.Write(w, status, code, title)
}

// Unavailable always answers 503.
func Unavailable(w http.ResponseWriter, code string) {
	Send(w, http.StatusServiceUnavailable, code, "unavailable")
}
