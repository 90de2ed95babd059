// Package respond is a response-builder helper library: the status is
// kept in the builder until Write sends it, and fixed-status helpers wrap
// the chain (SPEC §11: a carried status through a builder).
package respond

import (
	"encoding/json"
	"net/http"
)

// Builder builds one response.
type Builder struct {
	w          http.ResponseWriter
	r          *http.Request
	statusCode int
	headers    map[string]string
	body       any
}

// New starts a response on w.
func New(w http.ResponseWriter, r *http.Request) *Builder {
	return &Builder{w: w, r: r, statusCode: http.StatusOK, headers: map[string]string{}}
}

// WithStatus sets the status Write sends.
func (b *Builder) WithStatus(code int) *Builder {
	b.statusCode = code
	return b
}

// WithHeader adds a header Write sets.
func (b *Builder) WithHeader(k, v string) *Builder {
	b.headers[k] = v
	return b
}

// WithBody sets the JSON body.
func (b *Builder) WithBody(v any) *Builder {
	b.body = v
	return b
}

// Write sends the response.
func (b *Builder) Write() {
	b.w.Header().Set("Content-Type", "application/json")
	for k, v := range b.headers {
		b.w.Header().Set(k, v)
	}
	b.w.WriteHeader(b.statusCode)
	json.NewEncoder(b.w).Encode(b.body)
}

func message(msg string) map[string]string { return map[string]string{"message": msg} }

// JSON sends v with 200.
func JSON(w http.ResponseWriter, r *http.Request, v any) {
	New(w, r).WithBody(v).Write()
}

// Unauthorized sends a 401; the caller sets the challenge.
func Unauthorized(w http.ResponseWriter, r *http.Request) {
	New(w, r).WithStatus(http.StatusUnauthorized).WithBody(message("unauthorized")).Write()
}

// UnauthorizedBearer sends a 401 with its challenge.
func UnauthorizedBearer(w http.ResponseWriter, r *http.Request) {
	New(w, r).WithStatus(http.StatusUnauthorized).WithHeader("WWW-Authenticate", `Bearer realm="api"`).WithBody(message("unauthorized")).Write()
}

// TooManyRequests sends a 429; the caller sets Retry-After.
func TooManyRequests(w http.ResponseWriter, r *http.Request) {
	New(w, r).WithStatus(http.StatusTooManyRequests).WithBody(message("slow down")).Write()
}

// NotFound sends a 404.
func NotFound(w http.ResponseWriter, r *http.Request) {
	New(w, r).WithStatus(http.StatusNotFound).WithBody(message("not found")).Write()
}

// Draft looks like a builder, but its status is never written.
type Draft struct {
	w      http.ResponseWriter
	status int
}

// NewDraft starts a draft on w.
func NewDraft(w http.ResponseWriter) *Draft { return &Draft{w: w} }

// WithStatus records a status nobody sends.
func (d *Draft) WithStatus(code int) *Draft {
	d.status = code
	return d
}

// Send writes the draft's body with 200.
func (d *Draft) Send() { d.w.Write([]byte("draft")) }

// DraftUnauthorized is no 401: the draft's status is never written.
func DraftUnauthorized(w http.ResponseWriter) {
	NewDraft(w).WithStatus(http.StatusUnauthorized).Send()
}
