// Package snapshot uses a dependency's error variables with a catalog file
// that binds them (a snapshot of the dependency's Go catalog): written as a
// body or in a code position, each stands for its code.
package snapshot

import (
	"encoding/json"
	"net/http"

	"gocatalog/errcode"
	v2 "gocatalog/v2"
)

func blob(w http.ResponseWriter) {
	w.WriteHeader(http.StatusBadRequest) // want `error code BLOB_UNKNOWN sent with status 400; the catalog says 404`
	json.NewEncoder(w).Encode(v2.ErrorCodeBlobUnknown)
}

func denied(w http.ResponseWriter) {
	w.WriteHeader(http.StatusForbidden)
	json.NewEncoder(w).Encode(v2.ErrorCodeDenied)
}

func unknown(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNotFound) // want `error code UNKNOWN sent with status 404; the catalog says 500`
	json.NewEncoder(w).Encode(errcode.ErrorCodeUnknown)
}

// A code position holding a bound identifier.
type apiError struct {
	Code   string `json:"code"`
	Status int    `json:"status"`
}

func (e *apiError) Error() string { return e.Code }

var converted = &apiError{Code: string(v2.ErrorCodeDenied), Status: http.StatusUnauthorized} // want `error code DENIED in snapshot.apiError sent with status 401; the catalog says 403`
