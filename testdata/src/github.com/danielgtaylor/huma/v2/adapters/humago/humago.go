// Package humago is a minimal stand-in for huma's net/http adapter.
package humago

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

// Mux is a net/http router.
type Mux interface {
	HandleFunc(pattern string, handler func(http.ResponseWriter, *http.Request))
	ServeHTTP(http.ResponseWriter, *http.Request)
}

func New(m Mux, config huma.Config) huma.API { return nil }
