// Package unseen holds echo handlers registered in a package it does not
// import: which error handler writes their errors is unknown here, so
// returned framework errors get no §7 finding (§13).
package unseen

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func Me(c echo.Context) error {
	return echo.NewHTTPError(http.StatusUnauthorized, "log in")
}
