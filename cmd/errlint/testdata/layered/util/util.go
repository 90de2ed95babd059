// Package util holds helpers that can carry no fact.
package util

import "strings"

// Clean trims and lower-cases s.
func Clean(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
