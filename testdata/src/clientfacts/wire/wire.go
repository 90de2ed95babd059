// Package wire declares what the clients decode and how they decide, and
// imports nothing: its predicate and its exit mapping reach the clients
// as facts.
package wire

// Envelope is the body a client decodes; the decoding is the client's.
type Envelope struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Retryable is a retry predicate: the loops that call it are judged by
// the codes it names.
func Retryable(code string) bool {
	return code == "RATE_LIMITED" || code == "AUTH_REQUIRED"
}

// Patient declines to retry what the catalog would allow: no finding.
func Patient(code string) bool {
	return code == "UPSTREAM_TIMEOUT"
}

// ExitStatus maps codes to exit statuses; its result reaches os.Exit only
// in a dependent, which judges it.
func ExitStatus(code string) int {
	switch code {
	case "AUTH_REQUIRED":
		return 3
	case "RATE_LIMITED":
		return 5
	}
	return 1
}

// GoodStatus maps every code to the status exit_codes gives its class.
func GoodStatus(code string) int {
	switch code {
	case "AUTH_REQUIRED":
		return 3
	case "RATE_LIMITED":
		return 4
	}
	return 1
}

// Country is a look-alike: a code that is no error code.
type Country struct {
	Code string `json:"code"`
}
