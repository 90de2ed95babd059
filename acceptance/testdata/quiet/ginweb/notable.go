package ginweb

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// Methods and functions outside the framework table: a dependency is never
// an error writer, so none of these is a status position.
func outsideTable(c *gin.Context) {
	switch c.Query("k") {
	case "pure":
		c.AbortWithStatusPureJSON(503, gin.H{"ok": false, "code": "RATE_LIMITED"})
	case "reader":
		c.DataFromReader(200, 2, "text/plain", strings.NewReader("ok"), nil)
	case "negotiate":
		c.Negotiate(200, gin.Negotiate{Offered: []string{gin.MIMEJSON}, Data: gin.H{"ok": true}})
	}
}

// Redirects registered as handlers.
var legacyRoutes = map[string]http.Handler{
	"/old": http.RedirectHandler("/new", 301),
}

var _ = outsideTable
