// Package centralswitch holds central writers that choose their headers
// in a switch on the error: on its status field, on sentinels, and with
// a tagless switch (one error type each: a type's value is reported only
// when all its writers lack the header).
package centralswitch

import (
	"errors"
	"net/http"
)

type statusErr struct {
	Code   int
	Status int
}

func (e *statusErr) Error() string { return "status" }

type sentinelErr struct {
	Code   int
	Status int
}

func (e *sentinelErr) Error() string { return "sentinel" }

type taglessErr struct {
	Code   int
	Status int
}

func (e *taglessErr) Error() string { return "tagless" }

var (
	errAuth      = &statusErr{40101, http.StatusUnauthorized} // good: the 401 case sets the challenge
	errForbidden = &statusErr{40301, http.StatusForbidden}
	errSession   = &sentinelErr{40102, http.StatusUnauthorized} // want `^401 response without a WWW-Authenticate header: errSession is written by writeBySentinel, which sets it only for other values$`
	errToken     = &sentinelErr{40103, http.StatusUnauthorized} // good: its case sets the challenge
	errKey       = &taglessErr{40104, http.StatusUnauthorized}  // want `^401 response without a WWW-Authenticate header: errKey is written by writeTagless, which sets it only for other values$`
	errPass      = &taglessErr{40105, http.StatusUnauthorized}  // good: the default sets it
)

// writeByStatus sets the challenge in the case of every 401.
func writeByStatus(w http.ResponseWriter, err error) {
	var e *statusErr
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	switch e.Status {
	case http.StatusUnauthorized:
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	case http.StatusServiceUnavailable, http.StatusTooManyRequests:
		w.Header().Set("Retry-After", "30")
	}
	w.WriteHeader(e.Status)
}

// writeBySentinel sets it only for errToken.
func writeBySentinel(w http.ResponseWriter, err error) {
	var e *sentinelErr
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	switch err {
	case errToken:
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	default:
	}
	w.WriteHeader(e.Status)
}

// writeTagless sets it for every code but 40104.
func writeTagless(w http.ResponseWriter, err error) {
	var e *taglessErr
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	switch {
	case e.Code == 40104:
	default:
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	}
	w.WriteHeader(e.Status)
}

func handler(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/a":
		writeByStatus(w, errAuth)
	case "/b":
		writeByStatus(w, errForbidden)
	case "/c":
		writeBySentinel(w, errSession)
	case "/d":
		writeBySentinel(w, errToken)
	case "/e":
		writeTagless(w, errKey)
	case "/f":
		writeTagless(w, errPass)
	}
}
