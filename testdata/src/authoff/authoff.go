// Package authoff turns authchallenge off in its .errlint.yaml.
package authoff

import "net/http"

func deny(w http.ResponseWriter) {
	w.WriteHeader(http.StatusUnauthorized) // want `error status 401 sent without an error code`
}

func limited(w http.ResponseWriter) {
	w.WriteHeader(http.StatusTooManyRequests) // want `error status 429 sent without an error code` `429 response without a Retry-After or rate-limit header`
}
