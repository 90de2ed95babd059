// Package api writes the errs package's function values from handlers:
// reported at the call that makes each a response here.
package api

import (
	"log"
	"net/http"

	"funcvalue/errs"
)

func token(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		errs.Write(w, errs.ErrNoToken()) // want `^401 response without a WWW-Authenticate header: errs\.ErrNoToken\(\) is written by errs\.Write, which sets none$`
		return
	}
	errs.Write(w, errs.ErrNotFound())
}

func session(w http.ResponseWriter, r *http.Request) {
	err := errs.ErrAuth(r.Header.Get("X-Expired") != "")
	errs.Write(w, err) // want `^401 response without a WWW-Authenticate header: errs\.ErrBadToken\(\) is written by errs\.Write, which sets none$`
}

// Good: the challenge is set before the value is written (errs.ErrNoToken()
// is reported once, at its first site, in token).
func challenged(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	errs.Write(w, errs.ErrBadToken())
}

// Good: reported already where errs judged it.
func session2(w http.ResponseWriter, r *http.Request) {
	errs.Write(w, errs.ErrSession())
}

// Good: a value that only reaches a log.
func audit(r *http.Request) {
	log.Printf("audit: %v", errs.ErrAudit())
}
