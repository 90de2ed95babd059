package api

import (
	"github.com/gin-gonic/gin"

	"example.com/ginapi/internal/transport/http"
)

func version(c *gin.Context) {
	c.Header("X-API-Version", http.Version)
	c.JSON(200, gin.H{"version": http.Version}) // want `raw status 200; use http.StatusOK`
}

var _ = version
