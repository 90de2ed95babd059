// Package health has the middleware and the operational endpoints.
package health

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"example.com/shop/internal/render"
)

// statusRecorder remembers the status for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (sr *statusRecorder) WriteHeader(code int) {
	sr.status = code
	sr.ResponseWriter.WriteHeader(code)
}

// AccessLog logs every request and turns panics into a 500.
func AccessLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sr := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		start := time.Now()
		defer func() {
			if v := recover(); v != nil {
				log.Error("panic", "value", v)
				sr.WriteHeader(http.StatusBadGateway) // want `error code INTERNAL_ERROR sent with status 502; the catalog says 500`
				render.Body(sr, "INTERNAL_ERROR", "internal error")
			}
			log.Info("request", "path", r.URL.Path, "status", sr.status, "took", time.Since(start))
		}()
		next.ServeHTTP(sr, r)
	})
}

// RequireJSON rejects requests that are not JSON.
func RequireJSON(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Content-Type") != "application/json" {
			w.WriteHeader(http.StatusUnsupportedMediaType)
			_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "UNSUPPORTED_MEDIA"}) // want `error code "UNSUPPORTED_MEDIA" is not in the catalog`
			return
		}
		next.ServeHTTP(w, r)
	})
}
