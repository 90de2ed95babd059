// Package ginweb is a gin service whose responses are all correct.
package ginweb

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Code is an error code.
type Code string

const (
	CodeConflict Code = "CONFLICT"
	CodeNotFound Code = "RESOURCE_NOT_FOUND"
)

// Register mounts the routes.
func Register(r *gin.Engine) {
	r.GET("/items/:id", item)
	r.POST("/items", create)
}

func item(c *gin.Context) {
	id := c.Param("id")
	if id == "" {
		c.JSON(http.StatusNotFound, gin.H{"ok": false, "code": CodeNotFound})
		return
	}
	if id == "dup" {
		c.AbortWithStatusJSON(http.StatusConflict, gin.H{"code": CodeConflict, "error": "duplicate"})
		return
	}
	if id == "err" {
		_ = c.AbortWithError(http.StatusInternalServerError, errors.New("db down"))
		return
	}
	if id == "var" {
		code := c.Query("code")
		c.JSON(http.StatusBadRequest, gin.H{"code": code})
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id, "code": "PRO", "status": "active"})
}

func create(c *gin.Context) {
	status := http.StatusCreated
	if c.Query("async") != "" {
		status = http.StatusAccepted
	}
	c.JSON(status, gin.H{"ok": true})
	c.Status(http.StatusNoContent)
	c.Redirect(http.StatusSeeOther, "/items/1")
}
