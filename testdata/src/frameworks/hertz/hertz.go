// Package hertz holds handlers of hertz (*app.RequestContext), added as
// rows only.
package hertz

import (
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
)

func notFound(c *app.RequestContext) {
	c.JSON(404, utils.H{"code": "NOT_FOUND"}) // want `raw status 404; use http\.StatusNotFound` `error code "NOT_FOUND" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
}

func mismatch(c *app.RequestContext) {
	c.JSON(http.StatusBadRequest, utils.H{"code": "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 400; the catalog says 429`
}

func text(c *app.RequestContext) {
	c.String(http.StatusInternalServerError, "boom: %s", "x") // want `error status 500 sent without an error code`
}

func abort(c *app.RequestContext) {
	c.AbortWithStatus(http.StatusForbidden) // want `error status 403 sent without an error code`
}

func abortJSON(c *app.RequestContext) {
	c.AbortWithStatusJSON(http.StatusConflict, utils.H{"code": "RESOURCE_NOT_FOUND"}) // want `error code RESOURCE_NOT_FOUND sent with status 409; the catalog says 404`
}

func statusOnly(c *app.RequestContext) {
	c.SetStatusCode(http.StatusServiceUnavailable) // want `error status 503 sent without an error code`
}

func unauthorized(c *app.RequestContext) {
	c.JSON(http.StatusUnauthorized, utils.H{"code": "AUTH_REQUIRED"}) // want `401 response without a WWW-Authenticate header`
}

// hertz buffers the response: a header set after the body call still
// goes out with it.
func challengedAfter(c *app.RequestContext) {
	c.JSON(http.StatusUnauthorized, utils.H{"code": "AUTH_REQUIRED"})
	c.Header("WWW-Authenticate", `Bearer realm="api"`)
}

func limited(c *app.RequestContext) {
	c.Header("Retry-After", "30")
	c.Status(http.StatusTooManyRequests) // want `error status 429 sent without an error code`
}
