// Package plain is a net/http service that sends no error code anywhere:
// rule 2 does not apply; rules 1 and 3 do.
package plain

import (
	"fmt"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/missing" {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", 405) // want `raw status 405; use http.StatusMethodNotAllowed`
		return
	}
	if r.URL.Path == "/zero" {
		w.WriteHeader(0) // want `status 0 is not a valid HTTP status`
		return
	}
	w.WriteHeader(http.StatusServiceUnavailable)
	fmt.Fprint(w, "try later")
}
