// Package mixed sends one of the embedded default's codes: messages may
// name the default's codes.
package mixed

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
	c.JSON(http.StatusConflict, gin.H{"ok": false, "code": "CONFLICT"})
	c.JSON(http.StatusNotFound, gin.H{"ok": false, "code": "RESOURCE_NOT_FOUN"}) // want `error code "RESOURCE_NOT_FOUN" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
	c.String(http.StatusConflict, "taken")                                       // want `error status 409 sent without an error code; the catalog's codes for 409: CONFLICT`
}
