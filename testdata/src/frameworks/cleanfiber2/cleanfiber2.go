// Package cleanfiber2 holds fiber v2 look-alikes: nothing here may be reported.
package cleanfiber2

import (
	"net/http"

	fiber2 "github.com/gofiber/fiber/v2"
)

// ctx has fiber's method names on the user's own type.
type ctx struct{}

func (c *ctx) Status(status int) *ctx        { return c }
func (c *ctx) SendStatus(status int) error   { return nil }
func (c *ctx) JSON(data any) error           { return nil }
func (c *ctx) SendString(body string) error  { return nil }
func NewError(code int, msg ...string) error { return nil }

func ownType(c *ctx) error {
	c.SendStatus(503)
	return c.Status(404).JSON(map[string]any{"code": "NOT_FOUND"})
}

func ownNewError() error { return NewError(404, "not found") }

// A status inside an if does not pair with a body after it.
func statusInIf(c *fiber2.Ctx, missing bool) error {
	if missing {
		c.Status(http.StatusConflict)
	}
	return c.JSON(fiber2.Map{"code": "RESOURCE_NOT_FOUND"})
}

// A status recorded on one context is not sent by a body on another.
func otherContext(c, d *fiber2.Ctx, v any) error {
	c.Status(http.StatusConflict)
	d.JSON(fiber2.Map{"code": "RESOURCE_NOT_FOUND"})
	return c.JSON(v)
}

// Right pairs.
func right(c *fiber2.Ctx) error {
	return c.Status(http.StatusNotFound).JSON(fiber2.Map{"code": "RESOURCE_NOT_FOUND"})
}

func rightLater(c *fiber2.Ctx) error {
	c.Status(http.StatusTooManyRequests)
	c.Set("Retry-After", "10")
	return c.JSON(fiber2.Map{"code": "RATE_LIMITED"})
}

func success(c *fiber2.Ctx) error {
	return c.JSON(fiber2.Map{"ok": true, "code": "PRO"})
}

func errorWithVariable(status int, msg string) error {
	return &fiber2.Error{Code: status, Message: msg}
}
