package rawstatus

import "github.com/gin-gonic/gin"

func ginText(c *gin.Context) {
	c.String(500, "boom") // want `error status 500 sent without an error code` `raw status 500; use http\.StatusInternalServerError`
}

func ginAbort(c *gin.Context) {
	c.AbortWithStatus(401) // want `error status 401 sent without an error code; the catalog's codes for 401: AUTH_INVALID_SESSION, AUTH_REQUIRED, AUTH_SESSION_EXPIRED, AUTH_USER_UNAVAILABLE` `raw status 401; use http\.StatusUnauthorized`
}

func ginNoCode(c *gin.Context) {
	c.JSON(500, gin.H{"error": "boom"}) // want `error status 500 sent without an error code` `raw status 500; use http\.StatusInternalServerError`
}

func ginOK(c *gin.Context) {
	c.JSON(200, gin.H{"ok": true}) // want `raw status 200; use http.StatusOK`
}

func ginStatus(c *gin.Context) {
	c.Status(204) // want `raw status 204; use http.StatusNoContent`
}

func ginOpaque(c *gin.Context, err error) {
	c.AbortWithError(500, err) // want `raw status 500; use http.StatusInternalServerError`
}
