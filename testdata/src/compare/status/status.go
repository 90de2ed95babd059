// Package status holds comparisons a status condition makes impossible
// (SPEC §12).
package status

import (
	"net/http"

	"compare/sdk"
)

// Branches a status makes impossible.

func throttled(resp *http.Response, e *sdk.APIError) bool {
	if resp.StatusCode == http.StatusServiceUnavailable && e.Code == "RATE_LIMITED" { // want `^the catalog sends RATE_LIMITED with 429; this branch is never taken$`
		return true
	}
	if resp.StatusCode == http.StatusTooManyRequests && e.Code == "RATE_LIMITED" {
		return true
	}
	if resp.StatusCode == 503 {
		switch e.Code {
		case "DISPATCH_TIMEOUT":
			return true
		case "AUTH_REQUIRED": // want `^the catalog sends AUTH_REQUIRED with 401; this branch is never taken$`
			return false
		}
	}
	switch resp.StatusCode {
	case 401, 403:
		if e.Code == "FORBIDDEN" || e.Code == "AUTH_REQUIRED" {
			return false
		}
	case 404:
		return e.Code == "CONFLICT" // want `^the catalog sends CONFLICT with 409; this branch is never taken$`
	}
	return false
}
