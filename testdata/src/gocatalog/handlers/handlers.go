// Package handlers writes the registered codes as bodies: each pairs its
// code with the status it is written with.
package handlers

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
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(errcode.ErrorCodeUnknown)
}

// An ad-hoc descriptor outside the registration calls is checked.
var adHoc = errcode.ErrorDescriptor{Value: "DENIED", HTTPStatusCode: http.StatusUnauthorized} // want `error code DENIED sent with status 401; the catalog says 403`
