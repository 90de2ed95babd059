// Package configv5 installs its HTTPErrorHandler through echo v5's
// Config: the handler sets WWW-Authenticate only for an expired token.
package configv5

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

var errExpired = echo.NewHTTPError(http.StatusUnauthorized, "token expired")

func newApp() *echo.Echo {
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
	if errors.Is(err, errExpired) {
		c.Response().Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	}
	c.JSON(code, map[string]any{"error": err.Error()})
}

func me(c *echo.Context) error {
	if c.Param("token") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "log in") // want `^401 response without a WWW-Authenticate header: this echo\.HTTPError value is written by handleError, which sets it only for other values$`
	}
	return errExpired
}
