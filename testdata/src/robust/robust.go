// Package robust holds unusual code: nothing here may crash errlint.
package robust

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type node struct {
	Code string
	Next *node
	Kids map[string]node
}

type Result[T any] struct {
	Status int
	Code   string
	Data   T
}

func (r Result[T]) Error() string { return r.Code }

func generic[T any](status int, code string, v T) Result[T] {
	return Result[T]{Status: status, Code: code, Data: v}
}

func useGeneric() error {
	return generic(http.StatusConflict, "CONFLICT", 1)
}

func genericMismatch() error {
	return generic[string](http.StatusBadRequest, "CONFLICT", "x") // want `error code CONFLICT sent with status 400; the catalog says 409`
}

func spread(w http.ResponseWriter, args []any) {
	variadic(w, args...)
}

func variadic(w http.ResponseWriter, args ...any) {}

func unkeyed() error {
	return Result[int]{409, "CONFLICT", 0} // want `raw status 409; use http.StatusConflict`
}

func unkeyedBad() error {
	return Result[int]{http.StatusTeapot, "CONFLICT", 0} // want `error code CONFLICT in robust.Result sent with status 418; the catalog says 409`
}

func recursive(c *gin.Context) {
	c.JSON(http.StatusBadRequest, node{Code: "x"})
}

func methodValue(c *gin.Context) {
	f := c.JSON
	f(http.StatusBadRequest, gin.H{"code": "NOPE"})
}

func nestedMap(c *gin.Context) {
	c.JSON(http.StatusBadRequest, gin.H{"error": gin.H{"code": "BAD_REQUEST"}})
}

func computedKey(c *gin.Context, k string) {
	c.JSON(http.StatusBadRequest, gin.H{k: "BAD_REQUEST"})
}

func shadowedParam(w http.ResponseWriter) {
	func(status int) {
		w.WriteHeader(status)
	}(http.StatusBadRequest)
}

func labelled(w http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)
loop:
	for {
		break loop
	}
	json.NewEncoder(w).Encode(1)
}

func deferred(w http.ResponseWriter) {
	defer w.WriteHeader(http.StatusOK)
}

func parenthesised(w http.ResponseWriter) {
	(w).WriteHeader((http.StatusOK))
}
