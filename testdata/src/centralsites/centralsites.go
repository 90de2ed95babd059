// Package centralsites holds error values made responses at several
// sites (§11, §13): a value whose sites all lack the challenge is reported
// once, at its declaration; one that some sites challenge first and others
// do not is reported at each site that does not. A type written by two
// central writers is reported only when both lack the header.
package centralsites

import (
	"errors"
	"net/http"
)

type apiError struct {
	Code     int
	HTTPCode int
	Message  string
}

func (e *apiError) Error() string { return e.Message }

var (
	errNoAuth      = &apiError{40101, http.StatusUnauthorized, "unauthorized"}
	errExpired     = &apiError{40102, http.StatusUnauthorized, "expired"} // want `^401 response without a WWW-Authenticate header: errExpired is written by writeError, which sets none$`
	errChallenged  = &apiError{40103, http.StatusUnauthorized, "log in"}  // good: every site sets the challenge first
	errServerError = &apiError{50001, http.StatusInternalServerError, "internal error"}
)

func writeError(w http.ResponseWriter, err error) {
	var e *apiError
	if !errors.As(err, &e) {
		e = errServerError
	}
	w.WriteHeader(e.HTTPCode)
	w.Write([]byte(e.Message))
}

func handle(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			writeError(w, err)
		}
	}
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/a", handle(account))
	mux.HandleFunc("/b", handle(billing))
	mux.HandleFunc("/c", handle(settings))
	mux.HandleFunc("/d", handle(profile))
	mux.HandleFunc("/e", handle(orders))
	mux.HandleFunc("/f", handle(invoices))
}

// errLookup is returned by authenticate, a function taking no writer,
// whose only caller challenges first: fine.
var errLookup = &apiError{40104, http.StatusUnauthorized, "who are you"}

// errLookup2 comes through authenticate2, whose callers disagree: orders
// challenges first, invoices does not.
var errLookup2 = &apiError{40105, http.StatusUnauthorized, "who are you"}

func profile(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	return authenticate(r)
}

func authenticate(r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errLookup
	}
	return nil
}

func orders(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	return authenticate2(r)
}

func invoices(w http.ResponseWriter, r *http.Request) error {
	return authenticate2(r)
}

func authenticate2(r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errLookup2 // good: one caller challenges first, so errlint cannot tell here
	}
	return nil
}

// account challenges before errNoAuth; billing does not.
func account(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		return errNoAuth
	}
	if r.Header.Get("X-Expired") != "" {
		return errExpired
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	return errChallenged
}

func billing(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errNoAuth // want `^401 response without a WWW-Authenticate header: errNoAuth is written by writeError, which sets none$`
	}
	if r.Header.Get("X-Expired") != "" {
		return errExpired
	}
	return nil
}

// settings challenges only in a branch that returns first: errNoAuth's
// site here lacks it.
func settings(w http.ResponseWriter, r *http.Request) error {
	if r.Method == http.MethodOptions {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		return errChallenged
	}
	if r.Header.Get("Authorization") == "" {
		return errNoAuth // want `^401 response without a WWW-Authenticate header: errNoAuth is written by writeError, which sets none$`
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	return errChallenged
}

// pageError has two central writers: the page writer challenges every
// 401, the JSON writer none. Its values are reported only when both lack
// the header (§13), and plainError's, whose writers both lack it, are.
type pageError struct {
	Code   int
	Status int
	Msg    string
}

func (e *pageError) Error() string { return e.Msg }

type plainError struct {
	Code   int
	Status int
	Msg    string
}

func (e *plainError) Error() string { return e.Msg }

var (
	errLoginPage = &pageError{40110, http.StatusUnauthorized, "log in"}  // good: writePage challenges it
	errLoginText = &plainError{40111, http.StatusUnauthorized, "log in"} // want `^401 response without a WWW-Authenticate header: errLoginText is written by writePlain and writePlainJSON, which set none$`
)

func writePage(w http.ResponseWriter, err error) {
	var e *pageError
	if errors.As(err, &e) {
		w.Header().Set("WWW-Authenticate", `Cookie realm="app"`)
		w.WriteHeader(e.Status)
	}
}

func writeJSON(w http.ResponseWriter, err error) {
	var e *pageError
	if errors.As(err, &e) {
		w.WriteHeader(e.Status)
	}
}

func writePlain(w http.ResponseWriter, err error) {
	var e *plainError
	if errors.As(err, &e) {
		w.WriteHeader(e.Status)
	}
}

func writePlainJSON(w http.ResponseWriter, err error) {
	var e *plainError
	if errors.As(err, &e) {
		w.WriteHeader(e.Status)
	}
}

func pages(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("json") != "" {
		writeJSON(w, errLoginPage)
		writePlainJSON(w, errLoginText)
		return
	}
	writePage(w, errLoginPage)
	writePlain(w, errLoginText)
}
