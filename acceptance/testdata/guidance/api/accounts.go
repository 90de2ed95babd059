// Package api serves the account endpoints with chi, and the studio
// endpoints with gin and echo.
package api

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/guidance/internal/respond"
)

// Accounts mounts the account endpoints.
func Accounts(r chi.Router) {
	r.Get("/me", me)
	r.Get("/sessions/{id}", session)
	r.Post("/logins", login)
	r.Get("/quota", quota)
	r.Get("/flood", flood)
	r.Get("/restart", restart)
	r.Get("/keys", keys)
	r.Get("/admin", admin)
}

func me(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Session") == "old" {
		respond.Expired(w, "AUTH_SESSION_EXPIRED") // want `401 response without a WWW-Authenticate header \(RFC 9110 §15\.5\.2\)`
		return
	}
	if r.Header.Get("Authorization") == "" {
		respond.Unauthorized(w) // sets the challenge: quiet
		return
	}
	w.WriteHeader(http.StatusOK)
}

func session(w http.ResponseWriter, r *http.Request) {
	if chi.URLParam(r, "id") == "" {
		respond.Bare(w, http.StatusUnauthorized, "AUTH_INVALID_SESSION") // want `401 response without a WWW-Authenticate header`
		return
	}
	respond.Challenge(w)
	respond.Bare(w, http.StatusUnauthorized, "AUTH_INVALID_SESSION") // the helper set it: quiet
}

func login(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized) // want `401 response without a WWW-Authenticate header`
		_ = json.NewEncoder(w).Encode(respond.Envelope{Code: "AUTH_REQUIRED"})
		w.Header().Set("WWW-Authenticate", "Basic") // too late
		return
	}
	w.Header().Set("WWW-Authenticate", `Basic realm="guidance"`)
	http.Error(w, "bad credentials", http.StatusUnauthorized) // want `error status 401 sent without an error code`
}

func quota(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("state") {
	case "busy":
		respond.Error(w, http.StatusTooManyRequests, "RATE_LIMITED", "Slow down.") // the writer sets Retry-After: quiet
	case "config":
		respond.Bare(w, http.StatusServiceUnavailable, "AUTH_CONFIG_MISSING") // not retryable: quiet
	case "limited":
		w.Header().Set("RateLimit", "limit=100, remaining=0, reset=30")
		respond.Bare(w, http.StatusTooManyRequests, "RATE_LIMITED") // quiet
	}
}

// A header set earlier in the function counts on any path, so the
// unthrottled responses have handlers of their own.
func flood(w http.ResponseWriter, r *http.Request) {
	respond.Bare(w, http.StatusTooManyRequests, "RATE_LIMITED") // want `429 response without a Retry-After or rate-limit header \(RFC 6585 §4\)`
}

func restart(w http.ResponseWriter, r *http.Request) {
	respond.Bare(w, http.StatusServiceUnavailable, "GENERATION_INTERRUPTED") // want `503 response with retryable error code GENERATION_INTERRUPTED without a Retry-After header \(RFC 9110 §10\.2\.3\)`
}

func keys(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "60") // want `Retry-After set on a response with error code VALIDATION_ERROR, which the catalog marks not retryable`
	respond.Bare(w, http.StatusUnprocessableEntity, "VALIDATION_ERROR")
}

func admin(w http.ResponseWriter, r *http.Request) {
	next := http.NotFoundHandler()
	next.ServeHTTP(w, r)
	w.WriteHeader(http.StatusUnauthorized) // want `error status 401 sent without an error code`
	// authchallenge is quiet above: the handler may have set the challenge.
}
