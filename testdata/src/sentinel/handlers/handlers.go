// Package handlers writes sentinels of another package as bodies.
package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"sentinel/apierr"
)

func notFound(c *gin.Context) {
	c.JSON(http.StatusBadRequest, apierr.ErrNotFound) // want `error code RESOURCE_NOT_FOUND sent with status 400; the catalog says 404`
}

func limited(c *gin.Context) {
	c.JSON(http.StatusServiceUnavailable, apierr.ErrLimited) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
}

func alias(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusForbidden, apierr.ErrAlias) // want `error code RESOURCE_NOT_FOUND sent with status 403; the catalog says 404`
}

func right(c *gin.Context) {
	c.JSON(http.StatusNotFound, apierr.ErrNotFound)
}

func changing(c *gin.Context) {
	c.JSON(http.StatusBadRequest, apierr.ErrChanging) // not a sentinel: its code may change
}

// badRequest is a writer with a body parameter and a constant status.
func badRequest(c *gin.Context, body any) {
	c.JSON(http.StatusBadRequest, body)
}

func viaWriter(c *gin.Context) {
	badRequest(c, apierr.ErrNotFound) // want `error code RESOURCE_NOT_FOUND sent with status 400; the catalog says 404`
}
