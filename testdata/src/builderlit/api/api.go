// Package api is a middleware writing 401s through the response
// package's helpers from inside function literals.
package api

import (
	"net/http"

	"builderlit/response"
)

type middleware struct{}

func (m *middleware) validateAPIKeyAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Token") == "" {
			response.JSONUnauthorized(w, r) // want `^401 response without a WWW-Authenticate header \(RFC 9110 §15\.5\.2\)$`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Good: the challenge is set on w before every 401 in the literal.
func (m *middleware) validateBasicAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("WWW-Authenticate", `Basic realm="Restricted"`)
		user, _, ok := r.BasicAuth()
		if !ok {
			response.JSONUnauthorized(w, r)
			return
		}
		if user == "" {
			response.JSONUnauthorized(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Good: a 403 needs no challenge, in a literal as anywhere.
func (m *middleware) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Admin") == "" {
			response.JSONForbidden(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}
