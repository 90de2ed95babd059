// Package problem renders errors for both echo generations.
package problem

import (
	"net/http"

	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// Body is the error envelope.
type Body struct {
	OK     bool   `json:"ok"`
	Code   string `json:"code"`
	Detail string `json:"detail,omitempty"`
}

// V4 answers an echo v4 request with an error envelope.
func V4(c echo4.Context, status int, code, detail string) error {
	return c.JSON(status, Body{Code: code, Detail: detail})
}

// V5 answers an echo v5 request with an error envelope.
func V5(c *echo5.Context, status int, code, detail string) error {
	return c.JSON(status, Body{Code: code, Detail: detail})
}

// Unavailable always answers 503.
func Unavailable(c *echo5.Context, code string) error {
	return V5(c, http.StatusServiceUnavailable, code, "try again later")
}
