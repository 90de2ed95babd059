// Package httpx holds helpers and error writers that set headers, for the // want package:`gocatalog\(sends (default )?codes.*\)`
// header facts (§7) and their use from other packages.
package httpx

import (
	"encoding/json"
	"net/http"
)

// WriteError sets WWW-Authenticate for 401 and Retry-After for 429 and 503.
func WriteError(w http.ResponseWriter, status int, code, msg string) { // want WriteError:`errwriter\(status=1, code=2\)` WriteError:`headers\(writer=0, always content-type, status=1 is 401: www-authenticate, status=1 is 429: retry-after, status=1 is 503: retry-after\)`
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	}
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "30")
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code, "error": msg})
}

// Plain sets no header.
func Plain(w http.ResponseWriter, status int, code string) { // want Plain:`errwriter\(status=1, code=2\)` Plain:`headers\(writer=0\)`
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

// Late sets its header after sending the status: it does not count.
func Late(w http.ResponseWriter, status int, code string) { // want Late:`errwriter\(status=1, code=2\)` Late:`headers\(writer=0\)`
	w.WriteHeader(status)
	w.Header().Set("WWW-Authenticate", "Basic")
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

// Challenge sets WWW-Authenticate on every path.
func Challenge(w http.ResponseWriter) { // want Challenge:`headers\(writer=0, always www-authenticate\)`
	w.Header().Set("WWW-Authenticate", `Basic realm="api"`)
}

// Throttle sets Retry-After, with switch, for the statuses that want it.
func Throttle(w http.ResponseWriter, status int) { // want Throttle:`headers\(writer=0, status=1 is 429: retry-after, status=1 is 503: retry-after\)`
	switch status {
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", "5")
	}
}

// Unauthorized carries 401 and, through WriteError, its challenge.
func Unauthorized(w http.ResponseWriter, code string) { // want Unauthorized:`errwriter\(code=1, carries 401\)` Unauthorized:`headers\(writer=0, always content-type www-authenticate\)`
	WriteError(w, http.StatusUnauthorized, code, "authentication required")
}

// Denied carries 401 and sets no challenge.
func Denied(w http.ResponseWriter, code string) { // want Denied:`errwriter\(code=1, carries 401\)` Denied:`headers\(writer=0\)`
	Plain(w, http.StatusUnauthorized, code)
}

// Sometimes sets a header on some paths only: unknown at a call.
func Sometimes(w http.ResponseWriter, r *http.Request) { // want Sometimes:`headers\(writer=0, maybe www-authenticate\)`
	if r.URL.Query().Get("basic") != "" {
		w.Header().Set("WWW-Authenticate", "Basic")
	}
}

// Early returns before it sets the header: not every path.
func Early(w http.ResponseWriter, r *http.Request) { // want Early:`headers\(writer=0, maybe www-authenticate\)`
	if r == nil {
		return
	}
	w.Header().Set("WWW-Authenticate", "Basic")
}

// Dynamic sets a header whose name is not constant: no fact.
func Dynamic(w http.ResponseWriter, name string) {
	w.Header().Set(name, "x")
}

// Forward hands the writer to a handler errlint knows nothing of: no fact.
func Forward(w http.ResponseWriter, next http.Handler, r *http.Request) {
	next.ServeHTTP(w, r)
}

// Chain sets headers in an else-if chain and a tagless switch; the final
// else runs for 503 (read on the control-flow graph) and for statuses no
// condition names, so its header is set for 503 and maybe for others.
func Chain(w http.ResponseWriter, status int) { // want Chain:`headers\(writer=0, status=1 is 401: www-authenticate, status=1 is 429: retry-after, status=1 is 503: retry-after x-other, maybe x-other\)`
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", "Bearer")
	} else if status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "1")
	} else {
		w.Header().Set("X-Other", "1")
	}
	switch {
	case status == http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", "5")
	}
}

// OtherTest sets a header under a condition that is not a status test.
func OtherTest(w http.ResponseWriter, status int, code string) { // want OtherTest:`headers\(writer=0, maybe www-authenticate\)`
	if status == http.StatusUnauthorized && code != "" {
		w.Header().Set("WWW-Authenticate", "Bearer")
	}
}
