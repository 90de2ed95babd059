// Package shapesuccess regresses issue 19: a literal of a type recognised
// only by its shape (Coupon has a string Code and an integer Status), sent
// as the body of a 1xx–3xx response, is no code position when its code is
// not in the catalog and it does not set ok: false.
package shapesuccess

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
)

// Coupon looks like an error type by its shape alone.
type Coupon struct {
	Code    string `json:"code"`
	Status  int    `json:"status"`
	Percent int    `json:"percent"`
}

// Reply has a code and an ok flag.
type Reply struct {
	OK   bool   `json:"ok"`
	Code string `json:"code"`
}

// Promo is named in types: by the test: types: still wins.
type Promo struct {
	Code   string
	Status int
}

// A status-less body call sends 200.
func statusless(c *fiber.Ctx) error {
	return c.JSON(Coupon{Code: "SPRING25", Percent: 25})
}

func statuslessPointer(c *fiber.Ctx) error {
	return c.JSON(&Coupon{Code: "SPRING25", Percent: 25})
}

func recordedOK(c *fiber.Ctx) error {
	return c.Status(http.StatusOK).JSON(Coupon{Code: "SPRING25"})
}

func ginOK(c *gin.Context) {
	c.JSON(http.StatusCreated, Coupon{Code: "SPRING25"})
}

func redirect(c *gin.Context) {
	c.JSON(http.StatusFound, Coupon{Code: "SPRING25"})
}

// An error status makes the code a code again.
func notFound(c *fiber.Ctx) error {
	return c.Status(http.StatusNotFound).JSON(Coupon{Code: "SPRING25"}) // want `error code "SPRING25" is not in the catalog`
}

// ok: false says the body is an error, whatever its status.
func okFalse(c *fiber.Ctx) error {
	return c.JSON(Reply{OK: false, Code: "SPRING25"}) // want `error code "SPRING25" in shapesuccess.Reply is not in the catalog`
}

func okFalseWith200(c *gin.Context) {
	c.JSON(http.StatusOK, Reply{OK: false, Code: "SPRING25"}) // want `error code "SPRING25" is not in the catalog` `body with "ok": false sent with non-error status 200`
}

// A catalog code stays a code position: it pairs with the status.
func catalogCode(c *gin.Context) {
	c.JSON(http.StatusOK, Coupon{Code: "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 200; the catalog says 429`
}

// types: still wins.
func named(c *fiber.Ctx) error {
	return c.JSON(Promo{Code: "SPRING25"}) // want `error code "SPRING25" is not in the catalog`
}

func namedOK(c *gin.Context) {
	c.JSON(http.StatusOK, Promo{Code: "SPRING25"}) // want `error code "SPRING25" is not in the catalog`
}
