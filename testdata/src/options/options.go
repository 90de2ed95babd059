package options

import "github.com/gin-gonic/gin"

var seen = map[string]int{}

func record(code string, status int) { seen[code] = status }

func handler(c *gin.Context) {
	record("SlowDown", 429)                                 // want `raw status 429; use http.StatusTooManyRequests`
	record("RATE_LIMITED", 429)                             // want `raw status 429; use http.StatusTooManyRequests` `error code "RATE_LIMITED" is not in the catalog`
	c.JSON(404, gin.H{"ok": false, "code": "NoSuchBucket"}) // want `raw status 404; use http.StatusNotFound`
}

// statusmismatch is disabled: a directive naming it may silence findings
// this run does not make, so it is not reported as silencing nothing.
func disabledThere(c *gin.Context) {
	c.JSON(200, gin.H{"ok": true}) //errlint:ignore statusmismatch kept for runs that enable it // want `raw status 200; use http.StatusOK`
	c.JSON(201, gin.H{"ok": true}) //errlint:ignore unknowncode stale // want `raw status 201; use http.StatusCreated` `//errlint:ignore unknowncode silenced no finding`
}
