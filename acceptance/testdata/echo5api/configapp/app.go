// Package configapp installs a handler that sets the challenge for every
// 401, through echo v5's Config.
package configapp

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

// New builds the app.
func New() *echo.Echo {
	e := echo.NewWithConfig(echo.Config{HTTPErrorHandler: handleError})
	e.GET("/me", me)
	return e
}

func handleError(c *echo.Context, err error) {
	code := http.StatusInternalServerError
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code = he.Code
	}
	if code == http.StatusUnauthorized {
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	}
	c.JSON(code, map[string]any{"error": err.Error()})
}

// Clean: handleError sets the challenge for every 401.
func me(c *echo.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "log in")
	}
	return c.JSON(http.StatusOK, nil)
}
