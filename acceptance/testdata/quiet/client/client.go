// Package client talks to the billing service.
package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// ErrThrottled is returned on 429.
var ErrThrottled = errors.New("throttled")

// remoteError is the billing service's error body as we decode it.
type remoteError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Client calls billing.
type Client struct {
	HTTP *http.Client
	Base string
}

// Charge posts a charge and maps the answer.
func (c *Client) Charge(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/charges", nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == 429 || resp.StatusCode == http.StatusServiceUnavailable {
		return ErrThrottled
	}
	switch resp.StatusCode {
	case 200, 201, 204:
		return nil
	case 404:
		return fmt.Errorf("no such customer")
	}
	var re remoteError
	_ = json.NewDecoder(resp.Body).Decode(&re)
	// A code compared with a decoded body's code field is a code position
	// under a configured catalog (SPEC §12): the second branch is never
	// taken, since the catalog has no such code.
	if re.Code == "BILLING_INSUFFICIENT_CREDITS" || re.Code == "NOT_A_CATALOG_CODE" { // want `error code "NOT_A_CATALOG_CODE" is not in the catalog`
		return fmt.Errorf("billing: %s", re.Message)
	}
	return fmt.Errorf("billing: status %d code %s", resp.StatusCode, re.Code)
}

// IsRetryable tells whether a status is worth retrying.
func IsRetryable(status int) bool {
	switch status {
	case http.StatusTooManyRequests, 502, 503, 504:
		return true
	}
	return status >= 500 && status != 501
}

// Synthetic builds a canned response for offline mode.
func Synthetic(req *http.Request) *http.Response {
	return &http.Response{StatusCode: 503, Status: "503 Service Unavailable", Request: req, Header: http.Header{}}
}
