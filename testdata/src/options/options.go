package options

import "github.com/gin-gonic/gin"

var seen = map[string]int{}

func record(code string, status int) { seen[code] = status }

func handler(c *gin.Context) {
	record("SlowDown", 429)                                 // want `raw status 429; use http.StatusTooManyRequests`
	record("RATE_LIMITED", 429)                             // want `raw status 429; use http.StatusTooManyRequests` `error code "RATE_LIMITED" is not in the catalog`
	c.JSON(404, gin.H{"ok": false, "code": "NoSuchBucket"}) // want `raw status 404; use http.StatusNotFound`
}
