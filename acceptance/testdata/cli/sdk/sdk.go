// Package sdk is the service's Go client: it decodes the seed's error
// envelope and retries with backoff.
package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// Error is the envelope the service answers errors with.
type Error struct {
	Status int    `json:"-"`
	OK     bool   `json:"ok"`
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Detail }

// Client calls the service.
type Client struct {
	HTTP    *http.Client
	BaseURL string
	Token   string
}

// Do sends one request and turns an error response into an *Error.
func (c *Client) Do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 400 {
		return resp, nil
	}
	defer resp.Body.Close()
	e := &Error{Status: resp.StatusCode}
	if err := json.NewDecoder(resp.Body).Decode(e); err != nil {
		return resp, err
	}
	return resp, e
}

// Temporary is the SDK's retry predicate.
func Temporary(code string) bool {
	switch code {
	case "RATE_LIMITED", "UPSTREAM_GENERATION_SERVICE_ERROR", "DISPATCH_TIMEOUT", "UPSTREAM_TIMEOUT":
		return true
	}
	return false
}

// Backoff is the delay before attempt n, with jitter.
func Backoff(n int) time.Duration {
	d := time.Duration(1<<n) * 200 * time.Millisecond
	return d + time.Duration(rand.Int64N(int64(d/2)))
}

// Wait sleeps for the delay the response asks for, or the backoff.
func Wait(resp *http.Response, n int) {
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil {
		time.Sleep(time.Duration(s) * time.Second)
		return
	}
	time.Sleep(Backoff(n))
}

// Get retries while the service is busy, honouring Retry-After.
func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) {
	for n := 0; ; n++ {
		resp, err := c.Do(ctx, http.MethodGet, path)
		var e *Error
		if n == 4 || !errors.As(err, &e) {
			return resp, err
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			Wait(resp, n)
			continue
		}
		return resp, err
	}
}

// Post retries a write, but blind and too eagerly.
func (c *Client) Post(ctx context.Context, path string) (*http.Response, error) {
	for n := 0; ; n++ {
		resp, err := c.Do(ctx, http.MethodPost, path)
		var e *Error
		if n == 4 || !errors.As(err, &e) {
			return resp, err
		}
		if e.Code == "VALIDATION_ERROR" || e.Code == "AUTH_SESSION_EXPIRED" { // want `retries VALIDATION_ERROR, which the catalog marks not retryable` `retries AUTH_SESSION_EXPIRED, which the catalog marks not retryable`
			time.Sleep(Backoff(n))
			continue
		}
		if e.Code == "RATE_LIMITED" { // want `retries RATE_LIMITED \(429\) without reading Retry-After \(RFC 9110 §10\.2\.3\)`
			time.Sleep(Backoff(n))
			continue
		}
		if resp.StatusCode == http.StatusBadGateway && e.Code == "UPSTREAM_TIMEOUT" { // want `the catalog sends UPSTREAM_TIMEOUT with 504; this branch is never taken`
			time.Sleep(Backoff(n))
			continue
		}
		return resp, err
	}
}

// Quota reports whether an error says the account is out of quota.
func Quota(err error) bool {
	var e *Error
	return errors.As(err, &e) && (e.Code == "BILLING_INSUFICIENT_CREDITS" || e.Code == "RATE_LIMITED") // want `error code "BILLING_INSUFICIENT_CREDITS" in sdk.Error is not in the catalog; did you mean BILLING_INSUFFICIENT_CREDITS\?`
}
