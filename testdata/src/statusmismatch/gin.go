package statusmismatch

import "github.com/gin-gonic/gin"

func ginMap(c *gin.Context) {
	c.JSON(503, gin.H{"code": "RATE_LIMITED", "detail": "slow down"}) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
}

func ginEnvelope(c *gin.Context) {
	c.AbortWithStatusJSON(500, envelope{OK: false, Code: "FORBIDDEN"}) // want `error code FORBIDDEN sent with status 500; the catalog says 403`
}

func ginOK(c *gin.Context) {
	c.JSON(429, gin.H{"ok": false, "code": "RATE_LIMITED"})
}
