// Package clean holds look-alikes of integer codes that are no codes and
// must stay silent.
package clean

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Coupon has an integer json:"code" but no status field: not an error type.
type Coupon struct {
	Code    int `json:"code"`
	Percent int `json:"percent"`
}

// Item has an integer field named Code, not tagged json:"code": an integer
// is a code field only by types:, by flow, or tagged beside a status.
type Item struct {
	Code   int
	Status int
}

func coupons(c *gin.Context) {
	c.JSON(http.StatusOK, Coupon{Code: 12345, Percent: 10})
	_ = Item{Code: 99999, Status: 200}
}

// A float is no code.
func ratio(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true, "code": 1.5})
}
