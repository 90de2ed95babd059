package handlers

import (
	"net/http"

	"example.com/builderapi/respond"
)

// RequireToken answers 401 through the helper from the function literal
// it returns (miniflux's API middleware).
func RequireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Token") == "" {
			respond.Unauthorized(w, r) // want `^401 response without a WWW-Authenticate header \(RFC 9110 §15\.5\.2\)$`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireBasic sets the challenge first: fine.
func RequireBasic(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("WWW-Authenticate", `Basic realm="api"`)
		if _, _, ok := r.BasicAuth(); !ok {
			respond.Unauthorized(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}
