// Package user imports a package that sends codes: rule 2 applies, and its
// message names none of the embedded catalog's codes, which this module
// never sends.
package user

import (
	"net/http"

	"nocode/dep"
)

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/" {
		dep.Fail(w, http.StatusBadRequest, "BAD_INPUT") // want `error code "BAD_INPUT" is not in the catalog$`
		return
	}
	http.Error(w, "taken", http.StatusConflict) // want `error status 409 sent without an error code$`
}
