// Package web imports net/http, so it is read from source, but it
// exports no fact.
package web

import "net/http"

// Prefix is where the API is served.
const Prefix = "/v1"

// Remote returns the address a request came from.
func Remote(r *http.Request) string { return r.RemoteAddr }
