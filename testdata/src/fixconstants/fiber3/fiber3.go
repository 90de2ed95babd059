// Package fiber3 spells statuses with fiber v3's constants: status fixes
// write fiber.Status*, never http.Status* with a net/http import (issue 19).
package fiber3

import "github.com/gofiber/fiber/v3"

func created(c fiber.Ctx) error {
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"id": 1})
}

func missing(c fiber.Ctx) error {
	return c.Status(404).JSON(fiber.Map{"code": "RESOURCE_NOT_FOUND"}) // want `raw status 404; use fiber.StatusNotFound`
}

func limited(c fiber.Ctx) error {
	c.Set("Retry-After", "30")
	c.Status(429) // want `raw status 429; use fiber.StatusTooManyRequests`
	return c.JSON(fiber.Map{"code": "RATE_LIMITED"})
}

func accepted(c fiber.Ctx) error {
	return c.SendStatus(202) // want `raw status 202; use fiber.StatusAccepted`
}
