package ignore

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func sameLine(c *gin.Context) {
	c.JSON(503, gin.H{"code": "RATE_LIMITED"}) //errlint:ignore statusmismatch,rawstatus the gateway maps this one // want `503 response with retryable error code RATE_LIMITED without a Retry-After header`
}

func nextLine(c *gin.Context) {
	//errlint:ignore statusmismatch legacy clients expect 503
	c.JSON(http.StatusServiceUnavailable, gin.H{"code": "RATE_LIMITED"}) // want `503 response with retryable error code RATE_LIMITED without a Retry-After header`
}

func noReason(c *gin.Context) {
	/* want `//errlint:ignore statusmismatch has no reason, so it silences nothing` */ //errlint:ignore statusmismatch
	c.JSON(http.StatusServiceUnavailable, gin.H{"code": "RATE_LIMITED"})               // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
}

func otherAnalyzer(c *gin.Context) {
	c.JSON(http.StatusServiceUnavailable, gin.H{"code": "RATE_LIMITED"}) //errlint:ignore unknowncode not this one // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header` `//errlint:ignore unknowncode silenced no finding`
}

// Silencing statusmismatch hands the status back to rawstatus.
func handedBack(c *gin.Context) {
	c.JSON(503, gin.H{"code": "RATE_LIMITED"}) //errlint:ignore statusmismatch known // want `raw status 503; use http.StatusServiceUnavailable` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
}
