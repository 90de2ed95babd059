// Package transport makes the requests, so its callers reach net/http
// only through its facts.
package transport

import (
	"net/http"
	"strconv"
	"time"
)

// Get makes a request.
func Get(url string) (*http.Response, error) {
	return http.Get(url)
}

// Wait reads how long the server asks a client to wait.
func Wait(resp *http.Response) time.Duration {
	s, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
	return time.Duration(s) * time.Second
}
