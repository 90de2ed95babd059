// Package builder holds fixed-status helpers over a response builder
// (§11): the status is kept in a field until Write sends it.
package builder

import (
	"encoding/json"
	"net/http"
)

type Builder struct {
	w          http.ResponseWriter
	r          *http.Request
	statusCode int
	headers    map[string]string
	body       any
}

func NewBuilder(w http.ResponseWriter, r *http.Request) *Builder {
	return &Builder{w: w, r: r, statusCode: http.StatusOK, headers: map[string]string{}}
}

func (b *Builder) WithStatus(code int) *Builder {
	b.statusCode = code
	return b
}

func (b *Builder) WithHeader(k, v string) *Builder {
	b.headers[k] = v
	return b
}

func (b *Builder) WithBody(v any) *Builder {
	b.body = v
	return b
}

func (b *Builder) Write() {
	for k, v := range b.headers {
		b.w.Header().Set(k, v)
	}
	b.w.WriteHeader(b.statusCode)
	json.NewEncoder(b.w).Encode(b.body)
}

func JSONUnauthorized(w http.ResponseWriter, r *http.Request) {
	NewBuilder(w, r).WithStatus(http.StatusUnauthorized).WithBody(map[string]string{"error": "unauthorized"}).Write()
}

func JSONUnauthorizedChallenge(w http.ResponseWriter, r *http.Request) {
	NewBuilder(w, r).WithStatus(http.StatusUnauthorized).WithHeader("WWW-Authenticate", `Bearer realm="api"`).Write()
}

func JSONUnauthorizedSet(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	NewBuilder(w, r).WithStatus(http.StatusUnauthorized).Write()
}

func account(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		JSONUnauthorized(w, r) // want `^401 response without a WWW-Authenticate header \(RFC 9110 §15\.5\.2\)$`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Good: the challenge set on w before the call, in the chain, or in the
// helper before the chain.
func challenged(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	JSONUnauthorized(w, r)
}

func inChain(w http.ResponseWriter, r *http.Request) { JSONUnauthorizedChallenge(w, r) }

func inHelper(w http.ResponseWriter, r *http.Request) { JSONUnauthorizedSet(w, r) }

// Good: a builder whose WithStatus is never written is no position.
type Draft struct {
	w      http.ResponseWriter
	status int
}

func NewDraft(w http.ResponseWriter) *Draft { return &Draft{w: w} }

func (d *Draft) WithStatus(code int) *Draft {
	d.status = code
	return d
}

func (d *Draft) Send() { d.w.Write([]byte("draft")) }

func DraftUnauthorized(w http.ResponseWriter) {
	NewDraft(w).WithStatus(http.StatusUnauthorized).Send()
}

func draft(w http.ResponseWriter, r *http.Request) { DraftUnauthorized(w) }
