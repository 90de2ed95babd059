// Package defaulthandler creates an echo app with the default
// HTTPErrorHandler: the framework errors its handlers return are written
// by echo's default, which sets no header.
package defaulthandler

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func main() {
	e := echo.New()
	e.GET("/me", me)
	e.GET("/page", page)
	e.GET("/session", func(c echo.Context) error { // a handler literal
		if c.Param("session") == "" {
			return echo.NewHTTPError(http.StatusUnauthorized, "no session") // want `written by echo's default HTTPErrorHandler, which sets none`
		}
		return nil
	})
	e.GET("/banner", func(c echo.Context) error { // good: only a page's data
		return c.Render(http.StatusOK, "banner.html", echo.Map{"error": echo.NewHTTPError(http.StatusUnauthorized, "log in")})
	})
}

func me(c echo.Context) error {
	if c.Param("token") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "log in") // want `^401 response without a WWW-Authenticate header: this echo\.HTTPError value is written by echo's default HTTPErrorHandler, which sets none$`
	}
	if c.Param("id") == "" {
		return &echo.HTTPError{Code: http.StatusUnauthorized, Message: "no id"} // want `written by echo's default HTTPErrorHandler, which sets none`
	}
	return echo.NewHTTPError(http.StatusNotFound, "no such user")
}

// Good: an error that only carries a message into a page.
func page(c echo.Context) error {
	return c.Render(http.StatusOK, "login.html", echo.Map{"error": echo.NewHTTPError(http.StatusUnauthorized, "log in")})
}
