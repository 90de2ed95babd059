// Package client is an SDK: its error type, a request-making function, and
// the predicates and helpers its callers use in retry loops.
package client

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

// APIError is the SDK's error.
type APIError struct {
	StatusCode int
	Code       string
}

func (e *APIError) Error() string { return e.Code }

// Send makes the request and decodes an error.
func Send(c *http.Client, req *http.Request) (*http.Response, *APIError) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, &APIError{Code: "INTERNAL_ERROR"}
	}
	if resp.StatusCode >= 400 {
		var e APIError
		_ = json.NewDecoder(resp.Body).Decode(&e)
		e.StatusCode = resp.StatusCode
		return resp, &e
	}
	return resp, nil
}

// SendWaiting makes the request and returns how long the server asks to
// wait: Retry-After is read where the request is made.
func SendWaiting(c *http.Client, req *http.Request) (*http.Response, time.Duration, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, 0, err
	}
	s, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
	return resp, time.Duration(s) * time.Second, nil
}

// RetryAfter reads the server's delay from a response.
func RetryAfter(resp *http.Response) time.Duration {
	s, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
	return time.Duration(s) * time.Second
}

// ShouldRetry is a predicate of the SDK, read one level in by callers.
func ShouldRetry(code string) bool {
	switch code {
	case "RATE_LIMITED", "AUTH_SESSION_EXPIRED":
		return true
	}
	return false
}

// Declines returns true for the codes it gives up on: a predicate that
// declines to retry, which is allowed.
func Declines(code string) bool {
	return code == "RATE_LIMITED" || code == "DISPATCH_TIMEOUT"
}
