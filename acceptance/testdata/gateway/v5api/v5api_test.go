package v5api_test

import (
	"net/http"
	"testing"

	"github.com/labstack/echo/v5"
)

func TestJob(t *testing.T) {
	e := echo.New()
	e.GET("/x", func(c *echo.Context) error {
		return c.JSON(599, map[string]any{"ok": false, "code": "NOT_IN_CATALOG"})
	})
	_ = echo.NewHTTPError(http.StatusTeapot, "tea")
}
