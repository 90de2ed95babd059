// Package source holds what errlint's file parsers (catalogs and
// configuration files) share about source text: byte offsets to line numbers,
// and the spelling of integers. It imports nothing of errlint's.
package source

import "sort"

// Lines converts byte offsets of a file to 1-based line numbers.
type Lines []int // offsets at which lines start

// NewLines indexes the line starts of data.
func NewLines(data []byte) Lines {
	idx := Lines{0}
	for i, b := range data {
		if b == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// Line returns the line holding the byte at offset (line 1 for a negative
// offset).
func (idx Lines) Line(offset int64) int {
	if offset < 0 {
		offset = 0
	}
	return sort.Search(len(idx), func(i int) bool { return int64(idx[i]) > offset })
}

// IsInteger reports whether s is an optionally signed run of decimal digits.
func IsInteger(s string) bool {
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
