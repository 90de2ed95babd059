// Package fiber2plain uses fiber but spells no status with its constants:
// status fixes fall back to net/http and add its import.
package fiber2plain

import "github.com/gofiber/fiber/v2"

func missing(c *fiber.Ctx) error {
	return c.Status(404).JSON(fiber.Map{"code": "RESOURCE_NOT_FOUND"}) // want `raw status 404; use http.StatusNotFound`
}
