// Package console is the admin console; the nearest .errlint.yaml (this
// directory's) picks its catalog.
package console

import (
	"encoding/json"
	"net/http"

	"example.com/bucket/internal/s3err"
)

func reply(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

// Handle serves the console.
func Handle(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/locked":
		reply(w, http.StatusLocked, "console.locked")
	case "/auth":
		reply(w, http.StatusForbidden, "console.auth")
	case "/auth-wrong":
		reply(w, http.StatusNotFound, "console.auth") // want `error code console.auth sent with status 404; the catalog says 401 or 403`
	case "/s3":
		reply(w, http.StatusNotFound, "NoSuchBucket") // want `error code "NoSuchBucket" is not in the catalog`
	case "/deny":
		s3err.Deny(w, "console.auth") // a catalog code here, whichever config names the writer
	case "/text":
		http.Error(w, "locked", http.StatusLocked) // want `error status 423 sent without an error code; the catalog's codes for 423: console.locked`
	}
}
