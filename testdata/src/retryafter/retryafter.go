// Package retryafter holds 429 and 503 responses with and without a
// Retry-After header, and Retry-After headers on codes the catalog says
// not to retry.
package retryafter

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"headers/httpx"
)

// Bad: nothing tells the client when to retry.

func bare(w http.ResponseWriter) {
	w.WriteHeader(http.StatusTooManyRequests) // want `^429 response without a Retry-After or rate-limit header \(RFC 6585 §4\)$`
}

func byWriter(w http.ResponseWriter) {
	httpx.Plain(w, http.StatusTooManyRequests, "RATE_LIMITED") // want `429 response without a Retry-After`
}

func retryable503(w http.ResponseWriter) {
	httpx.Plain(w, http.StatusServiceUnavailable, "DISPATCH_TIMEOUT") // want `^503 response with retryable error code DISPATCH_TIMEOUT without a Retry-After header \(RFC 9110 §10\.2\.3\)$`
}

func ginJSON(c *gin.Context) {
	c.JSON(http.StatusTooManyRequests, gin.H{"ok": false, "code": "RATE_LIMITED"}) // want `429 response without a Retry-After`
}

func echoJSON(c echo.Context) error {
	return c.JSON(http.StatusServiceUnavailable, echo.Map{"ok": false, "code": "GENERATION_INTERRUPTED"}) // want `503 response with retryable error code GENERATION_INTERRUPTED`
}

func statusThenBody(w http.ResponseWriter) {
	w.WriteHeader(http.StatusServiceUnavailable) // want `503 response with retryable error code UPSTREAM_ASSET_STORAGE_ERROR`
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "UPSTREAM_ASSET_STORAGE_ERROR"})
}

// Bad: Retry-After on a code the catalog marks not retryable.

func retryOnBadRequest(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "10") // want `^Retry-After set on a response with error code BAD_REQUEST, which the catalog marks not retryable$`
	httpx.Plain(w, http.StatusBadRequest, "BAD_REQUEST")
}

func retryOnConfig(c *gin.Context) {
	c.Header("Retry-After", "60") // want `Retry-After set on a response with error code AUTH_CONFIG_MISSING`
	c.JSON(http.StatusServiceUnavailable, gin.H{"ok": false, "code": "AUTH_CONFIG_MISSING"})
}

func retryThenStatusThenBody(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "5") // want `Retry-After set on a response with error code VALIDATION_ERROR`
	w.WriteHeader(http.StatusUnprocessableEntity)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "VALIDATION_ERROR"})
}

// Good.

func withRetryAfter(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "30")
	w.WriteHeader(http.StatusTooManyRequests)
}

func withRateLimit(w http.ResponseWriter) {
	w.Header().Set("RateLimit", "limit=100, remaining=0, reset=30")
	http.Error(w, "slow down", http.StatusTooManyRequests)
}

func withXRateLimit(c *gin.Context) {
	c.Header("X-RateLimit-Reset", "1700000000")
	c.AbortWithStatus(http.StatusTooManyRequests)
}

func echoHeader(c echo.Context) error {
	c.Response().Header().Set("RateLimit-Reset", "30")
	return c.JSON(http.StatusTooManyRequests, echo.Map{"ok": false, "code": "RATE_LIMITED"})
}

func writerSetsIt(w http.ResponseWriter) {
	httpx.WriteError(w, http.StatusTooManyRequests, "RATE_LIMITED", "slow down")
	httpx.WriteError(w, http.StatusServiceUnavailable, "DISPATCH_TIMEOUT", "try again")
}

func helperForThatStatus(w http.ResponseWriter) {
	httpx.Throttle(w, http.StatusServiceUnavailable)
	httpx.Plain(w, http.StatusServiceUnavailable, "DISPATCH_TIMEOUT")
}

func notRetryable503(w http.ResponseWriter) {
	httpx.Plain(w, http.StatusServiceUnavailable, "AUTH_CONFIG_MISSING")
	w.WriteHeader(http.StatusServiceUnavailable) // no code: nothing says it is retryable
}

func retryOnRetryable(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "1")
	httpx.Plain(w, http.StatusTooManyRequests, "RATE_LIMITED")
}

func retryNotPaired(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "1")
	if r == nil {
		return
	}
	httpx.Plain(w, http.StatusBadRequest, "BAD_REQUEST")
}

func retryOnOtherWriter(w, other http.ResponseWriter) {
	other.Header().Set("Retry-After", "1")
	httpx.Plain(w, http.StatusBadRequest, "BAD_REQUEST")
}

func variableName(w http.ResponseWriter, name string) {
	w.Header().Set(name, "30")
	w.WriteHeader(http.StatusTooManyRequests)
}

func variableCode(w http.ResponseWriter, code string) {
	w.Header().Set("Retry-After", "1")
	httpx.Plain(w, http.StatusBadRequest, code)
}

func handedToWriterWithUnknownStatus(w http.ResponseWriter, status int) {
	httpx.Throttle(w, status)
	w.WriteHeader(http.StatusTooManyRequests)
}

func chainForThatStatus(w http.ResponseWriter) {
	httpx.Chain(w, http.StatusServiceUnavailable)
	httpx.Plain(w, http.StatusServiceUnavailable, "DISPATCH_TIMEOUT")
}

func chainForAnotherStatus(w http.ResponseWriter) {
	httpx.Chain(w, http.StatusUnauthorized)
	httpx.Plain(w, http.StatusTooManyRequests, "RATE_LIMITED") // want `429 response without a Retry-After`
}
