// Package api has the studio endpoints.
package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/ginapi/internal/errs"
	"example.com/ginapi/internal/respond"
)

// Project is a studio project.
type Project struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Register mounts the studio routes.
func Register(r *gin.Engine) {
	g := r.Group("/studio")
	g.GET("/projects/:id", getProject)
	g.POST("/projects/:id/export", export)
	g.GET("/projects/:id/audio", audio)
	g.POST("/projects/:id/generate", generate)
}

func getProject(c *gin.Context) {
	id := c.Param("id")
	switch id {
	case "":
		c.IndentedJSON(http.StatusNotFound, gin.H{"code": "NOT_FOUND"}) // want `error code "NOT_FOUND" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
		return
	case "limited":
		c.JSON(http.StatusTooManyRequests, gin.H{"ok": false, "code": "RATE_LIMIT"}) // want `error code "RATE_LIMIT" is not in the catalog; did you mean RATE_LIMITED\?` `429 response without a Retry-After or rate-limit header`
		return
	case "forbidden":
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"code": "AUTH_REQUIRED"}) // want `error code AUTH_REQUIRED sent with status 403; the catalog says 401`
		return
	case "anon":
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"code": "AUTH_REQUIRED"}) // want `401 response without a WWW-Authenticate header`
		return
	case "slow":
		c.PureJSON(http.StatusBadGateway, gin.H{"ok": false, "code": "GENERATION_TIMEOUT"}) // want `error code GENERATION_TIMEOUT sent with status 502; the catalog says 504`
		return
	case "secure":
		c.SecureJSON(http.StatusServiceUnavailable, gin.H{"code": codeRateLimited}) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
		return
	case "xml":
		c.XML(http.StatusConflict, &errs.Error{HTTPStatus: http.StatusConflict, Code: "CONFLICT"})
		return
	case "boom":
		c.JSON(500, gin.H{"error": "boom"}) // want `error status 500 sent without an error code; the catalog's codes for 500: INTERNAL_ERROR, STUDIO_AUDIO_EXPORT_FAILED` `raw status 500`
		return
	case "text":
		c.String(http.StatusBadRequest, "bad project id %q", id) // want `error status 400 sent without an error code; the catalog's codes for 400: BAD_REQUEST`
		return
	case "auth":
		c.AbortWithStatus(http.StatusUnauthorized) // want `error status 401 sent without an error code; the catalog's codes for 401: AUTH_INVALID_SESSION, AUTH_REQUIRED, AUTH_SESSION_EXPIRED, AUTH_USER_UNAVAILABLE` `401 response without a WWW-Authenticate header`
		return
	case "opaque":
		c.AbortWithError(http.StatusInternalServerError, errs.New(http.StatusInternalServerError, "INTERNAL_ERROR", "db down"))
		return
	case "opaque-raw":
		c.AbortWithError(500, errs.Upstream("UPSTREAM_GENERATION_ERROR", "generator down")) // want `raw status 500; use http.StatusInternalServerError`
		return
	}
	c.JSON(http.StatusOK, Project{ID: id, Status: "draft"})
}

func export(c *gin.Context) {
	var req struct {
		Format string `json:"format"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		respond.Fail(c, http.StatusUnprocessableEntity, string(CodeValidation), err.Error())
		return
	}
	switch req.Format {
	case "wav":
		respond.Fail(c, http.StatusConflict, string(CodeExportStale), "stale clips") // want `error code "STUDIO_AUDIO_EXPORT_BLOKED" is not in the catalog; did you mean STUDIO_AUDIO_EXPORT_BLOCKED\?`
	case "mp3":
		respond.Fail(c, http.StatusBadRequest, "STUDIO_AUDIO_EXPORT_INCOMPATIBLE_AUDIO", "mp3 is not supported") // want `error code STUDIO_AUDIO_EXPORT_INCOMPATIBLE_AUDIO sent with status 400; the catalog says 422`
	case "flac":
		respond.Fail(c, 422, "STUDIO_AUDIO_EXPORT_UNSUPPORTED_SOURCE", "flac source") // want `raw status 422; use http.StatusUnprocessableEntity`
	case "ogg":
		respond.Error(c, errs.Upstream("STUDIO_AUDIO_EXPORT_FAILED", "encoder crashed")) // want `error code STUDIO_AUDIO_EXPORT_FAILED sent with status 502; the catalog says 500`
	case "m4a":
		respond.Abort(c, http.StatusBadGateway, "STUDIO_AUDIO_EXPORT_FAILED") // want `error code STUDIO_AUDIO_EXPORT_FAILED sent with status 502; the catalog says 500`
	case "opus":
		respond.Abort(c, http.StatusInternalServerError, "STUDIO_AUDIO_EXPORT_FAILED")
	case "aiff":
		respond.Error(c, errs.New(http.StatusServiceUnavailable, "STUDIO_AUDIO_EXPORT_ASSET_READ_FAILED", "storage"))
	default:
		c.Status(http.StatusAccepted)
	}
}

func generate(c *gin.Context) {
	if c.Query("wait") != "" {
		c.JSON(http.StatusTooEarly, gin.H{"ok": false, "code": CodeNotReady})
		return
	}
	if c.Query("busy") != "" {
		c.JSON(http.StatusServiceUnavailable, gin.H{"ok": false, "code": CodeNotReady}) // want `error code GENERATION_NOT_READY sent with status 503; the catalog says 425` `503 response with retryable error code GENERATION_NOT_READY without a Retry-After header`
		return
	}
	if c.Query("legacy") != "" {
		// The v1 mobile app only reads bodies of 200 responses.
		c.JSON(http.StatusOK, gin.H{"ok": false, "code": "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 200; the catalog says 429` `body with "ok": false sent with non-error status 200`
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"ok": true})
}
