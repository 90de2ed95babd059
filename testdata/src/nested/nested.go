// Package nested holds error bodies whose code is nested one level down
// under "error" (revision 3): Microsoft's {"error": {"code": …}} and
// Google's {"error": {"code": 404, "status": "NOT_FOUND"}}, as maps and as
// structs that are not error types themselves.
package nested

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type envelope struct {
	Error errorBody `json:"error"`
}

type googleBody struct {
	Code    int    `json:"code"`
	Status  string `json:"status"`
	Message string `json:"message"`
}

type googleEnvelope struct {
	Err googleBody `json:"error"`
}

func microsoftMap(c *gin.Context) {
	c.JSON(http.StatusNotFound, gin.H{"error": gin.H{"code": "RATE_LIMITED", "message": "slow down"}}) // want `error code RATE_LIMITED sent with status 404; the catalog says 429`
}

func microsoftMapUnknown(c *gin.Context) {
	c.JSON(http.StatusBadRequest, gin.H{"error": gin.H{"code": "BadArgument", "message": "…"}}) // want `error code "BadArgument" is not in the catalog`
}

func microsoftStruct(w http.ResponseWriter) {
	w.WriteHeader(http.StatusConflict) // want `error code FORBIDDEN sent with status 409; the catalog says 403`
	json.NewEncoder(w).Encode(envelope{Error: errorBody{Code: "FORBIDDEN", Message: "no"}})
}

// The nested "code" repeats the status on the wire: a fix moves both.
func googleMap(c *gin.Context) {
	c.JSON(http.StatusNotFound, gin.H{"error": gin.H{"code": http.StatusNotFound, "status": "CONFLICT"}}) // want `error code CONFLICT sent with status 404; the catalog says 409`
}

func googleStruct(c *gin.Context) {
	c.JSON(http.StatusTooManyRequests, googleEnvelope{Err: googleBody{Code: http.StatusTooManyRequests, Status: "RATE_LIMITED"}}) // want `429 response without a Retry-After or rate-limit header`
}

// A success body that happens to nest a code is no error response.
func success(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"error": gin.H{"code": "whatever"}})
}

// A nested code that is right.
func right(c *gin.Context) {
	c.JSON(http.StatusForbidden, gin.H{"error": gin.H{"code": "FORBIDDEN"}})
}
