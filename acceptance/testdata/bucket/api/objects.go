// Package api is the bucket HTTP API.
package api

import (
	"net/http"
	"strings"

	"example.com/bucket/internal/s3err"
)

const codeSlowDown = "SlowDown"

// Server serves buckets.
type Server struct {
	rs      *s3err.Responder
	buckets map[string]map[string][]byte
}

// New returns a server.
func New() *Server {
	return &Server{rs: &s3err.Responder{Encode: s3err.XML}, buckets: map[string]map[string][]byte{}}
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	bucket, key, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
	objs, ok := s.buckets[bucket]
	if !ok {
		s.rs.Send(w, http.StatusNotFound, "NoSuchBucket", bucket)
		return
	}
	if r.Header.Get("Authorization") == "" {
		s.rs.Send(w, http.StatusNotFound, "AccessDenied", bucket) // want `error code AccessDenied sent with status 404; the catalog says 403`
		return
	}
	if r.Header.Get("X-Amz-Security-Token") == "expired" {
		s3err.Deny(w, "AccesDenied") // want `error code "AccesDenied" is not in the catalog; did you mean AccessDenied\?`
		return
	}
	if r.Header.Get("X-Amz-Security-Token") == "revoked" {
		s3err.Deny(w, "AccessDenied")
		return
	}
	if r.Header.Get("X-Throttle") != "" {
		s.rs.Send(w, http.StatusTooManyRequests, codeSlowDown, bucket) // want `error code SlowDown sent with status 429; the catalog says 503`
		return
	}
	if r.Header.Get("If-Match") != "" {
		s.rs.Send(w, http.StatusPreconditionFailed, "PreconditionFailed", key)
		return
	}
	if r.Header.Get("If-None-Match") != "" {
		s.rs.Send(w, http.StatusBadRequest, "PreconditionFailed", key)
		return
	}
	if r.Header.Get("If-Unmodified-Since") != "" {
		s.rs.Send(w, http.StatusConflict, "PreconditionFailed", key) // want `error code PreconditionFailed sent with status 409; the catalog says 412 or 400`
		return
	}
	if r.Header.Get("X-Legacy") != "" {
		s.rs.Send(w, http.StatusTooManyRequests, "RATE_LIMITED", key) // want `error code "RATE_LIMITED" is not in the catalog`
		return
	}
	if r.Header.Get("X-Bad") != "" {
		s.rs.Send(w, 400, "InvalidArgument", key) // want `raw status 400; use http.StatusBadRequest`
		return
	}
	if r.Header.Get("X-Old-Client") != "" {
		// Clients of the v1 API still spell codes in UPPER_SNAKE_CASE.
		s.rs.Send(w, http.StatusNotFound, "NO_SUCH_BUCKET", bucket) // want `error code "NO_SUCH_BUCKET" is not in the catalog; did you mean NoSuchBucket\?`
		return
	}
	if r.Header.Get("X-Old-Throttle") != "" {
		s.rs.Send(w, http.StatusServiceUnavailable, "slow_down", bucket) // want `error code "slow_down" is not in the catalog; did you mean SlowDown\?`
		return
	}
	if r.Context().Err() != nil {
		s.rs.Send(w, 499, "ClientClosedRequest", key) // want `raw status 499`
		return
	}
	data, ok := objs[key]
	if !ok {
		s.rs.Send(w, http.StatusNotFound, "NoSuchKeys", key) // want `error code "NoSuchKeys" is not in the catalog; did you mean NoSuchKey\?`
		return
	}
	_, _ = w.Write(data)
}

// storageError converts backend failures.
func storageError(kind string) error {
	switch kind {
	case "missing":
		return &s3err.Error{HTTPStatus: http.StatusNotFound, Code: "NoSuchBucket"}
	case "invalid":
		return &s3err.Error{HTTPStatus: http.StatusConflict, Code: "InvalidArgument"} // want `error code InvalidArgument in s3err.Error sent with status 409; the catalog says 400`
	case "overloaded":
		return &s3err.Error{HTTPStatus: 503, Code: codeSlowDown} // want `raw status 503; use http.StatusServiceUnavailable`
	case "unknown":
		return &s3err.Error{HTTPStatus: http.StatusInternalServerError, Code: "InternalError"} // want `error code "InternalError" in s3err.Error is not in the catalog`
	}
	return nil
}

var _ = storageError
