// Package handlers reaches every declaration of the catalog: its catalog
// is complete, so unknown codes are reported here.
package handlers

import (
	"encoding/json"
	"net/http"

	"example.com/catalogs/apierr"
	"example.com/catalogs/errcode"
	"example.com/catalogs/oauth"
	"example.com/catalogs/registry"
	"example.com/catalogs/s3"
)

type s3Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Status  int    `json:"-"`
}

func (e *s3Error) Error() string { return e.Message }

// writeJSON is an error writer with a body parameter.
func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

func GetBlob(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("deny") {
		writeJSON(w, http.StatusForbidden, registry.ErrorCodeDenied)
		return
	}
	writeJSON(w, http.StatusBadRequest, registry.ErrorCodeBlobUnknown) // want `error code BLOB_UNKNOWN sent with status 400; the catalog says 404`
}

func Token(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("client_id") == "" {
		writeJSON(w, http.StatusBadRequest, oauth.ErrInvalidRequest)
		return
	}
	writeJSON(w, http.StatusForbidden, oauth.ErrInvalidClient) // want `error code invalid_client sent with status 403; the catalog says 401`
}

func Bucket(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodDelete:
		writeJSON(w, http.StatusConflict, &s3Error{Code: string(s3.ErrNoSuchKey), Status: http.StatusConflict}) // want `error code NoSuchKey in handlers.s3Error sent with status 409; the catalog says 404`
	case http.MethodPut:
		writeJSON(w, http.StatusConflict, &s3Error{Code: string(s3.ErrBucketExists), Status: http.StatusConflict})
	default:
		writeJSON(w, http.StatusNotFound, &s3Error{Code: "NoSuchBuckets", Status: http.StatusNotFound}) // want `error code "NoSuchBuckets" in handlers.s3Error is not in the catalog; did you mean NoSuchBucket\?`
	}
}

func Storage(w http.ResponseWriter, r *http.Request) {
	e := apierr.ToAPIError(apierr.ErrSlowDown)
	writeJSON(w, e.HTTPStatusCode, e)
	_ = errcode.ErrorCodeUnknown
}

// Coupon is a row of the promotions table, named in ignore_types.
type Coupon struct {
	Code   string
	Status int
}

func (c Coupon) Error() string { return c.Code }

func Promo() error { return Coupon{Code: "WELCOME10", Status: 2} }
