// Package sdk is a client of the example service: it decodes the seed's
// error envelope and retries what the catalog says to retry.
package sdk

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Error is the service's error envelope, decoded.
type Error struct {
	StatusCode int    `json:"-"`
	OK         bool   `json:"ok"`
	Code       string `json:"code"`
	Detail     string `json:"detail"`
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Detail) }

// Client calls the service.
type Client struct {
	HTTP    *http.Client
	BaseURL string
}

// get makes one request and decodes an error response.
func (c *Client) get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 400 {
		return resp, nil
	}
	defer resp.Body.Close()
	e := &Error{StatusCode: resp.StatusCode}
	if err := json.NewDecoder(resp.Body).Decode(e); err != nil {
		return resp, err
	}
	return resp, e
}

// Get retries the request while the service is busy.
func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) {
	var last error
	for attempt := range 4 {
		resp, err := c.get(ctx, path)
		e, ok := err.(*Error)
		if !ok {
			return resp, err
		}
		last = e
		if e.Code == "AUTH_REQUIRED" { // Bug: the catalog marks AUTH_REQUIRED not retryable
			time.Sleep(backoff(attempt))
			continue
		}
		if resp.StatusCode == http.StatusTooManyRequests { // Bug: retries 429 without reading Retry-After
			time.Sleep(backoff(attempt))
			continue
		}
		return resp, e
	}
	return nil, last
}

func backoff(attempt int) time.Duration { return time.Duration(1<<attempt) * 100 * time.Millisecond }

// Temporary reports whether an error is worth trying again later.
func Temporary(e *Error) bool {
	switch e.Code {
	case "RATE_LIMITED", "GENERATION_CAPACITY_EXCEDED": // Bug: GENERATION_CAPACITY_EXCEDED is not in the catalog
		return true
	}
	return e.StatusCode == http.StatusBadGateway && e.Code == "DISPATCH_TIMEOUT" // Bug: the catalog sends DISPATCH_TIMEOUT with 503
}
