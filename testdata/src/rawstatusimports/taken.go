package rawstatusimports

import "github.com/gin-gonic/gin"

func taken(c *gin.Context, http string) {
	c.String(404, http) // want `error status 404 sent without an error code`
}

func free(c *gin.Context) {
	c.String(404, "missing") // want `error status 404 sent without an error code`
	c.Header("x", "y")
	c.String(410, "gone") // want `error status 410 sent without an error code`
}

func aligned(c *gin.Context) {
	c.Header("a", "b")   // a comment
	c.String(418, "tea") // want `error status 418 sent without an error code`
}
