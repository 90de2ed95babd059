package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Studio mounts the gin endpoints.
func Studio(r *gin.Engine) {
	r.POST("/renders", render)
	r.GET("/renders/:id", renderStatus)
}

func render(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"ok": false, "code": "AUTH_REQUIRED"}) // want `401 response without a WWW-Authenticate header`
		return
	}
	if c.Query("busy") != "" {
		c.Header("Retry-After", "10")
		c.JSON(http.StatusTooManyRequests, gin.H{"ok": false, "code": "GENERATION_CONCURRENCY_EXCEEDED", "retryable": true}) // quiet
		return
	}
	if c.Query("dry") != "" {
		c.JSON(http.StatusBadRequest, gin.H{"ok": true, "code": "BAD_REQUEST"}) // want `"ok": true in a body sent with error status 400`
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"ok": true})
}

func renderStatus(c *gin.Context) {
	if c.Param("id") == "expired" {
		c.Status(http.StatusUnauthorized)
		c.Header("WWW-Authenticate", `Bearer error="invalid_token"`)
		c.JSON(-1, gin.H{"ok": false, "code": "AUTH_SESSION_EXPIRED"}) // quiet: the header is set before gin sends the status
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": false, "code": "RESOURCE_NOT_FOUND"}) // want `body with "ok": false sent with non-error status 200` `error code RESOURCE_NOT_FOUND sent with status 200; the catalog says 404`
}

// Voices mounts the echo endpoints.
func Voices(e *echo.Echo) {
	e.POST("/voices", voice)
}

func voice(c echo.Context) error {
	if c.QueryParam("upstream") == "down" {
		return c.JSON(http.StatusServiceUnavailable, echo.Map{"ok": false, "code": "UPSTREAM_ASSET_STORAGE_ERROR", "retryable": false}) // want `503 response with retryable error code UPSTREAM_ASSET_STORAGE_ERROR` `"retryable": false for error code UPSTREAM_ASSET_STORAGE_ERROR; the catalog says true`
	}
	if c.Request().Header.Get("Authorization") == "" {
		c.Response().Header().Set("WWW-Authenticate", "Bearer")
		return c.JSON(http.StatusUnauthorized, echo.Map{"ok": false, "code": "AUTH_REQUIRED"}) // quiet
	}
	return c.NoContent(http.StatusCreated)
}
