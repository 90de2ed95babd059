// Package web is a net/http service whose responses are all correct.
package web

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"io"
	"log"
	"log/slog"
	"net/http"
	"time"

	"example.com/quiet/internal/reply"
)

const codeRL = "RATE_LIMITED"

// Country is reference data.
type Country struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Subscription has a string status.
type Subscription struct {
	Status string `json:"status"`
	Code   string `json:"code"`
}

// Plan is not an error either: its Code is an int.
type Plan struct {
	Code  int    `json:"code"`
	Label string `json:"label"`
}

// frame has a WriteHeader that is not net/http's.
type frame struct{ b bytes.Buffer }

func (f *frame) WriteHeader(n int) { f.b.WriteByte(byte(n)) }

// Routes wires the handlers.
func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /countries", countries)
	mux.HandleFunc("GET /subscription", subscription)
	mux.HandleFunc("GET /export", export)
	mux.HandleFunc("POST /jobs", jobs)
	mux.HandleFunc("GET /proxy", proxy)
	mux.HandleFunc("GET /moved", moved)
	return mux
}

func countries(w http.ResponseWriter, r *http.Request) {
	cs := []Country{{Code: "US", Name: "United States"}, {Code: "FR", Name: "France"}, {Code: "", Name: "?"}}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_ = json.NewEncoder(w).Encode(cs)
}

func subscription(w http.ResponseWriter, r *http.Request) {
	sub := Subscription{Status: "active", Code: "PRO"}
	plan := Plan{Code: 3, Label: "pro"}
	stats := map[string]any{"code": "PRO", "count": 3}
	slog.Info("subscription", "sub", sub, "plan", plan, "stats", stats)
	log.Printf("status=%d code=%s", 503, "SOMETHING_ELSE")
	_ = json.NewEncoder(w).Encode(map[string]any{"subscription": sub, "plan": plan, "code": "PRO"})
}

func export(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	_ = tw.WriteHeader(&tar.Header{Name: "a.txt", Mode: 0o600, Size: 1, ModTime: time.Now()})
	_, _ = tw.Write([]byte("a"))
	_ = tw.Close()
	var f frame
	f.WriteHeader(404)
	f.WriteHeader(0)
	w.Header().Set("Content-Type", "application/x-tar")
	_, _ = io.Copy(w, &buf)
}

func jobs(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Kind string `json:"kind"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		reply.Error(w, http.StatusBadRequest, "BAD_REQUEST")
		return
	}
	switch req.Kind {
	case "limited":
		w.Header().Set("Retry-After", "30")
		reply.Error(w, http.StatusTooManyRequests, codeRL)
		return
	case "dynamic":
		code := r.URL.Query().Get("code")
		reply.Error(w, reply.StatusFor(code), code)
		return
	case "variable":
		status := http.StatusConflict
		if r.URL.Query().Has("x") {
			status = http.StatusNotFound
		}
		reply.Error(w, status, "CONFLICT")
		return
	case "typed":
		err := reply.RateLimited("RATE_LIMITED")
		reply.Error(w, err.Status, err.Code)
		return
	case "opaque":
		var body any = map[string]any{"detail": "see logs"}
		w.WriteHeader(http.StatusInternalServerError)
		_ = json.NewEncoder(w).Encode(body)
		return
	case "encode-var":
		e := reply.APIError{Status: http.StatusNotFound, Code: "RESOURCE_NOT_FOUND"}
		w.WriteHeader(http.StatusNotFound)
		_ = json.NewEncoder(w).Encode(e)
		return
	}
	w.WriteHeader(http.StatusAccepted)
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "id": 7})
}

func proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream.internal" + r.URL.Path)
	if err != nil {
		reply.Error(w, http.StatusBadGateway, "UPSTREAM_GENERATION_ERROR")
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

func moved(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("tmp") {
		http.Redirect(w, r, "/new", http.StatusTemporaryRedirect)
		return
	}
	http.Redirect(w, r, "/new", http.StatusMovedPermanently)
}
