// Package api serves the shop's endpoints.
package api

import (
	"net/http"

	"example.com/shop/httpx"
	"example.com/shop/problem"
)

// Get answers with one error per case.
func Get(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("case") {
	case "missing":
		httpx.WriteError(w, http.StatusNotFound, "NOT_FOUND", "no such item")
	case "slow":
		httpx.WriteError(w, http.StatusServiceUnavailable, "RATE_LIMITED", "slow down")
	case "raw":
		httpx.WriteError(w, 400, "BAD_REQUEST", "bad request")                   // short
		httpx.WriteError(w, http.StatusTooManyRequests, "RATE_LIMITED", "later") // aligned by gofmt
	case "ignored":
		//errlint:ignore rawstatus an old client matches the literal
		httpx.WriteError(w, 400, "BAD_REQUEST", "bad request")
	}
}

// Find returns the error of a lookup.
func Find(id string) error {
	if id == "" {
		return problem.New(400, "BAD_REQUEST")
	}
	return problem.NotFound("RATE_LIMITED")
}
