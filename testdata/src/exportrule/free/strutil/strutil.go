// Package strutil is a helper package that can carry no fact.
package strutil

import (
	"strings"
	"unicode"
)

// Title upper-cases the first letter of each word.
func Title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// Lookup finds a key, reporting whether it was there.
func Lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

// IsBlank is shaped like a predicate over a code, but only tests presence.
func IsBlank(s string) bool { return strings.TrimSpace(s) == "" }

// Width is shaped like a mapping, but compares no code.
func Width(s string) int { return len([]rune(s)) }
