// Package few declares too few values to be a catalog: the implicit
// default stays, and its literals are ordinary literals.
package few

import "net/http"

type errX struct {
	Code   int `json:"code"`
	Status int `json:"-"`
}

func (e *errX) Error() string { return "x" }

var (
	errA = &errX{7001, http.StatusBadRequest} // want `error code 7001 in few.errX is not in the catalog$`
	errB = &errX{7002, http.StatusNotFound}   // want `error code 7002 in few.errX is not in the catalog$`
)
