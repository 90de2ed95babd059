// Package respond renders errors for gin handlers.
package respond

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/ginapi/internal/errs"
)

// Fail aborts the request with an error envelope.
func Fail(c *gin.Context, status int, code string, detail string) {
	c.AbortWithStatusJSON(status, gin.H{"ok": false, "code": code, "detail": detail, "error": detail})
}

// Error renders err; unknown errors become a 500.
func Error(c *gin.Context, err error) {
	var e *errs.Error
	if errors.As(err, &e) {
		Fail(c, e.HTTPStatus, e.Code, e.Detail)
		return
	}
	Fail(c, http.StatusInternalServerError, "INTERNAL_ERROR", "internal error")
}

// Abort is the older helper: the body has no "ok" key.
func Abort(c *gin.Context, status int, code string) {
	c.AbortWithStatusJSON(status, gin.H{"code": code, "message": http.StatusText(status)})
}
