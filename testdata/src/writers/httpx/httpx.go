// Package httpx is level two: writers for net/http on top of apierr. // want package:`gocatalog\(sends (default )?codes.*\)`
package httpx

import (
	"encoding/json"
	"net/http"

	"writers/apierr"
)

// WriteError writes the envelope: status to WriteHeader, code to the body.
func WriteError(w http.ResponseWriter, status int, code string) { // want WriteError:`errwriter\(status=1, code=2\)` WriteError:`headers\(writer=0, always content-type\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

// Fail reaches apierr.New in another package.
func Fail(w http.ResponseWriter, status int, code string) error { // want Fail:`errwriter\(status=1, code=2\)` Fail:`headers\(writer=0, always content-type\)`
	WriteError(w, status, code)
	return apierr.New(status, code, "")
}

// Responder is a type with a writer method.
type Responder struct{ w http.ResponseWriter }

// Send is a method writer; parameters count without the receiver.
func (r *Responder) Send(code string, status int) { // want Send:`errwriter\(status=1, code=0\)`
	WriteError(r.w, status, code)
}

// Gone carries 410 across packages.
func Gone(w http.ResponseWriter, code string) { // want Gone:`errwriter\(code=1, carries 410\)` Gone:`headers\(writer=0, always content-type\)`
	WriteError(w, http.StatusGone, code)
}

// viaValue calls a writer through a function value: not followed.
func viaValue(w http.ResponseWriter, status int, code string) {
	f := WriteError
	f(w, status, code)
}
