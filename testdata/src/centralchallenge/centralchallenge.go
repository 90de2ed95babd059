// Package centralchallenge holds central writers that set
// WWW-Authenticate: for every 401, and only for some values.
package centralchallenge

import (
	"errors"
	"net/http"
)

type apiErr struct {
	Code   string
	Status int
}

func (e *apiErr) Error() string { return e.Code }

var errNoToken = &apiErr{Code: "AUTH_REQUIRED", Status: http.StatusUnauthorized} // good: writeErr sets the challenge for every 401

// writeErr sets the challenge for every 401.
func writeErr(w http.ResponseWriter, err error) {
	var e *apiErr
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if e.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	}
	w.WriteHeader(e.Status)
}

func handleA(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		writeErr(w, errNoToken)
		return
	}
	writeErr(w, &apiErr{Code: "RATE_LIMITED", Status: http.StatusTooManyRequests})
}

type tokenErr struct {
	Code   string
	Status int
}

func (e *tokenErr) Error() string { return e.Code }

var (
	errTokenExpired = &tokenErr{Code: "TOKEN_EXPIRED", Status: http.StatusUnauthorized} // good: the challenge is set for it
	errTokenMissing = &tokenErr{Code: "AUTH_REQUIRED", Status: http.StatusUnauthorized} // want `^401 response without a WWW-Authenticate header: errTokenMissing is written by writeTokenErr, which sets it only for other values$`
)

// writeTokenErr sets the challenge only for an expired token.
func writeTokenErr(w http.ResponseWriter, err error) {
	e, ok := err.(*tokenErr)
	if !ok {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if errors.Is(err, errTokenExpired) {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	}
	w.WriteHeader(e.Status)
}

func handleB(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		writeTokenErr(w, errTokenMissing)
		return
	}
	writeTokenErr(w, errTokenExpired)
}

// A literal returned by a handler to the central writer.
func handleC(w http.ResponseWriter, r *http.Request) {
	if err := check(r); err != nil {
		writeTokenErr(w, err)
	}
}

func check(r *http.Request) error {
	if r.Method == "" {
		return &tokenErr{Code: "AUTH_REQUIRED", Status: http.StatusUnauthorized} // want `^401 response without a WWW-Authenticate header: this centralchallenge\.tokenErr value is written by writeTokenErr, which sets it only for other values$`
	}
	return nil
}
