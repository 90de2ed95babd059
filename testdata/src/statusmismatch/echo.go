package statusmismatch

import (
	"net/http"

	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

func echo4Map(c echo4.Context) error {
	return c.JSON(http.StatusBadRequest, echo4.Map{"code": "VALIDATION_ERROR"}) // want `error code VALIDATION_ERROR sent with status 400; the catalog says 422`
}

func echo4Error() error {
	return echo4.NewHTTPError(http.StatusBadRequest, echo4.Map{"ok": false, "code": "AUTH_REQUIRED"}) // want `error code AUTH_REQUIRED sent with status 400; the catalog says 401`
}

func echo5Map(c *echo5.Context) error {
	return c.JSON(http.StatusBadGateway, echo5.Map{"code": "GENERATION_TIMEOUT"}) // want `error code GENERATION_TIMEOUT sent with status 502; the catalog says 504`
}
