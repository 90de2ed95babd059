package api

import "github.com/gin-gonic/gin"

// This file has no net/http import: the fixes must add it, once.

func audio(c *gin.Context) {
	if c.Query("legacy") != "" {
		c.Redirect(301, "/studio/v2/audio") // want `raw status 301; use http.StatusMovedPermanently`
		return
	}
	if c.Query("none") != "" {
		c.Status(204) // want `raw status 204; use http.StatusNoContent`
		return
	}
	c.Data(200, "audio/wav", nil) // want `raw status 200; use http.StatusOK`
}
