// Package server keeps its errors as a table of values with integer codes,
// returned as error by handlers and written by one function, handleError.
package server

import (
	"encoding/json"
	"net/http"
)

type errHTTP struct {
	Code     int    `json:"code"`
	HTTPCode int    `json:"http"`
	Message  string `json:"error"`
}

func (e errHTTP) Error() string { return e.Message }

func (e errHTTP) JSON() string {
	b, _ := json.Marshal(&e)
	return string(b)
}

var (
	errHTTPBadRequest        = &errHTTP{40001, http.StatusBadRequest, "invalid request"}
	errHTTPUnauthorized      = &errHTTP{40101, http.StatusUnauthorized, "unauthorized"} // want `^401 response without a WWW-Authenticate header: errHTTPUnauthorized is written by \(\*Server\)\.handleError, which sets none$`
	errHTTPUnauthorizedToken = &errHTTP{40102, http.StatusUnauthorized, "token required"}
	errHTTPUnauthorizedPage  = &errHTTP{40103, http.StatusUnauthorized, "log in first"}
	errHTTPNotFound          = &errHTTP{40401, http.StatusNotFound, "not found"}
	errHTTPTooManyRequests   = &errHTTP{42901, http.StatusTooManyRequests, "limit reached"} // want `^429 response without a Retry-After or rate-limit header: errHTTPTooManyRequests is written by \(\*Server\)\.handleError, which sets none$`
	errHTTPTooManyEmails     = &errHTTP{42902, http.StatusTooManyRequests, "too many emails"}
	errHTTPInternalError     = &errHTTP{50001, http.StatusInternalServerError, "internal error"}
)
