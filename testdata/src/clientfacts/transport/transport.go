// Package transport makes the requests, so its callers reach net/http
// only through its facts.
package transport

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"clientfacts/wire"
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

// Fetch decodes the error body into a type declared in wire, which
// carries no fact of it: the function's fact says it returns a body.
func Fetch(url string) (*wire.Envelope, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var env wire.Envelope
	err = json.NewDecoder(resp.Body).Decode(&env)
	return &env, err
}
