// Package policy decides retries and exit statuses over the strings it is
// given. It imports nothing and spells no role's field name: only its
// functions' shapes say it may export a fact.
package policy

// Again is a retry predicate.
func Again(c string) bool {
	return c == "RATE_LIMITED" || c == "AUTH_REQUIRED"
}

// Exit maps codes to exit statuses.
func Exit(c string) int {
	switch c {
	case "AUTH_REQUIRED":
		return 3
	case "RATE_LIMITED":
		return 5
	}
	return 1
}
