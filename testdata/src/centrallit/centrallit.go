// Package centrallit holds error values handed to a central writer from
// inside function literals (§11): a middleware's http.HandlerFunc passing
// the value to the writer, and a handler literal returning it.
package centrallit

import (
	"errors"
	"net/http"
)

type apiError struct {
	Code     int
	HTTPCode int
	Message  string
}

func (e *apiError) Error() string { return e.Message }

var (
	errNoToken     = &apiError{40101, http.StatusUnauthorized, "token required"}   // want `^401 response without a WWW-Authenticate header: errNoToken is written by \(\*Server\)\.writeError, which sets none$`
	errNoSession   = &apiError{40102, http.StatusUnauthorized, "session required"} // want `^401 response without a WWW-Authenticate header: errNoSession is written by \(\*Server\)\.writeError, which sets none$`
	errChallenged  = &apiError{40103, http.StatusUnauthorized, "log in"}           // good: the literal sets the challenge first
	errForbidden   = &apiError{40301, http.StatusForbidden, "forbidden"}
	errServerError = &apiError{50001, http.StatusInternalServerError, "internal error"}
)

type Server struct{}

func (s *Server) writeError(w http.ResponseWriter, err error) {
	var e *apiError
	if !errors.As(err, &e) {
		e = errServerError
	}
	w.WriteHeader(e.HTTPCode)
	w.Write([]byte(e.Message))
}

func (s *Server) handle(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.writeError(w, err)
		}
	}
}

// requireToken hands the value to the central writer from a literal.
func (s *Server) requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Token") == "" {
			s.writeError(w, errNoToken)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Good: the literal sets the challenge before the value is written.
func (s *Server) requireLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Cookie") == "" {
			w.Header().Set("WWW-Authenticate", `Cookie realm="app"`)
			s.writeError(w, errChallenged)
			return
		}
		if r.Header.Get("X-Admin") == "" {
			s.writeError(w, errForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) routes(mux *http.ServeMux) {
	mux.HandleFunc("/session", s.handle(func(w http.ResponseWriter, r *http.Request) error {
		if r.Header.Get("Cookie") == "" {
			return errNoSession
		}
		return nil
	}))
}
