// Command cli passes a mapping of another package to os.Exit; it imports
// no net/http.
package main

import (
	"encoding/json"
	"os"

	"clientfacts/policy"
	"clientfacts/transport"
	"clientfacts/wire"
)

func main() {
	resp, err := transport.Get("https://api.example.com/v1/run")
	if err != nil {
		os.Exit(6)
	}
	var env wire.Envelope
	_ = json.NewDecoder(resp.Body).Decode(&env)
	if len(os.Args) > 1 {
		os.Exit(wire.GoodStatus(env.Error.Code))
	}
	if len(os.Args) > 3 {
		os.Exit(policy.Exit(env.Error.Code)) // want `^RATE_LIMITED is a quota error: exit_codes says 4, policy.Exit exits 5$`
	}
	if len(os.Args) > 2 {
		command(os.Args[2])
		os.Exit(local(env.Error.Code))
	}
	os.Exit(wire.ExitStatus(env.Error.Code)) // want `^RATE_LIMITED is a quota error: exit_codes says 4, wire.ExitStatus exits 5$`
}

// local maps the code it is given: its result reaches os.Exit here.
func local(code string) int {
	switch code {
	case "AUTH_REQUIRED": // want `^AUTH_REQUIRED is an auth error: exit_codes says 3, this exits 6$`
		return 6
	case "RATE_LIMITED":
		return 4
	}
	return 1
}

// command is a look-alike: a switch over a string that ends in os.Exit
// is no mapping of codes.
func command(name string) {
	switch name {
	case "help":
		os.Exit(0)
	case "version":
		os.Exit(0)
	}
}
