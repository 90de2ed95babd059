// Package centralretry holds 429 error values written by a central writer
// that sets Retry-After only for some of them.
package centralretry

import (
	"errors"
	"net/http"
)

type limitErr struct {
	Code     string
	HTTPCode int
}

func (e *limitErr) Error() string { return e.Code }

var (
	errTooManyRequests = &limitErr{Code: "RATE_LIMITED", HTTPCode: http.StatusTooManyRequests}   // want `^429 response without a Retry-After or rate-limit header: errTooManyRequests is written by writeErr, which sets it only for other values$`
	errQuota           = &limitErr{Code: "QUOTA_EXCEEDED", HTTPCode: http.StatusTooManyRequests} // good: Retry-After is set for it
)

func writeErr(w http.ResponseWriter, err error) {
	var e *limitErr
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if e.Code == "QUOTA_EXCEEDED" {
		w.Header().Set("Retry-After", "3600")
	}
	w.WriteHeader(e.HTTPCode)
}

func handle(w http.ResponseWriter, r *http.Request) {
	writeErr(w, serve(r))
}

func serve(r *http.Request) error {
	if r.Method == "" {
		return errTooManyRequests
	}
	return errQuota
}
