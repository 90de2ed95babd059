// Package nethttp spells statuses with net/http's constants: status fixes
// write http.Status*.
package nethttp

import (
	"encoding/json"
	"net/http"
)

func missing(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404) // want `raw status 404; use http.StatusNotFound`
	json.NewEncoder(w).Encode(map[string]any{"code": "RESOURCE_NOT_FOUND"})
}

func created(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}
