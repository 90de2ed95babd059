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
	r.POST("/billing/refund", refund)
}

func invoices(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.Header("WWW-Authenticate", `Bearer realm="billing"`)
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

func refund(c *gin.Context) {
	if c.Query("state") == "settled" {
		// Bug: the catalog says CONFLICT is not retryable; the client would retry forever.
		c.JSON(http.StatusConflict, gin.H{"ok": false, "code": "CONFLICT", "retryable": true})
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"ok": true})
}
