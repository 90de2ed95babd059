// Package server declares its errors as a table of values with integer
// codes: found as the catalog, with no configuration.
package server // want `no catalog configured; using the 6 values of server.ErrHTTP declared in server/errors.go — errlint init writes this down`

import (
	"encoding/json"
	"net/http"
)

// ErrHTTP is an error with an integer code beside its status.
type ErrHTTP struct {
	Code    int    `json:"code"`
	Status  int    `json:"-"`
	Message string `json:"message"`
}

func (e *ErrHTTP) Error() string { return e.Message }

var (
	ErrBadRequest   = &ErrHTTP{40001, http.StatusBadRequest, "bad request"}
	ErrUnauthorized = &ErrHTTP{40101, http.StatusUnauthorized, "unauthorized"}
	ErrForbidden    = &ErrHTTP{40301, http.StatusForbidden, "forbidden"}
	ErrNotFound     = &ErrHTTP{40401, http.StatusNotFound, "not found"}
	ErrTooMany      = &ErrHTTP{42901, http.StatusTooManyRequests, "slow down"}
	ErrInternal     = &ErrHTTP{50001, http.StatusInternalServerError, "internal"}
)

func write(w http.ResponseWriter, e *ErrHTTP) {
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(e)
}

func handle(w http.ResponseWriter, r *http.Request) {
	write(w, &ErrHTTP{Code: 40999, Status: http.StatusBadRequest}) // want `error code 40999 in server.ErrHTTP is not in the catalog$`
	write(w, &ErrHTTP{Code: 40101, Status: http.StatusForbidden})  // want `error code 40101 in server.ErrHTTP sent with status 403; the catalog says 401`
	write(w, &ErrHTTP{Code: 40401, Status: http.StatusNotFound})
	http.Error(w, "gone", http.StatusGone) // want `error status 410 sent without an error code; the catalog has no code for 410`
}
