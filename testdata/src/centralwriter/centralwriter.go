// Package centralwriter holds error values written by one central writer
// (§11): a table of values of a type with integer codes and an unlisted
// status name, returned as error from handlers that one function writes.
package centralwriter

import (
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
)

type errHTTP struct {
	Code     int    `json:"code"`
	HTTPCode int    `json:"http"`
	Message  string `json:"error"`
}

func (e errHTTP) Error() string { return e.Message }

func (e errHTTP) JSON() string {
	b, _ := json.Marshal(&e)
	return string(b)
}

var (
	errHTTPUnauthorized     = &errHTTP{40101, http.StatusUnauthorized, "unauthorized"}     // want `^401 response without a WWW-Authenticate header: errHTTPUnauthorized is written by \(\*Server\)\.handleError, which sets none$`
	errHTTPTooManyRequests  = &errHTTP{42901, http.StatusTooManyRequests, "limit reached"} // retryafter's: testdata/src/centralretry
	errHTTPNotFound         = &errHTTP{40401, http.StatusNotFound, "not found"}
	errHTTPInternalError    = &errHTTP{50001, http.StatusInternalServerError, "internal error"}
	errHTTPUnauthorizedPage = &errHTTP{40102, http.StatusUnauthorized, "log in first"}   // good: only template data and a log
	errHTTPUnauthorizedSet  = &errHTTP{40103, http.StatusUnauthorized, "token required"} // good: the handler sets the challenge first
)

type Server struct{ limited bool }

// handleError is the central writer: it finds errHTTP and writes its
// HTTPCode, which makes HTTPCode errHTTP's status field.
func (s *Server) handleError(w http.ResponseWriter, err error) {
	var e *errHTTP
	if !errors.As(err, &e) {
		e = errHTTPInternalError
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.HTTPCode)
	io.WriteString(w, e.JSON())
}

// handle turns a handler returning an error into an http.HandlerFunc.
func (s *Server) handle(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.handleError(w, err)
		}
	}
}

func (s *Server) routes(mux *http.ServeMux) {
	mux.HandleFunc("/account", s.handle(s.handleAccount))
	mux.HandleFunc("/login", s.handleLoginPage)
	mux.HandleFunc("/token", s.handle(s.handleToken))
}

func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="ntfy"`)
		return errHTTPUnauthorizedSet
	}
	return nil
}

func (s *Server) handleAccount(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errHTTPUnauthorized
	}
	if err := s.limit(); err != nil {
		return err
	}
	return s.lookup(r)
}

func (s *Server) limit() error {
	if s.limited {
		return errHTTPTooManyRequests
	}
	return nil
}

func (s *Server) lookup(r *http.Request) error {
	if r.URL.Path == "" {
		return errHTTPNotFound
	}
	return nil
}

// Good: a value that only carries a message into a page rendered with
// 200, and into a log call, is never sent.
func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	if err := s.check(r); err != nil {
		log.Printf("login: %v", err)
		render(w, map[string]any{"Error": err})
		return
	}
	render(w, map[string]any{"Error": errHTTPUnauthorizedPage})
}

func (s *Server) check(r *http.Request) error {
	if r.Header.Get("Cookie") == "" {
		return errHTTPUnauthorizedPage
	}
	return nil
}

func render(w http.ResponseWriter, data map[string]any) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(data)
}

// Good: a struct whose HTTPCode field only reaches a log call.
type accessLog struct {
	HTTPCode int
	Path     string
}

func logAccess(l accessLog) { log.Printf("%s %d", l.Path, l.HTTPCode) }

func logged() { logAccess(accessLog{HTTPCode: http.StatusUnauthorized, Path: "/"}) }

// Good: a coupon table that is never written.
type Coupon struct {
	Code   string
	Status int
}

var coupons = []Coupon{{Code: "WELCOME", Status: 1}, {Code: "SUMMER", Status: 2}}
