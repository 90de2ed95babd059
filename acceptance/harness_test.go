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

func TestApplyEdits(t *testing.T) {
	src := []byte("w.WriteHeader(201)\nc.JSON(500, x)\n")
	out, err := applyEdits(src, []edit{
		{Start: 26, End: 29, New: "http.StatusInternalServerError"},
		{Start: 14, End: 17, New: "http.StatusCreated"},
		{Start: 14, End: 17, New: "http.StatusCreated"}, // merged duplicate
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "w.WriteHeader(http.StatusCreated)\nc.JSON(http.StatusInternalServerError, x)\n"; string(out) != want {
		t.Errorf("applyEdits = %q, want %q", out, want)
	}
	if _, err := applyEdits(src, []edit{{Start: 14, End: 17, New: "a"}, {Start: 15, End: 16, New: "b"}}); err == nil {
		t.Error("overlapping edits: no error")
	}
}
