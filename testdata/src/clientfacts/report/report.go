// Package report compares the code of a body another package decodes
// into a type of a third; it imports neither net/http nor encoding/json.
package report

import "clientfacts/transport"

func report(url string) string {
	env, err := transport.Fetch(url)
	if err != nil {
		return ""
	}
	if env.Error.Code == "AUTH_REQURED" { // want `^error code "AUTH_REQURED" is not in the catalog; did you mean AUTH_REQUIRED\?$`
		return "log in"
	}
	return env.Error.Message
}
