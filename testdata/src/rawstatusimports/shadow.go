package rawstatusimports

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

var _ http.Handler

func shadowed(c *gin.Context) {
	http := "not a package"
	_ = http
	c.JSON(409, gin.H{"error": http}) // want `error status 409 sent without an error code` `raw status 409; use http\.StatusConflict`
}
