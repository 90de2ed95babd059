// Package envelope holds error envelopes whose ok or retryable contradict
// the status they are sent with or the catalog.
package envelope

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Envelope is the service's error body.
type Envelope struct {
	OK        bool   `json:"ok"`
	Code      string `json:"code"`
	Retryable bool   `json:"retryable"`
	Detail    string `json:"detail"`
}

// Rule 1: ok is true on an error status.

func okTrueMap(c *gin.Context) {
	c.JSON(http.StatusBadRequest, gin.H{"ok": true, "code": "BAD_REQUEST"}) // want `^"ok": true in a body sent with error status 400$`
}

func okTrueStruct(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(Envelope{OK: true, Code: "RESOURCE_NOT_FOUND"}) // want `"ok": true in a body sent with error status 404`
}

func okTrueEcho(c echo.Context) error {
	return c.JSON(http.StatusInternalServerError, echo.Map{"ok": true, "error": "boom"}) // want `"ok": true in a body sent with error status 500`
}

// Rule 2: ok is false on a success status.

func okFalseOn200(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": false, "code": "BAD_REQUEST"}) // want `^body with "ok": false sent with non-error status 200$`
}

func okFalseOnRedirect(w http.ResponseWriter) {
	w.WriteHeader(http.StatusFound) // want `body with "ok": false sent with non-error status 302`
	json.NewEncoder(w).Encode(&Envelope{OK: false, Code: "FORBIDDEN"})
}

// Rule 3: retryable disagrees with the catalog.

func notRetryable(c *gin.Context) {
	c.JSON(http.StatusTooManyRequests, gin.H{"ok": false, "code": "RATE_LIMITED", "retryable": false}) // want `^"retryable": false for error code RATE_LIMITED; the catalog says true$`
}

func retryableStruct(w http.ResponseWriter) {
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(Envelope{Code: "BAD_REQUEST", Retryable: true}) // want `"retryable": true for error code BAD_REQUEST; the catalog says false`
}

var errCapacity = map[string]any{"ok": false, "code": "GENERATION_CAPACITY_EXCEEDED", "retryable": true} // want `"retryable": true for error code GENERATION_CAPACITY_EXCEEDED; the catalog says false`

// Both rules on one body: each finding at its own value.
func both(c *gin.Context) {
	c.JSON(http.StatusServiceUnavailable, gin.H{"ok": true, "code": "DISPATCH_TIMEOUT", "retryable": false}) // want `"ok": true in a body sent with error status 503` `"retryable": false for error code DISPATCH_TIMEOUT; the catalog says true`
}

// Good.

func good(c *gin.Context) {
	c.JSON(http.StatusTooManyRequests, gin.H{"ok": false, "code": "RATE_LIMITED", "retryable": true})
	c.JSON(http.StatusOK, gin.H{"ok": true, "data": 1})
	c.JSON(http.StatusBadRequest, Envelope{OK: false, Code: "BAD_REQUEST", Retryable: false})
}

func variables(c *gin.Context, ok, retry bool, status int) {
	c.JSON(http.StatusBadRequest, gin.H{"ok": ok, "code": "BAD_REQUEST", "retryable": retry})
	c.JSON(status, gin.H{"ok": false, "code": "BAD_REQUEST"})
	c.JSON(status, gin.H{"ok": true})
}

func unknownCode(c *gin.Context) {
	c.JSON(http.StatusBadRequest, gin.H{"ok": false, "code": "NOT_A_CODE", "retryable": true})
}

// Result is not an envelope: its Ok is a string.
type Result struct {
	Ok   string `json:"ok"`
	Code string `json:"code"`
}

func notBool(c *gin.Context) {
	c.JSON(http.StatusBadRequest, Result{Ok: "true", Code: "BAD_REQUEST"})
}

func silenced(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": false, "code": "BAD_REQUEST"}) //errlint:ignore envelope legacy clients read the code
}

// Bodies handed to an error writer are written with its status.

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

func viaWriter(w http.ResponseWriter) {
	writeJSON(w, http.StatusConflict, map[string]any{"ok": true, "code": "CONFLICT"}) // want `"ok": true in a body sent with error status 409`

	writeJSON(w, http.StatusCreated, map[string]any{"ok": false, "code": "CONFLICT"}) // want `body with "ok": false sent with non-error status 201`

	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "id": 1}) // a success

	writeJSON(w, http.StatusConflict, Envelope{Code: "CONFLICT", Retryable: true, OK: false}) // want `"retryable": true for error code CONFLICT; the catalog says false`
}
