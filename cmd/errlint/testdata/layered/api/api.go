// Package api serves items and writes every error in one place.
package api

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/layered/errs"
	"example.com/layered/paging"
	"example.com/layered/retry"
	"example.com/layered/settings"
	"example.com/layered/store"
)

type Server struct {
	store *store.Store
	opts  settings.Options
}

func (s *Server) writeError(w http.ResponseWriter, err error) {
	var e *errs.Error
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(e.HTTPCode)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": e.Code})
}

func (s *Server) item(w http.ResponseWriter, r *http.Request) {
	it, err := s.store.Get(r.URL.Query().Get("id"))
	if errors.Is(err, store.ErrMissing) {
		s.writeError(w, errs.ErrNotFound)
		return
	}
	if r.Header.Get("X-Burst") != "" {
		s.writeError(w, errs.Limited())
		return
	}
	json.NewEncoder(w).Encode(it)
}

func (s *Server) quota(w http.ResponseWriter, r *http.Request) {
	s.writeError(w, errs.ErrRateLimited)
}

// fetch retries a rate-limited request; it waits through retry.Pause.
func fetch(url string) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		resp, err := http.Get(url + paging.Path("items"))
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests && attempt < 3 {
			resp.Body.Close()
			retry.Pause(attempt)
			continue
		}
		return resp, nil
	}
}
