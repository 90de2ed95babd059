package catalog

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBoundGood reads bound names from a snapshot-shaped file and writes
// them back in JSON and YAML, unchanged.
func TestBoundGood(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "good", "bound.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("bound.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"github.com/example/registry/errcode.ErrorCodeBlobUnknown", "github.com/example/registry/v2.ErrBlobUnknown"},
		{"github.com/example/registry/errcode.ErrorCodeDenied"},
		nil,
	}
	for i, e := range c.Entries {
		if !slices.Equal(e.Bound, want[i]) {
			t.Errorf("entry %s: bound %q, want %q", e.Code, e.Bound, want[i])
		}
	}
	if !c.HasBound() {
		t.Error("HasBound is false")
	}
	for _, format := range []string{"json", "yaml"} {
		var buf bytes.Buffer
		write := c.WriteJSON
		if format == "yaml" {
			write = c.WriteYAML
		}
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := Parse("out."+format, buf.Bytes())
		if err != nil {
			t.Fatalf("%s: %v\n%s", format, err, buf.String())
		}
		if !c.Equal(back) {
			t.Errorf("%s round trip changed the catalog:\n%s", format, buf.String())
		}
		if !strings.Contains(buf.String(), `"github.com/example/registry/v2.ErrBlobUnknown"`) {
			t.Errorf("%s output lacks a bound name:\n%s", format, buf.String())
		}
	}
	// Bound names take part in equality (a snapshot check compares them).
	d := *c
	d.Entries = slices.Clone(c.Entries)
	d.Entries[1].Bound = nil
	if c.Equal(&d) {
		t.Error("catalogs differing in bound names are equal")
	}
}

func TestIsValidBoundName(t *testing.T) {
	for name, want := range map[string]bool{
		"example.com/x.ErrA":            true,
		"github.com/a/b/v2.ErrorCode_1": true,
		"x.Y":                           true,
		"example.com/x.ÄrgerError":      true,
		"ErrA":                          false,
		"":                              false,
		".ErrA":                         false,
		"example.com/x.":                false,
		"example.com/x.1A":              false,
		"example.com/x.Err A":           false,
		"(*example.com/x.T).M":          false,
		"example.com//x.A":              false,
		"example.com/x/.A":              false,
		"example.com/x.A\xff":           false,
		"example.com/x.A-B":             false,
		"example.com/x y.A":             false,
	} {
		if got := IsValidBoundName(name); got != want {
			t.Errorf("IsValidBoundName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestMergeBound keeps every bound name of a code seen in several catalogs.
func TestMergeBound(t *testing.T) {
	a, _ := New("a", []Entry{{Code: "X", Statuses: []int{404}, Bound: []string{"p.ErrX"}}})
	b, _ := New("b", []Entry{{Code: "X", Statuses: []int{410}, Bound: []string{"q.ErrX", "p.ErrX"}}})
	m := Merge(a, b)
	if got := m.Entries[0].Bound; !slices.Equal(got, []string{"p.ErrX", "q.ErrX"}) {
		t.Errorf("merged bound = %q", got)
	}
	if a.Entries[0].Bound[0] != "p.ErrX" || len(a.Entries[0].Bound) != 1 {
		t.Error("Merge modified its input")
	}
}

// TestNewBound refuses bad bound names in entries built in Go.
func TestNewBound(t *testing.T) {
	_, err := New("src", []Entry{
		{Code: "A", Statuses: []int{400}, Bound: []string{"ErrA"}, Line: 3},
		{Code: "B", Statuses: []int{400}, Bound: []string{"p.ErrB", "p.ErrB"}, Line: 4},
	})
	want := `src:3: bad bound name "ErrA": want the full name of a Go identifier, like "example.com/pkg.ErrNotFound"` + "\n" +
		`src:4: bound name "p.ErrB" listed twice`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
