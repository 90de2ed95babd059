package payments

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func fakeProvider(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(502)
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "NOPE"})
}

func TestChargeNeedsKey(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(fakeProvider))
	defer srv.Close()
	rec := httptest.NewRecorder()
	charge(rec, httptest.NewRequest(http.MethodPost, "/payments", nil))
	if rec.Code != 400 {
		t.Fatalf("status %d", rec.Code)
	}
	rec.WriteHeader(http.StatusServiceUnavailable)
	http.Error(rec, "x", 503)
}
