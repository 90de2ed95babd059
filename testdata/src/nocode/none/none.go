// Package none is configured with catalog: none: no catalog, so no
// unknowncode or statusmismatch finding and no rule 2; rules 1 and 3 stay.
package none

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type apiError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
}

func (e *apiError) Error() string { return e.Code }

func handler(c *gin.Context) {
	c.JSON(http.StatusBadRequest, gin.H{"ok": false, "code": "WHATEVER"})
	c.String(http.StatusNotFound, "missing")
	c.String(404, "missing") // want `raw status 404; use http.StatusNotFound`
}

func value() error { return &apiError{Status: http.StatusBadRequest, Code: "RATE_LIMITED"} }
