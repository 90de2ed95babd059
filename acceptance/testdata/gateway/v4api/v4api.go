// Package v4api is the gateway's public API on echo v4.
package v4api

import (
	"encoding/json"
	"errors"
	nethttp "net/http"

	"github.com/labstack/echo/v4"

	"example.com/gateway/internal/problem"
)

// ErrMissing is returned by the backend.
var ErrMissing = errors.New("missing")

// status is an envelope known by its tags only.
type status struct {
	Success bool   `json:"ok"`
	Reason  string `json:"code"`
}

// Register mounts the routes.
func Register(e *echo.Echo) {
	g := e.Group("/v4")
	g.GET("/users/:id", user)
	g.POST("/users", createUser)
	g.GET("/quota", quota)
	g.GET("/drain", drain)
}

func user(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return echo.NewHTTPError(nethttp.StatusNotFound, "user not found") // want `error status 404 sent without an error code; the catalog's codes for 404: RESOURCE_NOT_FOUND`
	case "locked":
		return &echo.HTTPError{Code: nethttp.StatusLocked, Message: "locked"} // want `error status 423 sent without an error code; the catalog has no code for 423`
	case "conflict":
		return &echo.HTTPError{Code: 409, Message: "conflict"} // want `error status 409 sent without an error code; the catalog's codes for 409: CONFLICT, STUDIO_AUDIO_EXPORT_BLOCKED` `raw status 409`
	case "gone":
		return c.NoContent(nethttp.StatusForbidden) // want `error status 403 sent without an error code; the catalog's codes for 403: AUTH_ADMIN_ACCESS_DENIED, AUTH_ADMIN_ROLE_REQUIRED, FORBIDDEN`
	case "text":
		return c.String(nethttp.StatusBadRequest, "bad id") // want `error status 400 sent without an error code; the catalog's codes for 400: BAD_REQUEST`
	case "session":
		return c.JSON(nethttp.StatusForbidden, echo.Map{"ok": false, "code": "AUTH_SESSION_EXPIRED"}) // want `error code AUTH_SESSION_EXPIRED sent with status 403; the catalog says 401`
	case "pretty":
		return c.JSONPretty(nethttp.StatusUnauthorized, echo.Map{"code": "AUTH_SESION_EXPIRED"}, "  ") // want `error code "AUTH_SESION_EXPIRED" is not in the catalog; did you mean AUTH_SESSION_EXPIRED\?` `401 response without a WWW-Authenticate header`
	case "blob":
		return c.JSONBlob(nethttp.StatusConflict, []byte(`{"ok":false}`))
	case "upstream":
		return problem.V4(c, nethttp.StatusGatewayTimeout, "UPSTREAM_TIMEOUT", "auth service timed out")
	case "upstream-wrong":
		return problem.V4(c, nethttp.StatusBadGateway, "UPSTREAM_TIMEOUT", "auth service timed out") // want `error code UPSTREAM_TIMEOUT sent with status 502; the catalog says 504`
	}
	return c.JSON(nethttp.StatusOK, echo.Map{"id": c.Param("id")})
}

func createUser(c echo.Context) error {
	var u struct {
		Name string `json:"name"`
	}
	if err := c.Bind(&u); err != nil {
		return echo.NewHTTPError(400, err.Error()) // want `error status 400 sent without an error code; the catalog's codes for 400: BAD_REQUEST` `raw status 400`
	}
	if u.Name == "" {
		return c.JSON(422, echo.Map{"ok": false, "code": "VALIDATION_ERROR"}) // want `raw status 422; use http.StatusUnprocessableEntity`
	}
	return c.JSON(201, u) // want `raw status 201; use http.StatusCreated`
}

// drain answers load-balancer probes while the instance shuts down.
func drain(c echo.Context) error {
	if c.QueryParam("body") == "" {
		c.Response().WriteHeader(nethttp.StatusServiceUnavailable) // want `error status 503 sent without an error code`
		return nil
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMEApplicationJSON)
	c.Response().WriteHeader(nethttp.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	return json.NewEncoder(c.Response()).Encode(echo.Map{"ok": false, "code": "RATE_LIMITED"})
}

func quota(c echo.Context) error {
	switch c.QueryParam("format") {
	case "pretty":
		return c.XMLPretty(nethttp.StatusServiceUnavailable, problem.Body{Code: "RATE_LIMITED"}, "  ") // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	case "jsonp":
		return c.JSONP(nethttp.StatusTooManyRequests, c.QueryParam("cb"), echo.Map{"ok": false, "code": "RATE_LIMITED"}) // want `429 response without a Retry-After or rate-limit header`
	case "html":
		return c.HTMLBlob(429, []byte("<p>slow down</p>")) // want `raw status 429; use http.StatusTooManyRequests` `429 response without a Retry-After or rate-limit header`
	case "blob":
		return c.Blob(200, "text/csv", nil) // want `raw status 200; use http.StatusOK`
	case "xmlblob":
		return c.XMLBlob(200, nil) // want `raw status 200; use http.StatusOK`
	case "stream":
		return c.Stream(200, "text/csv", nil) // want `raw status 200; use http.StatusOK`
	case "redirect":
		return c.Redirect(307, "/v4/quota") // want `raw status 307; use http.StatusTemporaryRedirect`
	case "tagged":
		return c.JSON(nethttp.StatusServiceUnavailable, status{Success: false, Reason: "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	case "err":
		return echo.NewHTTPError(nethttp.StatusConflict, echo.Map{"ok": false, "code": "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 409; the catalog says 429`
	}
	return c.XML(nethttp.StatusTooManyRequests, problem.Body{Code: "RATE_LIMITED"}) // want `429 response without a Retry-After or rate-limit header`
}
