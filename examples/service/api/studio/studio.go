// Package studio serves the studio endpoints with echo.
package studio

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/service/internal/problems"
)

// Register mounts the studio endpoints.
func Register(e *echo.Echo) {
	e.POST("/studio/export", export)
	e.GET("/studio/clips/:id", clip)
	e.POST("/studio/voices", voice)
	e.POST("/studio/generations", generate)
}

func export(c echo.Context) error {
	if c.QueryParam("clips") == "" {
		return c.JSON(http.StatusUnprocessableEntity, echo.Map{"ok": false, "code": "STUDIO_AUDIO_EXPORT_NO_AUDIO"})
	}
	if c.QueryParam("stale") == "1" {
		// Bug: the catalog files this code under 409.
		return c.JSON(http.StatusUnprocessableEntity, echo.Map{"ok": false, "code": "STUDIO_AUDIO_EXPORT_BLOCKED"})
	}
	return c.NoContent(http.StatusAccepted)
}

func clip(c echo.Context) error {
	if c.Param("id") == "" {
		// Bug: a plain-text HTTP error carries no code.
		return echo.NewHTTPError(http.StatusBadRequest, "missing clip id")
	}
	return c.JSON(http.StatusOK, echo.Map{"ok": true})
}

func voice(c echo.Context) error {
	if c.QueryParam("slow") == "1" {
		// Bug: problems.Upstream carries 502; the catalog files this code under 504.
		return problems.Upstream("UPSTREAM_TIMEOUT")
	}
	err := problems.Upstream("VOICE_CLONE_FAILED")
	return c.JSON(err.Status, err)
}

func generate(c echo.Context) error {
	if c.QueryParam("running") != "" {
		// Bug: a 429 without Retry-After: clients retry at once and add to the load.
		return c.JSON(http.StatusTooManyRequests, echo.Map{"ok": false, "code": "GENERATION_CONCURRENCY_EXCEEDED"})
	}
	if c.QueryParam("full") != "" {
		c.Response().Header().Set("Retry-After", "30")
		return c.JSON(http.StatusServiceUnavailable, echo.Map{"ok": false, "code": "GENERATION_INTERRUPTED"})
	}
	return c.NoContent(http.StatusAccepted)
}
