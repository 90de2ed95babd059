package customcatalog

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"customcatalog/api"
)

func multi(c *gin.Context) {
	c.JSON(http.StatusUnauthorized, gin.H{"code": "AccessDenied"}) // want `401 response without a WWW-Authenticate header`
	c.JSON(http.StatusForbidden, gin.H{"code": "AccessDenied"})
	c.JSON(http.StatusNotFound, gin.H{"code": "AccessDenied"}) // want `error code AccessDenied sent with status 404; the catalog says 403 or 401`
}

func camel(c *gin.Context) {
	c.JSON(http.StatusServiceUnavailable, gin.H{"code": "SlowDown"}) // want `503 response with retryable error code SlowDown without a Retry-After header`
	c.JSON(http.StatusTooManyRequests, gin.H{"code": "SlowDown"})    // want `error code SlowDown sent with status 429; the catalog says 503` `429 response without a Retry-After or rate-limit header`

	c.JSON(http.StatusTooManyRequests, gin.H{"code": "RATE_LIMITED"}) // want `error code "RATE_LIMITED" is not in the catalog` `429 response without a Retry-After or rate-limit header`

	c.JSON(http.StatusNotFound, gin.H{"code": "NoSuchBuckets"}) // want `error code "NoSuchBuckets" is not in the catalog; did you mean NoSuchBucket\?`
}

func plain(c *gin.Context) {
	c.String(http.StatusNotFound, "no")        // want `error status 404 sent without an error code; the catalog's codes for 404: NoSuchBucket, blob_unknown`
	c.String(http.StatusTooManyRequests, "no") // want `error status 429 sent without an error code; the catalog has no code for 429` `429 response without a Retry-After or rate-limit header`
}

func configured() {
	api.Register("SlowDown", http.StatusBadGateway) // want `error code SlowDown sent with status 502; the catalog says 503`
}
