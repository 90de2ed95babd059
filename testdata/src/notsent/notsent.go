// Package notsent holds error values that are never sent (§11): template
// data of a page rendered with 200, a log call's argument, a field of a
// struct that is no error type. None is a response, so none is "sent
// without an error code"; a value a handler returns still is.
package notsent

import (
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Good: the error only carries a message into the login page.
func loginPage(c echo.Context) error {
	data := map[string]interface{}{}
	if c.Param("failed") != "" {
		data["error"] = echo.NewHTTPError(http.StatusUnauthorized, "wrong password")
	}
	return c.Render(http.StatusOK, "login.html", data)
}

func loginPageInline(c echo.Context) error {
	return c.Render(http.StatusOK, "login.html", map[string]interface{}{"error": echo.NewHTTPError(http.StatusUnauthorized, "log in first")})
}

func loginPageLocal(c echo.Context) error {
	he := echo.NewHTTPError(http.StatusForbidden, "no access")
	log.Printf("login: %v", he)
	return c.Render(http.StatusOK, "login.html", echo.Map{"error": he})
}

// Good: a log call's argument.
func logged(c echo.Context) error {
	log.Println(echo.NewHTTPError(http.StatusBadGateway, "upstream"))
	return c.NoContent(http.StatusNoContent)
}

// Good: a field of a struct that is no error type.
type page struct {
	Title string
	Err   error
}

func pageData() page {
	return page{Title: "login", Err: &echo.HTTPError{Code: http.StatusUnauthorized, Message: "log in"}}
}

// Bad: returned from a handler, the value is the response.
func returned(c echo.Context) error {
	return echo.NewHTTPError(http.StatusUnauthorized, "log in") // want `error status 401 sent without an error code`
}

// Bad: an error page rendered with the error's status still sends it.
func errorPage(c echo.Context) error {
	return c.Render(http.StatusUnauthorized, "login.html", echo.Map{"error": echo.NewHTTPError(http.StatusUnauthorized, "log in")}) // want `error status 401 sent without an error code`
}
