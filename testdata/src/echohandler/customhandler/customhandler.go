// Package customhandler installs its own HTTPErrorHandler, which sets
// WWW-Authenticate only for errors carrying a challenge message.
package customhandler

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

var errExpired = echo.NewHTTPError(http.StatusUnauthorized, "token expired")

func main() {
	e := echo.New()
	e.HTTPErrorHandler = handleError
	e.GET("/me", me)
}

func handleError(err error, c echo.Context) {
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

func me(c echo.Context) error {
	if c.Param("token") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "log in") // want `^401 response without a WWW-Authenticate header: this echo\.HTTPError value is written by handleError, which sets it only for other values$`
	}
	return errExpired
}
