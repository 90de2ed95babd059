// Package facts holds helpers whose header facts are read on the
// control-flow graph (§13, Paths): early returns on the status, and
// headers set after the status is sent on some path only.
package facts

import "net/http"

// OnlyFor503 returns early unless the status is 503.
func OnlyFor503(w http.ResponseWriter, status int) { // want OnlyFor503:`headers\(writer=0, status=1 is 503: retry-after\)`
	if status != http.StatusServiceUnavailable {
		return
	}
	w.Header().Set("Retry-After", "5")
}

// Guarded returns early on some other condition: some paths only.
func Guarded(w http.ResponseWriter, r *http.Request) { // want Guarded:`headers\(writer=0, maybe retry-after\)`
	if r.Header.Get("X-No-Retry") != "" {
		return
	}
	w.Header().Set("Retry-After", "5")
}

// Nested sets the header for 429 in a nested if.
func Nested(w http.ResponseWriter, status int, r *http.Request) { // want Nested:`headers\(writer=0, always content-type, status=1 is 429: retry-after\)`
	w.Header().Set("Content-Type", "application/json")
	if status >= 400 {
		if status == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "1")
		}
	}
}

// SentFirst sends the status on one branch before setting the header: it
// is set before the status only on the other.
func SentFirst(w http.ResponseWriter, status int, r *http.Request) { // want SentFirst:`errwriter\(status=1\)` SentFirst:`headers\(writer=0, maybe retry-after\)`
	if r == nil {
		w.WriteHeader(status)
	}
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(status)
}

// Panics sets the header on every path that sends anything.
func Panics(w http.ResponseWriter, r *http.Request) { // want Panics:`headers\(writer=0, always retry-after\)`
	if r == nil {
		panic("no request")
	}
	w.Header().Set("Retry-After", "1")
}
