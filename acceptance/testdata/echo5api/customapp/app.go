// Package customapp installs its own HTTPErrorHandler, which sets the
// challenge only for an expired token.
package customapp

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

var errExpired = echo.NewHTTPError(http.StatusUnauthorized, "token expired")

// New builds the app.
func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = handleError
	e.GET("/me", me)
	return e
}

func handleError(c *echo.Context, err error) {
	code := http.StatusInternalServerError
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code = he.Code
	}
	if errors.Is(err, errExpired) {
		c.Response().Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	}
	c.JSON(code, map[string]any{"error": err.Error()})
}

func me(c *echo.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "log in") // want `^401 response without a WWW-Authenticate header: this echo\.HTTPError value is written by handleError, which sets it only for other values$`
	}
	return errExpired
}
