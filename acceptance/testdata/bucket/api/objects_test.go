package api

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"example.com/bucket/internal/s3err"
)

func TestMissingBucket(t *testing.T) {
	s := New()
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/nope/key", nil))
	if rec.Code != 404 {
		t.Fatalf("got %d", rec.Code)
	}
	s.rs.Send(rec, 999, "NotACode", "x")
	s3err.Deny(rec, "")
}
