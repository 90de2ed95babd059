// Package headerpaths regresses issue 19: a header set, or an unknown call
// handed the writer, counts for a response only on a path that reaches
// its commit (§13, Paths), read on the control-flow graph.
package headerpaths

import (
	"encoding/json"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
)

func busy(r *http.Request) bool { return r.URL.Query().Get("busy") != "" }

// A Retry-After set in a branch that returns does not reach the later 503.
func returned(w http.ResponseWriter, r *http.Request) {
	if busy(r) {
		w.Header().Set("Retry-After", "30")
		w.WriteHeader(http.StatusTooManyRequests)
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
		return
	}
	w.WriteHeader(http.StatusServiceUnavailable) // want `503 response with retryable error code DISPATCH_TIMEOUT without a Retry-After header`
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "DISPATCH_TIMEOUT"})
}

// Nor does one in a branch that panics or exits.
func panicked(w http.ResponseWriter, r *http.Request) {
	if busy(r) {
		w.Header().Set("Retry-After", "30")
		panic("busy")
	}
	if r == nil {
		w.Header().Set("Retry-After", "30")
		os.Exit(1)
	}
	w.WriteHeader(http.StatusTooManyRequests) // want `429 response without a Retry-After or rate-limit header`
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

// A header set in a branch that falls through reaches the commit: on some
// path, which is enough (errlint does not guess which).
func fellThrough(w http.ResponseWriter, r *http.Request) {
	if busy(r) {
		w.Header().Set("Retry-After", "30")
	}
	w.WriteHeader(http.StatusTooManyRequests)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

// An unknown call handed the writer in a branch that returns makes only
// that branch's headers unknown.
func forwarded(w http.ResponseWriter, r *http.Request, next http.Handler) {
	if busy(r) {
		next.ServeHTTP(w, r)
		return
	}
	w.WriteHeader(http.StatusTooManyRequests) // want `429 response without a Retry-After or rate-limit header`
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

// A continue before the commit, in the loop holding it, goes to another
// iteration: the header set before it does not count.
func continued(w http.ResponseWriter, items []string) {
	for _, it := range items {
		if it == "" {
			w.Header().Set("Retry-After", "1")
			continue
		}
		w.WriteHeader(http.StatusTooManyRequests) // want `429 response without a Retry-After or rate-limit header`
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
		return
	}
}

// A break that leaves the loop for the commit after it reaches it.
func broke(w http.ResponseWriter, items []string) {
	for _, it := range items {
		if it == "" {
			w.Header().Set("Retry-After", "1")
			break
		}
	}
	w.WriteHeader(http.StatusTooManyRequests)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

// A header set after the commit of an earlier iteration does not reach it.
func afterInLoop(w http.ResponseWriter, items []string) {
	for range items {
		w.WriteHeader(http.StatusTooManyRequests) // want `429 response without a Retry-After or rate-limit header`
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
		w.Header().Set("Retry-After", "1")
	}
}

func ginReturned(c *gin.Context, err error) {
	if err != nil {
		c.Header("Retry-After", "30")
		c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"code": "RATE_LIMITED"})
		return
	}
	c.JSON(http.StatusServiceUnavailable, gin.H{"code": "DISPATCH_TIMEOUT"}) // want `503 response with retryable error code DISPATCH_TIMEOUT without a Retry-After header`
}

func fiberReturned(c *fiber.Ctx, err error) error {
	if err != nil {
		c.Set("Retry-After", "30")
		return c.Status(http.StatusTooManyRequests).JSON(fiber.Map{"code": "RATE_LIMITED"})
	}
	return c.Status(http.StatusServiceUnavailable).JSON(fiber.Map{"code": "DISPATCH_TIMEOUT"}) // want `503 response with retryable error code DISPATCH_TIMEOUT without a Retry-After header`
}

// A switch case that returns does not reach the commit after the switch.
func switched(w http.ResponseWriter, kind string) {
	switch kind {
	case "busy":
		w.Header().Set("Retry-After", "30")
		http.Error(w, "busy", http.StatusTooManyRequests) // want `error status 429 sent without an error code`
		return
	}
	w.WriteHeader(http.StatusTooManyRequests) // want `429 response without a Retry-After or rate-limit header`
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

// Headers set inside a handler literal count on its own paths.
func literal() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if busy(r) {
			w.Header().Set("Retry-After", "30")
			return
		}
		w.WriteHeader(http.StatusTooManyRequests) // want `429 response without a Retry-After or rate-limit header`
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
	}
}
