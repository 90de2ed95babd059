// Package clean holds look-alikes of findings: nothing here may be reported.
package clean

import (
	"archive/tar"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

// HTTP clients compare statuses; they do not write them.
func client(url string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == 429 || resp.StatusCode >= 500 {
		return errors.New("retry")
	}
	switch resp.StatusCode {
	case 404:
		return errors.New("missing")
	}
	return nil
}

// Country has a code but is not an error type.
type Country struct {
	Name string
	Code string
}

var us = Country{Code: "US"}

// Subscription has a string status: not an error type.
type Subscription struct {
	Status string
	Code   string
}

var pro = Subscription{Status: "active", Code: "PRO"}

// Success writes with constants.
func success(w http.ResponseWriter, c *gin.Context) {
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{"id": 1})
	c.JSON(http.StatusOK, gin.H{"ok": true, "code": "DONE"})
	c.Status(http.StatusNoContent)
}

// Statuses in variables are never guessed at.
func variable(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

// A status written inside an if, with the body after it.
func insideIf(w http.ResponseWriter, bad bool) {
	if bad {
		w.WriteHeader(http.StatusBadRequest)
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "BAD_REQUEST"})
}

// Opaque bodies may carry a code.
func opaque(c *gin.Context, err error, body []byte, v any) {
	c.AbortWithError(http.StatusInternalServerError, err)
	c.Data(http.StatusBadGateway, "application/json", body)
	c.JSON(http.StatusBadRequest, v)
	c.JSON(http.StatusBadRequest, gin.H{"error": err})
}

// Log lines with code-like strings are not responses.
func logs() {
	log.Printf("code=%s status=%d", "RATE_LIMIT", 503)
	log.Println(map[string]any{"code": "NOPE", "status": 503})
}

// archive/tar's WriteHeader is not an HTTP status write.
func archive(w io.Writer) error {
	tw := tar.NewWriter(w)
	return tw.WriteHeader(&tar.Header{Name: "x", Size: 0})
}

// counter has a WriteHeader method but is not a ResponseWriter.
type counter struct{ n int }

func (c *counter) WriteHeader(status int) { c.n = status }

func notAResponseWriter(c *counter) {
	c.WriteHeader(500)
}

// A status followed by a body errlint cannot see into.
func unknownBody(w http.ResponseWriter, v any) {
	w.WriteHeader(http.StatusConflict)
	json.NewEncoder(w).Encode(v)
}

// A good envelope.
func good(c *gin.Context) {
	c.Header("Retry-After", "60")
	c.JSON(http.StatusTooManyRequests, gin.H{"ok": false, "code": "RATE_LIMITED", "detail": "Rate limit exceeded."})
}

// A good error type.
type apiError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
}

func (e *apiError) Error() string { return e.Code }

var errNotFound = &apiError{Status: http.StatusNotFound, Code: "RESOURCE_NOT_FOUND"}

// The header helpers do not count as a body or a write.
func headers(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	w.WriteHeader(http.StatusUnauthorized)
	w.Header().Set("X", "y")
	writeCode(w, "AUTH_REQUIRED")
}

func writeCode(w http.ResponseWriter, code string) {
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

// A function value is not followed.
func funcValue(w http.ResponseWriter) {
	f := writeCode
	w.WriteHeader(http.StatusForbidden)
	f(w, "NOT_A_CODE")
}

// gin keeps the status already written when given -1.
func ginKeep(c *gin.Context, errs []error) {
	c.JSON(-1, errs)
}
