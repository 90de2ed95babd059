// Package cleanhertz holds hertz look-alikes: nothing here may be reported.
package cleanhertz

import (
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
)

// requestContext has hertz's method names on the user's own type.
type requestContext struct{}

func (c *requestContext) JSON(code int, obj any)   {}
func (c *requestContext) AbortWithStatus(code int) {}

func own(c *requestContext) {
	c.AbortWithStatus(503)
	c.JSON(404, utils.H{"code": "NOT_FOUND"})
}

func right(c *app.RequestContext) {
	c.Header("WWW-Authenticate", `Bearer realm="api"`)
	c.JSON(http.StatusUnauthorized, utils.H{"code": "AUTH_REQUIRED"})
}
