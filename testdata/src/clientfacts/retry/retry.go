// Package retry loops over requests made by another package, with a
// predicate of a third; it imports no net/http.
package retry

import (
	"encoding/json"
	"time"

	"clientfacts/policy"
	"clientfacts/transport"
	"clientfacts/wire"
)

func blind(url string) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := transport.Get(url)
		if err != nil {
			return
		}
		var env wire.Envelope
		_ = json.NewDecoder(resp.Body).Decode(&env)
		if wire.Retryable(env.Error.Code) { // want `^retries AUTH_REQUIRED, which the catalog marks not retryable$` `^retries RATE_LIMITED \(429\) without reading Retry-After \(RFC 9110 §10\.2\.3\)$`
			time.Sleep(time.Second)
			continue
		}
		return
	}
}

// Look-alikes: a loop that reads Retry-After through the transport's
// fact, and a predicate that declines a retryable code.
func patient(url string) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := transport.Get(url)
		if err != nil {
			return
		}
		var env wire.Envelope
		_ = json.NewDecoder(resp.Body).Decode(&env)
		if wire.Patient(env.Error.Code) {
			time.Sleep(transport.Wait(resp))
			continue
		}
		return
	}
}

// The predicate of a package whose syntax names no role.
func shaped(url string) {
	for attempt := 0; attempt < 3; attempt++ {
		env, err := transport.Fetch(url)
		if err != nil {
			return
		}
		if policy.Again(env.Error.Code) { // want `^retries AUTH_REQUIRED, which the catalog marks not retryable$` `^retries RATE_LIMITED \(429\) without reading Retry-After \(RFC 9110 §10\.2\.3\)$`
			time.Sleep(time.Second)
			continue
		}
		return
	}
}
