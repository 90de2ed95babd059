// Package fiber2 holds handlers of fiber v2 (*fiber.Ctx), one per row kind.
package api

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
)

// A status chained with its body pairs with the body's code.
func chained(c *fiber.Ctx) error {
	return c.Status(404).JSON(fiber.Map{"code": "NOT_FOUND"}) // want `raw status 404; use http.StatusNotFound` `error code "NOT_FOUND" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
}

func chainedMismatch(c *fiber.Ctx) error {
	return c.Status(http.StatusBadRequest).JSON(fiber.Map{"code": "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 400; the catalog says 429`
}

// A status recorded by c.Status is sent by the next body call on c.
func recorded(c *fiber.Ctx) error {
	c.Status(http.StatusConflict) // want `error code RESOURCE_NOT_FOUND sent with status 409; the catalog says 404`
	return c.JSON(fiber.Map{"code": "RESOURCE_NOT_FOUND"})
}

func recordedXML(c *fiber.Ctx) error {
	c.Status(http.StatusNotFound)
	return c.XML(fiber.Map{"code": "RESOURCE_NOT_FOUND"})
}

func text(c *fiber.Ctx) error {
	return c.Status(http.StatusInternalServerError).SendString("boom") // want `error status 500 sent without an error code`
}

func statusOnly(c *fiber.Ctx) error {
	return c.SendStatus(http.StatusServiceUnavailable) // want `error status 503 sent without an error code`
}

func unauthorized(c *fiber.Ctx) error {
	return c.Status(http.StatusUnauthorized).JSON(fiber.Map{"code": "AUTH_REQUIRED"}) // want `401 response without a WWW-Authenticate header`
}

func challenged(c *fiber.Ctx) error {
	c.Set("WWW-Authenticate", `Bearer realm="api"`)
	return c.Status(http.StatusUnauthorized).JSON(fiber.Map{"code": "AUTH_REQUIRED"})
}

func limited(c *fiber.Ctx) error {
	return c.Status(http.StatusTooManyRequests).JSON(fiber.Map{"code": "RATE_LIMITED"}) // want `429 response without a Retry-After or rate-limit header`
}

func limitedWithRetry(c *fiber.Ctx) error {
	c.Set("Retry-After", "30")
	return c.Status(http.StatusTooManyRequests).JSON(fiber.Map{"code": "RATE_LIMITED"})
}

func envelopeOK(c *fiber.Ctx) error {
	return c.Status(http.StatusBadRequest).JSON(fiber.Map{"ok": true, "code": "BAD_REQUEST"}) // want `"ok": true in a body sent with error status 400`
}

// fiber.NewError and fiber.Error literals: a constant or absent message is
// plain text.
func newError() error {
	return fiber.NewError(404, "not found") // want `error status 404 sent without an error code` `raw status 404; use http.StatusNotFound`
}

func newErrorBare() error {
	return fiber.NewError(http.StatusBadGateway) // want `error status 502 sent without an error code`
}

func errorLiteral() error {
	return &fiber.Error{Code: 503, Message: "down"} // want `error status 503 sent without an error code` `raw status 503; use http.StatusServiceUnavailable`
}

// An error writer on fiber: inferred, and checked at every call.
func fail(c *fiber.Ctx, status int, code string) error {
	return c.Status(status).JSON(fiber.Map{"ok": false, "code": code})
}

func useFail(c *fiber.Ctx) error {
	return fail(c, http.StatusBadRequest, "RATE_LIMITED") // want `error code RATE_LIMITED sent with status 400; the catalog says 429`
}
