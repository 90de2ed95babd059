// Package chi is a minimal stand-in for github.com/go-chi/chi/v5: its
// handlers are plain net/http handlers.
package chi

import "net/http"

// Mux is a router.
type Mux struct{}

// NewRouter returns a router.
func NewRouter() *Mux { return &Mux{} }

// Get registers a handler.
func (mx *Mux) Get(pattern string, h http.HandlerFunc) {}

// Post registers a handler.
func (mx *Mux) Post(pattern string, h http.HandlerFunc) {}

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// URLParam returns a URL parameter.
func URLParam(r *http.Request, key string) string { return "" }
