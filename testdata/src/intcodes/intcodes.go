// Package intcodes sends integer error codes: from a field tagged
// json:"code" beside a status field, typed constants, map bodies.
package intcodes

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type apiError struct {
	Status  int    `json:"-"`
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *apiError) Error() string { return e.Message }

// Code is a typed integer code.
type Code uint32

const (
	CodeUnauthorized Code = 40101
	CodeTooMany      Code = 42901
	CodeMissing      Code = 40401
)

func known() error {
	return &apiError{Status: http.StatusUnauthorized, Code: 40101}
}

func typed() error {
	return &apiError{Status: http.StatusUnauthorized, Code: int(CodeUnauthorized)}
}

func unknown() error {
	return &apiError{Status: http.StatusUnauthorized, Code: 40102} // want `error code 40102 in intcodes.apiError is not in the catalog$`
}

func unknownTyped(c *gin.Context) {
	c.JSON(http.StatusNotFound, gin.H{"ok": false, "code": CodeMissing}) // want `error code 40401 is not in the catalog$`
}

func mismatch() error {
	return &apiError{Status: http.StatusBadRequest, Code: int(CodeTooMany)} // want `error code 42901 in intcodes.apiError sent with status 400; the catalog says 429`
}

func empty(c *gin.Context) {
	c.JSON(http.StatusBadRequest, gin.H{"ok": false, "code": 0}) // want `empty error code`
}

func mapKnown(c *gin.Context) {
	c.JSON(http.StatusBadRequest, gin.H{"code": 40001, "message": "bad"})
}

// echo: an integer code equal to the paired status, or spelled with a
// Status* constant, repeats the status and is no code.
func echo(c *gin.Context) {
	c.JSON(http.StatusBadRequest, gin.H{"code": 400, "message": "bad"})
	c.JSON(http.StatusBadRequest, gin.H{"code": http.StatusBadRequest, "message": "bad"})
	c.JSON(http.StatusInternalServerError, gin.H{"ok": false, "code": http.StatusInternalServerError})
}

func echoField() error {
	return &apiError{Status: http.StatusConflict, Code: http.StatusConflict}
}
