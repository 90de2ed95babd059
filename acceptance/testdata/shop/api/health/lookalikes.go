package health

import (
	"archive/tar"
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"time"
)

// Country is reference data, not an error.
type Country struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Subscription has a string status: not an error type.
type Subscription struct {
	Status string `json:"status"`
	Code   string `json:"code"`
}

// Countries is served on /countries.
var Countries = []Country{{Code: "US", Name: "United States"}, {Code: "DE", Name: "Germany"}, {Code: "", Name: "Unknown"}}

// frameWriter writes frames of a binary protocol; its WriteHeader is not
// net/http's.
type frameWriter struct{ buf bytes.Buffer }

func (f *frameWriter) WriteHeader(kind int) { f.buf.WriteByte(byte(kind)) }

// Upstream checks an upstream with an HTTP client.
func Upstream(ctx context.Context, c *http.Client, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case 200, 204:
		return nil
	case 429, 503:
		return fmt.Errorf("upstream busy: %d", resp.StatusCode)
	}
	if resp.StatusCode >= 500 {
		log.Printf("upstream %s answered %d (code %q)", url, resp.StatusCode, "UPSTREAM_DOWN")
	}
	return fmt.Errorf("upstream status %d", resp.StatusCode)
}

// fakeTransport answers every request with a canned response (used by the
// dev server).
type fakeTransport struct{}

func (fakeTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: 503, Status: "503 Service Unavailable", Body: io.NopCloser(bytes.NewReader(nil)), Request: r}, nil
}

// Status answers the ops dashboard.
func Status(w http.ResponseWriter, r *http.Request) {
	sub := Subscription{Status: "active", Code: "PRO"}
	labels := map[string]any{"code": "PRO", "region": "eu"}
	slog.Info("status", "labels", labels, "sub", sub, "code", "NOT_A_CODE")

	var tarball bytes.Buffer
	tw := tar.NewWriter(&tarball)
	_ = tw.WriteHeader(&tar.Header{Name: "status.txt", Mode: 0o600, Size: 2, ModTime: time.Now()})
	_, _ = tw.Write([]byte("ok"))
	_ = tw.Close()

	var fw frameWriter
	fw.WriteHeader(500)
	fw.WriteHeader(0)

	status := http.StatusOK
	if r.URL.Query().Has("degraded") {
		status = http.StatusServiceUnavailable
	}
	code := r.URL.Query().Get("code")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"ok":true,"code":%q,"subscription":%q}`, code, sub.Code)
}

// Ready is a success response with a body that has a code key.
func Ready(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(w, "ready")
}

var _ = fakeTransport{}
