package ignore

import (
	"net/http"
	"testing"

	"github.com/gin-gonic/gin"
)

func TestNothingReported(t *testing.T) {
	var c *gin.Context
	c.JSON(http.StatusServiceUnavailable, gin.H{"code": "RATE_LIMITED"})
	c.JSON(500, gin.H{"code": "NOPE"})
}
