package rawstatus

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/items/{id}", func(w http.ResponseWriter, r *http.Request) {
		if chi.URLParam(r, "id") == "" {
			http.Error(w, "missing id", http.StatusBadRequest) // want `error status 400 sent without an error code; the catalog's codes for 400: BAD_REQUEST`
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(200) // want `raw status 200; use http.StatusOK`
		json.NewEncoder(w).Encode(map[string]string{"id": chi.URLParam(r, "id")})
	})
	r.Post("/items", create)
	return r
}

func create(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{ResponseWriter: w}
	rec.WriteHeader(http.StatusServiceUnavailable) // want `error status 503 sent without an error code`
}

// recorder wraps a ResponseWriter: its WriteHeader is a status position.
type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}
