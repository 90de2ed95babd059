// Package response holds fixed-status helpers over a response builder,
// called by the api package from inside function literals (miniflux's
// API middleware).
package response

import (
	"encoding/json"
	"net/http"
)

type Builder struct {
	w          http.ResponseWriter
	statusCode int
	body       any
}

func NewBuilder(w http.ResponseWriter, r *http.Request) *Builder {
	return &Builder{w: w, statusCode: http.StatusOK}
}

func (b *Builder) WithStatus(code int) *Builder {
	b.statusCode = code
	return b
}

func (b *Builder) WithBody(v any) *Builder {
	b.body = v
	return b
}

func (b *Builder) Write() {
	b.w.WriteHeader(b.statusCode)
	json.NewEncoder(b.w).Encode(b.body)
}

func JSONUnauthorized(w http.ResponseWriter, r *http.Request) {
	NewBuilder(w, r).WithStatus(http.StatusUnauthorized).WithBody(map[string]string{"error_message": "Access Unauthorized"}).Write()
}

func JSONForbidden(w http.ResponseWriter, r *http.Request) {
	NewBuilder(w, r).WithStatus(http.StatusForbidden).WithBody(map[string]string{"error_message": "Access Forbidden"}).Write()
}
