package acceptance

import (
	"reflect"
	"testing"
)

// The harness's own parsing, so that a broken harness cannot pass silently.
func TestSplitLiterals(t *testing.T) {
	got := splitLiterals(t, "x.go", 1, "`raw \\d` \"quoted \\\"q\\\"\"  `two`")
	want := []string{`raw \d`, `quoted "q"`, "two"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("splitLiterals = %q, want %q", got, want)
	}
}
