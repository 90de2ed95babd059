package echoweb

import (
	"errors"
	"net/http"
	"net/http/httputil"
	"net/url"

	"github.com/labstack/echo/v4"
)

// apiError is what services return; the handler below renders it.
type apiError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
}

func (e *apiError) Error() string { return e.Code }

// ErrorHandler renders every error with the status and code it carries.
func ErrorHandler(err error, c echo.Context) {
	var he *echo.HTTPError
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		_ = c.JSON(ae.Status, echo.Map{"ok": false, "code": ae.Code})
	case errors.As(err, &he):
		_ = c.JSON(he.Code, echo.Map{"ok": false, "code": http.StatusText(he.Code)})
	default:
		_ = c.JSON(http.StatusInternalServerError, echo.Map{"ok": false, "code": "INTERNAL_ERROR"})
	}
}

// Proxy forwards to a backend and passes its status through.
func Proxy(target *url.URL) echo.HandlerFunc {
	rp := httputil.NewSingleHostReverseProxy(target)
	rp.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		status := http.StatusBadGateway
		if errors.Is(err, http.ErrHandlerTimeout) {
			status = http.StatusGatewayTimeout
		}
		w.WriteHeader(status)
	}
	return echo.WrapHandler(rp)
}

// lookup returns an *apiError with a catalog code and its status.
func lookup(id string) error {
	if id == "" {
		return &apiError{Status: http.StatusNotFound, Code: "RESOURCE_NOT_FOUND"}
	}
	return nil
}

var _ = lookup
