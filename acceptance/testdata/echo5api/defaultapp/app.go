// Package defaultapp serves with echo v5's default HTTPErrorHandler, which
// sets no header: the 401 and 429 errors its handlers return go out bare.
package defaultapp

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

// New builds the app.
func New() *echo.Echo {
	e := echo.New()
	e.GET("/me", me)
	e.GET("/search", search)
	e.GET("/login", loginPage)
	return e
}

func me(c *echo.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "log in") // want `^401 response without a WWW-Authenticate header: this echo\.HTTPError value is written by echo's default HTTPErrorHandler, which sets none$`
	}
	return c.JSON(http.StatusOK, map[string]string{"id": "me"})
}

func search(c *echo.Context) error {
	if c.QueryParam("q") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "missing query")
	}
	if c.QueryParam("page") == "100" {
		return &echo.HTTPError{Code: http.StatusTooManyRequests, Message: "slow down"} // want `^429 response without a Retry-After or rate-limit header: this echo\.HTTPError value is written by echo's default HTTPErrorHandler, which sets none$`
	}
	return c.JSON(http.StatusOK, []string{})
}

// Clean: the error only carries a message into a page rendered with 200.
func loginPage(c *echo.Context) error {
	return c.Render(http.StatusOK, "login.html", map[string]any{"error": echo.NewHTTPError(http.StatusUnauthorized, "log in")})
}
