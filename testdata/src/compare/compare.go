// Package compare holds a client's comparisons with codes: code positions
// (SPEC §12).
package compare

import (
	"errors"
	"net/http"
	"slices"

	"compare/sdk"
)

const codeQuota = "QUOTA_EXCEDED"

func classify(err error, resp *http.Response) string {
	var e *sdk.APIError
	if !errors.As(err, &e) {
		return "transport"
	}
	if e.Code == "RATE_LIMIT" { // want `error code "RATE_LIMIT" in sdk.APIError is not in the catalog; did you mean RATE_LIMITED\?`
		return "slow down"
	}
	if "AUTH_REQURED" == e.Code { // want `error code "AUTH_REQURED" in sdk.APIError is not in the catalog; did you mean AUTH_REQUIRED\?`
		return "log in"
	}
	if e.Code != codeQuota { // want `error code "QUOTA_EXCEDED" in sdk.APIError is not in the catalog`
		return "other"
	}
	switch e.Code {
	case "FORBIDDEN", "FORBIDEN": // want `error code "FORBIDEN" in sdk.APIError is not in the catalog; did you mean FORBIDDEN\?`
		return "denied"
	}
	return ""
}

func decoded(resp *http.Response) bool {
	p, err := sdk.Decode(resp)
	if err != nil {
		return false
	}
	return p.Code == "RESOURCE_NOT_FOUD" // want `error code "RESOURCE_NOT_FOUD" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
}

// Membership tests compare with each key or element.
var retryable = map[string]bool{
	"RATE_LIMITED":    true,
	"DISPATCH_TIMOUT": true, // want `error code "DISPATCH_TIMOUT" in sdk.APIError is not in the catalog; did you mean DISPATCH_TIMEOUT\?`
}

var fatal = []string{"AUTH_REQUIRED", "BILLING_INSUFICIENT_CREDITS"} // want `error code "BILLING_INSUFICIENT_CREDITS" in sdk.APIError is not in the catalog; did you mean BILLING_INSUFFICIENT_CREDITS\?`

func member(e *sdk.APIError) bool {
	return retryable[e.Code] || slices.Contains(fatal, e.Code) || twice[e.Code]
}

// A fix that would duplicate a key (or a case, above) would not compile:
// the finding has none.
var twice = map[string]bool{"RATE_LIMITED": true, "RATE_LIMTED": true} // want `error code "RATE_LIMTED" in sdk.APIError is not in the catalog; did you mean RATE_LIMITED\?`

// Look-alikes: nothing here is a code position.

type Country struct{ Code string }

func lookalikes(c Country, r *http.Request, e *sdk.APIError, code string) bool {
	if c.Code == "US" {
		return true
	}
	if r.Method == "GET" {
		return true
	}
	if e.Code == code {
		return true
	}
	if e.Code == "" || e.Code != "" {
		return false
	}
	if resp := r.Response; resp != nil && resp.StatusCode != 503 && e.Code == "RATE_LIMITED" {
		return true // a status that is ruled out is no requirement
	}
	return false
}

// Integer codes: 0, like "", is the empty code, a presence test; any
// other constant is a code position, with no suggestion.
func numeric(e *sdk.NumError) bool {
	if e.Code == 0 || 0 != e.Code {
		return false
	}
	switch e.Code {
	case 0:
		return false
	case 4290: // want `^error code 4290 in sdk.NumError is not in the catalog$`
		return true
	}
	return e.Code == 4291 // want `^error code 4291 in sdk.NumError is not in the catalog$`
}

// A nested field of a type decoded where it is declared (sdk).
func nested(env *sdk.Envelope) bool {
	return env.Error.Code == "FORBIDEN" // want `^error code "FORBIDEN" is not in the catalog; did you mean FORBIDDEN\?$`
}
