// Package authchallenge holds 401 responses with and without a
// WWW-Authenticate header, in net/http, chi, gin and echo handlers.
package authchallenge

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"

	"headers/httpx"
)

// Bad: no challenge.

func bare(w http.ResponseWriter) {
	w.WriteHeader(http.StatusUnauthorized) // want `^401 response without a WWW-Authenticate header \(RFC 9110 §15\.5\.2\)$`
}

func plainText(w http.ResponseWriter) {
	http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without a WWW-Authenticate header`
}

func byWriter(w http.ResponseWriter) {
	httpx.Plain(w, http.StatusUnauthorized, "AUTH_REQUIRED") // want `401 response without a WWW-Authenticate header`
}

func carried(w http.ResponseWriter) {
	httpx.Denied(w, "AUTH_REQUIRED") // want `401 response without a WWW-Authenticate header`
}

func tooLate(w http.ResponseWriter) {
	w.WriteHeader(http.StatusUnauthorized) // want `401 response without a WWW-Authenticate header`
	w.Header().Set("WWW-Authenticate", "Bearer")
}

func writerSetsItLate(w http.ResponseWriter) {
	httpx.Late(w, http.StatusUnauthorized, "AUTH_REQUIRED") // want `401 response without a WWW-Authenticate header`
}

func otherWriter(w, other http.ResponseWriter) {
	other.Header().Set("WWW-Authenticate", "Bearer")
	w.WriteHeader(http.StatusUnauthorized) // want `401 response without a WWW-Authenticate header`
}

func ginAbort(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"ok": false, "code": "AUTH_REQUIRED"}) // want `401 response without a WWW-Authenticate header`
}

func ginStatusOnly(c *gin.Context) {
	c.Status(http.StatusUnauthorized) // want `401 response without a WWW-Authenticate header`
}

func echoJSON(c echo.Context) error {
	return c.JSON(http.StatusUnauthorized, echo.Map{"ok": false, "code": "AUTH_REQUIRED"}) // want `401 response without a WWW-Authenticate header`
}

func routes() {
	r := chi.NewRouter()
	r.Get("/me", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized) // want `401 response without a WWW-Authenticate header`
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "AUTH_REQUIRED"})
	})
}

func localWriter(w http.ResponseWriter) {
	fail(w, http.StatusUnauthorized, "AUTH_REQUIRED") // want `401 response without a WWW-Authenticate header`
}

func fail(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

// Good: the challenge is set before the status is sent.

func challenged(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	w.WriteHeader(http.StatusUnauthorized)
}

func lowerCase(w http.ResponseWriter) {
	w.Header().Add("www-authenticate", "Basic")
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

func mapAssign(w http.ResponseWriter) {
	w.Header()["WWW-Authenticate"] = []string{"Basic"}
	w.WriteHeader(http.StatusUnauthorized)
}

func headerVar(w http.ResponseWriter) {
	h := w.Header()
	h.Set("WWW-Authenticate", "Basic")
	w.WriteHeader(http.StatusUnauthorized)
}

func anyPath(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", "Basic")
	}
	w.WriteHeader(http.StatusUnauthorized)
}

func writerForThatStatus(w http.ResponseWriter) {
	httpx.WriteError(w, http.StatusUnauthorized, "AUTH_REQUIRED", "login first")
}

func carriedWithChallenge(w http.ResponseWriter) {
	httpx.Unauthorized(w, "AUTH_REQUIRED")
}

func helperFirst(w http.ResponseWriter) {
	httpx.Challenge(w)
	httpx.Plain(w, http.StatusUnauthorized, "AUTH_REQUIRED")
}

func localHelper(w http.ResponseWriter) {
	challenge(w)
	w.WriteHeader(http.StatusUnauthorized)
}

func challenge(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", "Bearer")
}

func localCondition(w http.ResponseWriter) {
	respond(w, http.StatusUnauthorized, "AUTH_REQUIRED")
}

func respond(w http.ResponseWriter, status int, code string) {
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", "Bearer")
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

func ginHeader(c *gin.Context) {
	c.Header("WWW-Authenticate", "Bearer")
	c.AbortWithStatus(http.StatusUnauthorized)
}

func ginBetween(c *gin.Context) {
	c.Status(http.StatusUnauthorized)
	c.Header("WWW-Authenticate", "Bearer")
	c.JSON(-1, gin.H{"ok": false, "code": "AUTH_REQUIRED"})
}

func ginRecordedThenWritten(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusUnauthorized)
	c.Writer.Header().Set("WWW-Authenticate", "Bearer")
	c.Writer.Write([]byte(`{"ok":false,"code":"AUTH_REQUIRED"}`))
}

func ginWriterField(c *gin.Context) {
	c.Writer.Header().Set("WWW-Authenticate", "Bearer")
	c.JSON(http.StatusUnauthorized, gin.H{"ok": false, "code": "AUTH_REQUIRED"})
}

func echoHeader(c echo.Context) error {
	c.Response().Header().Set("WWW-Authenticate", "Bearer")
	return c.NoContent(http.StatusUnauthorized)
}

// Unknown: errlint cannot tell, so it says nothing.

func variableName(w http.ResponseWriter, name string) {
	w.Header().Set(name, "Bearer")
	w.WriteHeader(http.StatusUnauthorized)
}

func unknownHandler(w http.ResponseWriter, r *http.Request, next http.Handler) {
	next.ServeHTTP(w, r)
	w.WriteHeader(http.StatusUnauthorized)
}

func someHelperPaths(w http.ResponseWriter, r *http.Request) {
	httpx.Sometimes(w, r)
	w.WriteHeader(http.StatusUnauthorized)
}

func dynamicHelper(w http.ResponseWriter) {
	httpx.Dynamic(w, "WWW-Authenticate")
	w.WriteHeader(http.StatusUnauthorized)
}

type statusWriter struct{ http.ResponseWriter }

func wrapped(w http.ResponseWriter) {
	sw := &statusWriter{ResponseWriter: w}
	sw.WriteHeader(http.StatusUnauthorized)
}

func viaFuncValue(w http.ResponseWriter, set func(http.ResponseWriter)) {
	set(w)
	w.WriteHeader(http.StatusUnauthorized)
}

// Not written responses: values built, statuses not constant, other statuses.

type apiError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
}

func (e *apiError) Error() string { return e.Code }

func build() error { return &apiError{Status: http.StatusUnauthorized, Code: "AUTH_REQUIRED"} }

func echoError() error { return echo.NewHTTPError(http.StatusUnauthorized, "login first") }

func echoLiteral() error { return &echo.HTTPError{Code: http.StatusUnauthorized} }

func variableStatus(w http.ResponseWriter, status int) { w.WriteHeader(status) }

func forbidden(w http.ResponseWriter) { w.WriteHeader(http.StatusForbidden) }

func ginOverridden(c *gin.Context) {
	c.Status(http.StatusUnauthorized)
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func silenced(w http.ResponseWriter) {
	w.WriteHeader(http.StatusUnauthorized) //errlint:ignore authchallenge the gateway adds the challenge
}

func elseIfChain(w http.ResponseWriter) {
	httpx.Chain(w, http.StatusUnauthorized)
	w.WriteHeader(http.StatusUnauthorized)
}

func notAStatusTest(w http.ResponseWriter) {
	httpx.OtherTest(w, http.StatusUnauthorized, "AUTH_REQUIRED")
	w.WriteHeader(http.StatusUnauthorized)
}

// deny carries 401 to its callers: the finding is at each call, not here.
func deny(c *gin.Context, code string) {
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"ok": false, "code": code})
}

func callsDeny(c *gin.Context) {
	deny(c, "AUTH_REQUIRED") // want `401 response without a WWW-Authenticate header`
}

func callsDenyChallenged(c *gin.Context) {
	c.Header("WWW-Authenticate", "Bearer")
	deny(c, "AUTH_REQUIRED")
}
