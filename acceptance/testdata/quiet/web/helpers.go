package web

import (
	"log/slog"
	"net/http"
)

// statusCodeOK is only compared against.
const statusCodeOK = 200

// logFailure only logs: its parameters reach no response.
func logFailure(status int, code string) {
	slog.Warn("request failed", "status", status, "code", code, "text", http.StatusText(status))
}

// expect reports whether resp has the wanted status.
func expect(resp *http.Response, status int) bool {
	return resp.StatusCode == status || resp.StatusCode == statusCodeOK
}

// canned builds a client-side response for the offline transport.
func canned(status int) *http.Response {
	return &http.Response{StatusCode: status, Header: http.Header{}}
}

// metricsLabels is not a response body.
func metricsLabels(route string) map[string]string {
	return map[string]string{"route": route, "code": "5xx"}
}

func notModified(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == `"v1"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	status := http.StatusInternalServerError
	if r.URL.Query().Has("bad") {
		status = http.StatusBadRequest
	}
	http.Error(w, http.StatusText(status), status)
	logFailure(503, "NOT_A_CODE")
	_ = expect(canned(404), 404)
	_ = metricsLabels(r.URL.Path)
}

var _ = notModified
