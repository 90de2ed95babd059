package rawstatus

import (
	"encoding/json"
	nethttp "net/http"

	"github.com/gin-gonic/gin"
	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// A status written through a framework's accessor of its ResponseWriter
// (echo's c.Response(), gin's c.Writer) is followed like one written to w.

func accEcho4StatusOnly(c echo4.Context) error {
	c.Response().WriteHeader(nethttp.StatusServiceUnavailable) // want `error status 503 sent without an error code; the catalog's codes for 503: `
	return nil
}

func accEcho4StatusOnlyLiteral(c echo4.Context) {
	c.Response().WriteHeader(503) // want `error status 503 sent without an error code` `raw status 503; use http\.StatusServiceUnavailable`
}

func accEcho4Text(c echo4.Context) error {
	c.Response().Header().Set("Content-Type", "text/plain")
	c.Response().WriteHeader(nethttp.StatusServiceUnavailable) // want `error status 503 sent without an error code`
	_, err := c.Response().Write([]byte("draining"))
	return err
}

func accEcho4Created(c echo4.Context) {
	c.Response().WriteHeader(201) // want `raw status 201; use http.StatusCreated`
}

// accEcho4Body writes a body errlint cannot see into: it may carry a code.
func accEcho4Body(c echo4.Context, v any) error {
	c.Response().WriteHeader(nethttp.StatusServiceUnavailable)
	return json.NewEncoder(c.Response()).Encode(v)
}

// custom embeds echo's context, as echo's docs suggest: c.Response() and
// c.Context.Response() are the same accessor.
type custom struct {
	echo4.Context
}

func accCustomStatusOnly(c custom) error {
	c.Context.Response().WriteHeader(nethttp.StatusServiceUnavailable) // want `error status 503 sent without an error code`
	return nil
}

func accCustomBody(c custom, v any) error {
	c.Response().WriteHeader(nethttp.StatusServiceUnavailable)
	return json.NewEncoder(c.Context.Response()).Encode(v)
}

func accEcho5StatusOnly(c *echo5.Context) error {
	c.Response().WriteHeader(nethttp.StatusServiceUnavailable) // want `error status 503 sent without an error code`
	return nil
}

func accEcho5Body(c *echo5.Context, v any) error {
	c.Response().WriteHeader(nethttp.StatusServiceUnavailable)
	return json.NewEncoder(c.Response()).Encode(v)
}

func accGinStatusOnly(c *gin.Context) {
	c.Writer.WriteHeader(nethttp.StatusServiceUnavailable) // want `error status 503 sent without an error code`
}

func accGinBody(c *gin.Context, v any) {
	c.Writer.WriteHeader(nethttp.StatusServiceUnavailable)
	json.NewEncoder(c.Writer).Encode(v)
}

// holder has a method named like echo's accessor that is not one: what it
// returns may differ from call to call.
type holder struct{ ws []nethttp.ResponseWriter }

func (h *holder) Response() nethttp.ResponseWriter {
	w := h.ws[0]
	h.ws = h.ws[1:]
	return w
}

func accLookAlike(h *holder) {
	h.Response().WriteHeader(nethttp.StatusServiceUnavailable)
	h.Response().Write([]byte("draining")) // maybe another writer: the status may go with a body
}

// accEcho4Logged reads from the context before the status: what it reads
// is a string, which cannot write to the response.
func accEcho4Logged(c echo4.Context) error {
	id := c.Param("id")
	c.Response().WriteHeader(nethttp.StatusServiceUnavailable) // want `error status 503 sent without an error code`
	println("draining", id)
	return nil
}
