// Package v5api is the gateway's public API on echo v5.
package v5api

import (
	"net/http"

	"github.com/labstack/echo/v5"

	"example.com/gateway/internal/problem"
)

// Register mounts the routes.
func Register(e *echo.Echo) {
	e.GET("/v5/jobs/:id", job)
	e.POST("/v5/jobs", submit)
	e.GET("/v5/drain", drain)
}

func job(c *echo.Context) error {
	switch c.Param("id") {
	case "":
		return c.JSON(http.StatusNotFound, map[string]any{"ok": false, "code": "RESOURCE_NOT_FOUND"})
	case "wrong":
		return c.JSON(http.StatusBadRequest, map[string]any{"ok": false, "code": "RESOURCE_NOT_FOUND"}) // want `error code RESOURCE_NOT_FOUND sent with status 400; the catalog says 404`
	case "busy":
		return problem.Unavailable(c, "RATE_LIMITED") // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	case "cap":
		return problem.Unavailable(c, "GENERATION_CAPACITY_EXCEEDED")
	case "down":
		return echo.NewHTTPError(http.StatusBadGateway, "upstream failed") // want `error status 502 sent without an error code`
	case "raw":
		return echo.NewHTTPError(504, "timeout") // want `error status 504 sent without an error code; the catalog's codes for 504: GENERATION_TIMEOUT, UPSTREAM_TIMEOUT` `raw status 504`
	case "lit":
		return &echo.HTTPError{Code: http.StatusTeapot, Message: "teapot"} // want `error status 418 sent without an error code; the catalog has no code for 418`
	case "html":
		return c.HTML(http.StatusServiceUnavailable, "<h1>maintenance</h1>")
	case "stream":
		return c.Stream(http.StatusOK, "text/event-stream", nil)
	case "stream-raw":
		return c.Stream(200, "text/event-stream", nil) // want `raw status 200; use http.StatusOK`
	case "blob":
		return c.Blob(200, "application/octet-stream", nil) // want `raw status 200; use http.StatusOK`
	case "xmlblob":
		return c.XMLBlob(202, []byte("<ok/>")) // want `raw status 202; use http.StatusAccepted`
	case "jsonblob":
		return c.JSONBlob(201, []byte(`{"ok":true}`)) // want `raw status 201; use http.StatusCreated`
	case "xmlpretty":
		return c.XMLPretty(200, struct{}{}, " ") // want `raw status 200; use http.StatusOK`
	case "jsonpretty":
		return c.JSONPretty(http.StatusServiceUnavailable, map[string]any{"ok": false, "code": "RATE_LIMITED"}, " ") // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	case "jsonp":
		return c.JSONP(http.StatusServiceUnavailable, "cb", map[string]any{"ok": false, "code": "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	case "str":
		return c.String(499, "client closed request") // want `error status 499 sent without an error code; the catalog has no code for 499` `raw status 499`
	case "nocontent":
		return c.NoContent(204) // want `raw status 204; use http.StatusNoContent`
	case "typo":
		return problem.V5(c, http.StatusGatewayTimeout, "GENERATION_TIMEOUTT", "generator") // want `error code "GENERATION_TIMEOUTT" is not in the catalog; did you mean GENERATION_TIMEOUT\?`
	}
	return c.JSON(http.StatusOK, map[string]any{"id": c.Param("id")})
}

func drain(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusServiceUnavailable) // want `error status 503 sent without an error code`
	return nil
}

func submit(c *echo.Context) error {
	return c.Redirect(303, "/v5/jobs/1") // want `raw status 303; use http.StatusSeeOther`
}
