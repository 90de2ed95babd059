package rawstatusimports

import "github.com/gin-gonic/gin"

func taken(c *gin.Context, http string) {
	c.String(404, http) // want `error status 404 sent without an error code` `raw status 404; use http\.StatusNotFound`
}

func free(c *gin.Context) {
	c.String(404, "missing") // want `error status 404 sent without an error code` `raw status 404; use http\.StatusNotFound`
	c.Header("x", "y")
	c.String(410, "gone") // want `error status 410 sent without an error code` `raw status 410; use http\.StatusGone`
}

func aligned(c *gin.Context) {
	c.Header("a", "b")   // a comment
	c.String(418, "tea") // want `error status 418 sent without an error code` `raw status 418; use http\.StatusTeapot`
}
