// Package billing serves the billing endpoints with gin.
package billing

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Register mounts the billing endpoints.
func Register(r *gin.Engine) {
	r.GET("/billing/invoices", invoices)
	r.POST("/billing/charge", charge)
	r.GET("/billing/health", health)
}

func invoices(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.JSON(http.StatusUnauthorized, gin.H{"ok": false, "code": "AUTH_REQUIRED", "error": "Authentication required."})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true, "invoices": []string{}})
}

func charge(c *gin.Context) {
	if c.Query("credits") == "0" {
		// Bug: the catalog spells it BILLING_INSUFFICIENT_CREDITS.
		c.JSON(http.StatusPaymentRequired, gin.H{"ok": false, "code": "INSUFFICIENT_CREDITS"})
		return
	}
	if c.Query("upstream") == "down" {
		// Bug: an error body with no code.
		c.JSON(500, gin.H{"error": "billing backend unavailable"})
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"ok": true})
}

func health(c *gin.Context) {
	if c.Query("deep") == "1" {
		// Bug: status only, no code.
		c.AbortWithStatus(http.StatusServiceUnavailable)
		return
	}
	c.String(http.StatusOK, "ok")
}
