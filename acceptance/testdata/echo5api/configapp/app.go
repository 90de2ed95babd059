// Package configapp installs its handler through echo v5's Config
// (NewWithConfig): it sets the challenge for every 401, and no Retry-After.
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
	e.GET("/search", search)
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

func search(c *echo.Context) error {
	if c.QueryParam("page") == "100" {
		return echo.NewHTTPError(http.StatusTooManyRequests, "slow down") // want `^429 response without a Retry-After or rate-limit header: this echo\.HTTPError value is written by handleError, which sets none$`
	}
	return c.JSON(http.StatusOK, []string{})
}
