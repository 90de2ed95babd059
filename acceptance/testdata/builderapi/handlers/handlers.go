// Package handlers answers through the respond helpers.
package handlers

import (
	"net/http"
	"strconv"
	"time"

	"example.com/builderapi/respond"
)

// Limiter says whether a client may proceed.
type Limiter interface {
	Allow(key string) (bool, time.Duration)
}

// API holds the service's handlers.
type API struct{ Limit Limiter }

// Routes registers the handlers.
func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/me", a.me)
	mux.HandleFunc("/admin", a.admin)
	mux.HandleFunc("/session", a.session)
	mux.HandleFunc("/search", a.search)
	mux.HandleFunc("/export", a.export)
	mux.HandleFunc("/draft", a.draft)
}

func (a *API) me(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		respond.Unauthorized(w, r) // want `^401 response without a WWW-Authenticate header \(RFC 9110 §15\.5\.2\)$`
		return
	}
	respond.JSON(w, r, map[string]string{"id": "me"})
}

// Clean: the challenge is set on w before the helper.
func (a *API) admin(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="admin"`)
		respond.Unauthorized(w, r)
		return
	}
	respond.NotFound(w, r)
}

// Clean: the helper sets the challenge in its chain.
func (a *API) session(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Cookie") == "" {
		respond.UnauthorizedBearer(w, r)
		return
	}
	respond.JSON(w, r, nil)
}

func (a *API) search(w http.ResponseWriter, r *http.Request) {
	if ok, _ := a.Limit.Allow(r.RemoteAddr); !ok {
		respond.TooManyRequests(w, r) // want `^429 response without a Retry-After or rate-limit header`
		return
	}
	respond.JSON(w, r, []string{})
}

// Clean: Retry-After is set before the helper.
func (a *API) export(w http.ResponseWriter, r *http.Request) {
	if ok, wait := a.Limit.Allow(r.RemoteAddr); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())))
		respond.TooManyRequests(w, r)
		return
	}
	respond.JSON(w, r, []string{})
}

// Clean: the draft's status is never written.
func (a *API) draft(w http.ResponseWriter, r *http.Request) {
	respond.DraftUnauthorized(w)
}
