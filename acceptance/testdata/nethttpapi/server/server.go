package server

import (
	"errors"
	"io"
	"log"
	"net/http"
	"strconv"
	"time"
)

// Server answers every error a handler returns through handleError.
type Server struct {
	limited bool
	mailed  int
	resetAt time.Time
}

// handleError finds errHTTP and writes its HTTPCode: the central writer.
func (s *Server) handleError(w http.ResponseWriter, err error) {
	var e *errHTTP
	if !errors.As(err, &e) {
		e = errHTTPInternalError
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.HTTPCode)
	io.WriteString(w, e.JSON())
}

func (s *Server) handle(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.handleError(w, err)
		}
	}
}

// Routes registers the service's handlers.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/account", s.handle(s.handleAccount))
	mux.HandleFunc("/token", s.handle(s.handleToken))
	mux.HandleFunc("/mail", s.handle(s.handleMail))
	mux.HandleFunc("/login", s.handleLoginPage)
}

func (s *Server) handleAccount(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errHTTPUnauthorized
	}
	if s.limited {
		return errHTTPTooManyRequests
	}
	if r.URL.Path == "/" {
		return errHTTPBadRequest
	}
	return errHTTPNotFound
}

// Clean: the handler sets the challenge before returning the 401.
func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		return errHTTPUnauthorizedToken
	}
	return nil
}

// Clean: the handler sets Retry-After before returning the 429.
func (s *Server) handleMail(w http.ResponseWriter, r *http.Request) error {
	if s.mailed > 10 {
		w.Header().Set("Retry-After", strconv.Itoa(int(time.Until(s.resetAt).Seconds())))
		return errHTTPTooManyEmails
	}
	s.mailed++
	return nil
}

// Clean: a 401 value that only carries a message into a page rendered
// with 200 and into a log call is never sent.
func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Cookie") == "" {
		log.Printf("login: %v", errHTTPUnauthorizedPage)
		renderPage(w, map[string]any{"Error": errHTTPUnauthorizedPage})
		return
	}
	renderPage(w, map[string]any{})
}

func renderPage(w http.ResponseWriter, data map[string]any) {
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, "<p>")
	if e, ok := data["Error"].(error); ok {
		io.WriteString(w, e.Error())
	}
}

// Clean look-alikes: a log record whose HTTPCode only reaches a log call,
// and a coupon table whose Code and Status are never written.
type accessLog struct {
	HTTPCode int
	Path     string
}

func logAccess(l accessLog) { log.Printf("%s %d", l.Path, l.HTTPCode) }

// LogDenied logs a denied request.
func LogDenied(path string) { logAccess(accessLog{HTTPCode: http.StatusUnauthorized, Path: path}) }

// Coupon is a discount, not an error.
type Coupon struct {
	Code   int
	Status int
}

// Coupons are the discounts on offer.
var Coupons = []Coupon{{Code: 40101, Status: 1}, {Code: 42901, Status: 2}}
