package source

import "testing"

func TestLines(t *testing.T) {
	idx := NewLines([]byte("ab\ncd\n\nef"))
	for _, tc := range []struct {
		off  int64
		line int
	}{{-1, 1}, {0, 1}, {2, 1}, {3, 2}, {5, 2}, {6, 3}, {7, 4}, {9, 4}, {100, 4}} {
		if got := idx.Line(tc.off); got != tc.line {
			t.Errorf("Line(%d) = %d, want %d", tc.off, got, tc.line)
		}
	}
}

func TestIsInteger(t *testing.T) {
	for s, want := range map[string]bool{"0": true, "429": true, "-1": true, "+7": true, "": false, "-": false, "4x": false, "1.0": false, " 1": false} {
		if got := IsInteger(s); got != want {
			t.Errorf("IsInteger(%q) = %v, want %v", s, got, want)
		}
	}
}
