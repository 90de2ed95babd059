// Package users serves the account endpoints with chi and net/http.
package users

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/service/internal/apierr"
	"example.com/service/internal/httpx"
	"example.com/service/internal/problems"
)

const codeRateLimited = "RATE_LIMITED"

type user struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Routes mounts the user endpoints.
func Routes(r chi.Router) {
	r.Get("/users/{id}", getUser)
	r.Post("/users", createUser)
	r.Delete("/users/{id}", deleteUser)
	r.Get("/users/{id}/avatar", avatar)
	r.Post("/users/{id}/sessions", login)
	r.Get("/users/{id}/quota", quota)
}

func getUser(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	if id == "" {
		httpx.WriteError(w, http.StatusBadRequest, "BAD_REQUEST", "missing id")
		return
	}
	if id == "ghost" {
		// Bug: not a catalog code; the catalog says RESOURCE_NOT_FOUND.
		httpx.WriteError(w, http.StatusNotFound, "NOT_FOUND", "no such user")
		return
	}
	if id == "busy" {
		// Bug: RATE_LIMITED is a 429, not a 503.
		httpx.WriteError(w, http.StatusServiceUnavailable, codeRateLimited, "slow down")
		return
	}
	httpx.WriteJSON(w, http.StatusOK, user{ID: id})
}

func createUser(w http.ResponseWriter, r *http.Request) {
	var u user
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		// Bug: a plain-text error body carries no code.
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	// Bug: a raw status where net/http has a constant.
	httpx.WriteJSON(w, 201, u)
}

func deleteUser(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Admin") == "" {
		httpx.Fail(w, apierr.New(http.StatusForbidden, "AUTH_ADMIN_ROLE_REQUIRED", "admin only"))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func avatar(w http.ResponseWriter, r *http.Request) {
	// Bug: the constructor carries 404, and USER_NOT_FOUND is not a catalog code.
	httpx.Fail(w, apierr.NotFound("USER_NOT_FOUND", "no avatar"))
}

func login(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("Content-Type", "application/json")
		// Bug: a 401 must tell the client how to authenticate (WWW-Authenticate).
		w.WriteHeader(http.StatusUnauthorized)
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "AUTH_REQUIRED", "error": "Authentication required."})
		return
	}
	// Bug: 503 followed by a body whose code the catalog files under 502.
	w.Header().Set("Retry-After", "30")
	w.WriteHeader(http.StatusServiceUnavailable)
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "UPSTREAM_BILLING_ERROR"})
}

func quota(w http.ResponseWriter, r *http.Request) {
	// Three levels down: problems.Quota -> apierr.New -> the Status field.
	httpx.Fail(w, problems.Quota(http.StatusPaymentRequired, "BILLING_INSUFFICIENT_CREDITS"))
}
