package rawstatus

import (
	nethttp "net/http"

	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

func echo4Text(c echo4.Context) error {
	return c.String(nethttp.StatusBadRequest, "bad") // want `error status 400 sent without an error code; the catalog's codes for 400: BAD_REQUEST`
}

func echo4NoContent(c echo4.Context) error {
	return c.NoContent(403) // want `error status 403 sent without an error code` `raw status 403; use http\.StatusForbidden`
}

func echo4NewHTTPError() error {
	return echo4.NewHTTPError(502, "upstream failed") // want `error status 502 sent without an error code` `raw status 502; use http\.StatusBadGateway`
}

func echo4Literal() error {
	return &echo4.HTTPError{Code: 423, Message: "locked"} // want `error status 423 sent without an error code; the catalog has no code for 423` `raw status 423; use http\.StatusLocked`
}

func echo4Blob(c echo4.Context, b []byte) error {
	return c.JSONBlob(nethttp.StatusInternalServerError, b)
}

func echo5Text(c *echo5.Context) error {
	return c.String(nethttp.StatusBadRequest, "bad") // want `error status 400 sent without an error code`
}

func echo5JSON(c *echo5.Context) error {
	return c.JSON(201, echo5.Map{"id": 1}) // want `raw status 201; use http.StatusCreated`
}

func echo5NewHTTPError(err error) error {
	return echo5.NewHTTPError(500, err.Error()) // want `error status 500 sent without an error code` `raw status 500; use http\.StatusInternalServerError`
}
