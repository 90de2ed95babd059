package statusmismatch

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// A status written through a framework's accessor of its ResponseWriter
// pairs with a body written through the same accessor.

func accEcho4(c echo4.Context) error {
	c.Response().Header().Set("Content-Type", "application/json")
	c.Response().WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
	return json.NewEncoder(c.Response()).Encode(echo4.Map{"ok": false, "code": "RATE_LIMITED"})
}

func accEcho4Statement(c echo4.Context) {
	c.Response().WriteHeader(http.StatusBadRequest) // want `error code CONFLICT sent with status 400; the catalog says 409`
	json.NewEncoder(c.Response()).Encode(envelope{Code: "CONFLICT"})
}

func accEcho4Marshalled(c echo4.Context) {
	b, _ := json.Marshal(envelope{Code: "CONFLICT"})
	c.Response().WriteHeader(http.StatusBadGateway) // want `error code CONFLICT sent with status 502; the catalog says 409`
	c.Response().Write(b)
}

type customContext struct {
	echo4.Context
}

func accCustom(c customContext) error {
	c.Context.Response().WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
	return json.NewEncoder(c.Response()).Encode(echo4.Map{"ok": false, "code": "RATE_LIMITED"})
}

func accEcho5(c *echo5.Context) error {
	c.Response().WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
	return json.NewEncoder(c.Response()).Encode(echo5.Map{"ok": false, "code": "RATE_LIMITED"})
}

func accGin(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
	json.NewEncoder(c.Writer).Encode(gin.H{"ok": false, "code": "RATE_LIMITED"})
}

func accReturn(w http.ResponseWriter) error {
	w.WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
	return json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

// Two contexts: the body goes to another writer than the status.
func accOtherContext(c, d echo4.Context) error {
	c.Response().WriteHeader(http.StatusServiceUnavailable)
	return json.NewEncoder(d.Response()).Encode(echo4.Map{"ok": false, "code": "RATE_LIMITED"})
}

// The writer echo's Response wraps is reached by a field, not the accessor:
// not the same chain, so not paired.
func accWrapped(c echo4.Context) error {
	c.Response().WriteHeader(http.StatusServiceUnavailable)
	return json.NewEncoder(c.Response().Writer).Encode(echo4.Map{"ok": false, "code": "RATE_LIMITED"})
}

// A return after a branch is not straight-line code.
func accAfterIf(c echo4.Context, busy bool) error {
	c.Response().WriteHeader(http.StatusServiceUnavailable)
	if busy {
		println("busy")
	}
	return json.NewEncoder(c.Response()).Encode(echo4.Map{"ok": false, "code": "RATE_LIMITED"})
}
