package robust

import (
	_ "net/http"

	"github.com/gin-gonic/gin"
)

func blank(c *gin.Context) {
	c.String(502, "bad gateway") // want `error status 502 sent without an error code` `raw status 502; use http\.StatusBadGateway`
}
