// Package echoweb is an echo v4 service whose responses are all correct.
package echoweb

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Register mounts the routes.
func Register(e *echo.Echo) {
	e.GET("/orders/:id", order)
}

func order(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return c.JSON(http.StatusNotFound, echo.Map{"ok": false, "code": "RESOURCE_NOT_FOUND"})
	case "limited":
		c.Response().Header().Set("Retry-After", "30")
		return c.JSON(http.StatusTooManyRequests, echo.Map{"code": "RATE_LIMITED"})
	case "blob":
		return c.JSONBlob(http.StatusBadGateway, []byte(c.QueryParam("raw")))
	case "status":
		return c.JSON(http.StatusOK, echo.Map{"status": 429, "code": "RATE_LIMITED", "history": true})
	}
	return c.NoContent(http.StatusNoContent)
}
