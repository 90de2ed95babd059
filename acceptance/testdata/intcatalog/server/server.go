package server

import (
	"encoding/json"
	"errors"
	"net/http"
)

// Server answers every error through one writer.
type Server struct{}

func (s *Server) handleError(w http.ResponseWriter, err error) {
	var e *errHTTP
	if !errors.As(err, &e) {
		e = errHTTPInternalError
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(e)
}

func (s *Server) handleTopic(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPut:
		s.handleError(w, errHTTPTopicNameTaken)
	case http.MethodDelete:
		s.handleError(w, &errHTTP{40403, http.StatusNotFound, "topic not found"}) // want `error code 40403 in server.errHTTP is not in the catalog$`
	case http.MethodPatch:
		s.handleError(w, &errHTTP{40901, http.StatusBadRequest, "stale"}) // want `error code 40901 in server.errHTTP sent with status 400; the catalog says 409`
	default:
		http.Error(w, "gone", http.StatusGone) // want `error status 410 sent without an error code; the catalog has no code for 410`
	}
}
