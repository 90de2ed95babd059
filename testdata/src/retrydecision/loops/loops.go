// Package loops holds retry loops (SPEC §12, retrydecision).
package loops

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/hashicorp/go-retryablehttp"

	"retrydecision/client"
)

func backoffFor(attempt int) time.Duration { return time.Duration(attempt) * time.Second }

// Bad: a non-retryable code retried, and 429 retried blind.
func direct(c *http.Client, req *http.Request) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, e := client.Send(c, req)
		if e == nil {
			return resp, nil
		}
		if e.Code == "AUTH_REQUIRED" { // want `^retries AUTH_REQUIRED, which the catalog marks not retryable$`
			time.Sleep(backoffFor(attempt))
			continue
		}
		if resp.StatusCode == http.StatusTooManyRequests { // want `^retries 429 without reading Retry-After \(RFC 9110 §10\.2\.3\)$`
			time.Sleep(time.Second)
			continue
		}
		return nil, e
	}
	return nil, errors.New("gave up")
}

// Bad: the predicate, one level in, returns true for a code the catalog
// marks not retryable; and RATE_LIMITED is a 429.
func predicate(c *http.Client, req *http.Request) error {
	for {
		resp, e := client.Send(c, req)
		if e == nil {
			return resp.Body.Close()
		}
		if !client.ShouldRetry(e.Code) { // want `^retries AUTH_SESSION_EXPIRED, which the catalog marks not retryable$` `^retries RATE_LIMITED \(429\) without reading Retry-After`
			return e
		}
		time.Sleep(time.Second)
	}
}

// Bad: a switch and a range over 5xx.
func switched(c *http.Client, req *http.Request) error {
	for range 5 {
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		switch resp.StatusCode {
		case http.StatusServiceUnavailable: // want `^retries 503 without reading Retry-After`
			time.Sleep(time.Second)
			continue
		}
		return nil
	}
	return nil
}

// Bad: cenkalti/backoff's Retry repeats an operation that retries a code
// the catalog marks not retryable; Permanent is "do not retry".
func library(c *http.Client, req *http.Request) error {
	op := func() error {
		_, e := client.Send(c, req)
		if e == nil {
			return nil
		}
		if e.Code == "FORBIDDEN" {
			return backoff.Permanent(e)
		}
		if e.Code == "VALIDATION_ERROR" { // want `^retries VALIDATION_ERROR, which the catalog marks not retryable$`
			return e
		}
		return backoff.Permanent(e)
	}
	return backoff.Retry(op, backoff.NewExponentialBackOff())
}

// Bad: retryablehttp's CheckRetry returns true for a non-retryable code.
func checked() *retryablehttp.Client {
	rc := retryablehttp.NewClient()
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if err != nil {
			return true, nil
		}
		var e client.APIError
		if e.Code == "CONFLICT" { // want `^retries CONFLICT, which the catalog marks not retryable$`
			return true, nil
		}
		return false, nil
	}
	return rc
}

// Good: Retry-After is read in the loop, in a function the response is
// passed to, or where the request is made.

func readsHeader(c *http.Client, req *http.Request) error {
	for {
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		if resp.StatusCode == http.StatusTooManyRequests {
			d, _ := time.ParseDuration(resp.Header.Get("Retry-After") + "s")
			time.Sleep(d)
			continue
		}
		return nil
	}
}

func readsByHelper(c *http.Client, req *http.Request) error {
	for {
		resp, e := client.Send(c, req)
		if e != nil && e.Code == "RATE_LIMITED" {
			time.Sleep(client.RetryAfter(resp))
			continue
		}
		return nil
	}
}

func readsWhereRequested(c *http.Client, req *http.Request) error {
	for {
		resp, wait, err := client.SendWaiting(c, req)
		if err != nil {
			return err
		}
		if resp.StatusCode == 503 {
			time.Sleep(wait)
			continue
		}
		return nil
	}
}

// Good: a predicate that declines to retry retryable codes.
func declines(c *http.Client, req *http.Request) error {
	for {
		_, e := client.Send(c, req)
		if e == nil || client.Declines(e.Code) {
			return e
		}
		time.Sleep(time.Second)
	}
}

// Good: a re-login before going round is a recovery, not a retry.
func relogin(c *http.Client, req *http.Request) error {
	for {
		_, e := client.Send(c, req)
		if e != nil && e.Code == "AUTH_SESSION_EXPIRED" {
			login(c)
			time.Sleep(time.Second)
			continue
		}
		return e
	}
}

func login(c *http.Client) {}

// Good: a loop that makes no request, and one that does not wait.
func noRequest(codes []string) int {
	n := 0
	for _, code := range codes {
		if code == "AUTH_REQUIRED" {
			time.Sleep(time.Millisecond)
			continue
		}
		n++
	}
	return n
}

func noWait(c *http.Client, reqs []*http.Request) {
	for _, req := range reqs {
		_, e := client.Send(c, req)
		if e != nil && e.Code == "AUTH_REQUIRED" {
			continue
		}
	}
}
