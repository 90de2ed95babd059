// Package retryablehttp is a stub of github.com/hashicorp/go-retryablehttp.
package retryablehttp

import (
	"context"
	"net/http"
)

// CheckRetry decides whether a response is retried.
type CheckRetry func(ctx context.Context, resp *http.Response, err error) (bool, error)

// Client retries requests.
type Client struct {
	HTTPClient *http.Client
	CheckRetry CheckRetry
}

// NewClient returns a client.
func NewClient() *Client { return &Client{HTTPClient: http.DefaultClient} }

// Request is a retryable request.
type Request struct{ *http.Request }

// Do sends the request, retrying as CheckRetry says.
func (c *Client) Do(req *Request) (*http.Response, error) { return c.HTTPClient.Do(req.Request) }

// Get makes a GET request, retrying by the client's policy.
func (c *Client) Get(url string) (*http.Response, error) { return c.HTTPClient.Get(url) }
