package unknowncode

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type apiError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
}

func (e *apiError) Error() string { return e.Code }

// ErrCode is a typed code.
type ErrCode string

const (
	CodeRateLimit ErrCode = "RATE_LIMIT" // a typed constant used only as a code: fixed here
	codeShared            = "NOT_FOUND"  // also used outside a code position: no fix
)

func misspelled(c *gin.Context) {
	c.JSON(http.StatusTooManyRequests, gin.H{"code": "RATE_LIMIT"}) // want `error code "RATE_LIMIT" is not in the catalog; did you mean RATE_LIMITED\?`
}

func lower(c *gin.Context) {
	c.JSON(http.StatusTooManyRequests, gin.H{"ok": false, "code": "rate_limited"}) // want `error code "rate_limited" is not in the catalog; did you mean RATE_LIMITED\?`
}

func byStatus() error {
	return &apiError{Status: http.StatusNotFound, Code: "NOT_FOUND"} // want `error code "NOT_FOUND" in unknowncode.apiError is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
}

func typed() error {
	return &apiError{Status: http.StatusTooManyRequests, Code: string(CodeRateLimit)} // want `error code "RATE_LIMIT" in unknowncode.apiError is not in the catalog; did you mean RATE_LIMITED\?`
}

func shared(c *gin.Context, code string) {
	if code == codeShared {
		return
	}
	c.JSON(http.StatusNotFound, gin.H{"code": codeShared}) // want `error code "NOT_FOUND" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
}

func unknown() error {
	return &apiError{Status: http.StatusTeapot, Code: "XYZZY_PLUGH"} // want `error code "XYZZY_PLUGH" in unknowncode.apiError is not in the catalog$`
}

func empty() error {
	return &apiError{Status: http.StatusBadRequest, Code: ""} // want `empty error code`
}

func okFalse() any {
	return map[string]any{"ok": false, "code": "BAD_REQUST"} // want `error code "BAD_REQUST" is not in the catalog; did you mean BAD_REQUEST\?`
}

func okTrue() any {
	return map[string]any{"ok": true, "code": "WHATEVER"} // a success map is not a code position
}

func successBody(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"code": "DONE"}) // a success body is not a code position
}

func writer(w http.ResponseWriter) {
	fail(w, http.StatusConflict, "CONFLICTED") // want `error code "CONFLICTED" is not in the catalog; did you mean CONFLICT\?`
}

func fail(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

func mapToWriter(w http.ResponseWriter) {
	respond(w, http.StatusForbidden, map[string]any{"code": "FORBIDEN"}) // want `error code "FORBIDEN" is not in the catalog; did you mean FORBIDDEN\?`
}

func respond(w http.ResponseWriter, status int, body any) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

func variable(c *gin.Context, code string) {
	c.JSON(http.StatusBadRequest, gin.H{"code": code}) // a variable code is never guessed at
}
