// Package server keeps its errors as a table of values with integer codes.
package server

import "net/http"

// errHTTP is an error value the central writer sends.
type errHTTP struct {
	Code    int    `json:"code"`
	Status  int    `json:"-"`
	Message string `json:"message"`
}

func (e *errHTTP) Error() string { return e.Message }

var (
	errHTTPBadRequest      = &errHTTP{40001, http.StatusBadRequest, "invalid request"}
	errHTTPUnauthorized    = &errHTTP{40101, http.StatusUnauthorized, "unauthorized"}
	errHTTPForbidden       = &errHTTP{40301, http.StatusForbidden, "forbidden"}
	errHTTPNotFound        = &errHTTP{40401, http.StatusNotFound, "not found"}
	errHTTPConflict        = &errHTTP{40901, http.StatusConflict, "conflict"}
	errHTTPInternalError   = &errHTTP{50001, http.StatusInternalServerError, "internal error"}
	errHTTPTopicNameTaken  = &errHTTP{40902, http.StatusConflict, "topic name taken"}
	errHTTPAccountDisabled = &errHTTP{40302, http.StatusForbidden, "account disabled"}
)
