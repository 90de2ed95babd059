// Package decode decodes a body into a type of another package and
// compares its code; it imports no net/http.
package decode

import (
	"encoding/json"

	"clientfacts/transport"
	"clientfacts/wire"
)

func fetch(url string) string {
	resp, err := transport.Get(url)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var env wire.Envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return ""
	}
	if env.Error.Code == "RATE_LIMTED" { // want `^error code "RATE_LIMTED" is not in the catalog; did you mean RATE_LIMITED\?$`
		return "wait"
	}
	if env.Error.Code == "" || env.Error.Code == "AUTH_REQUIRED" {
		return "log in"
	}
	return env.Error.Code
}

// A look-alike of the same package: never decoded from a response body.
func country(c wire.Country) bool {
	return c.Code == "US"
}
