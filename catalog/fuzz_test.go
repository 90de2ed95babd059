package catalog

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addSeeds adds every testdata catalog whose name ends in ext to f's corpus.
// The 40-entry default is left out on purpose: the fuzzer spends its time
// minimizing inputs that large.
func addSeeds(f *testing.F, ext string) {
	f.Helper()
	for _, dir := range []string{"good", "bad"} {
		paths, err := filepath.Glob(filepath.Join("testdata", dir, "*"+ext))
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

// fuzzParse checks that Parse never panics and that every accepted catalog
// is valid and survives WriteJSON → Parse unchanged.
func fuzzParse(t *testing.T, name string, data []byte) {
	c, err := Parse(name, data)
	if err != nil {
		if c != nil {
			t.Fatal("a catalog and an error")
		}
		if _, ok := err.(ErrorList); !ok {
			t.Fatalf("error %T", err)
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, name+":") {
				t.Fatalf("error line %q does not name the file", line)
			}
		}
		return
	}
	if len(c.Entries) == 0 {
		t.Fatal("accepted an empty catalog")
	}
	for _, e := range c.Entries {
		if !IsValidCode(e.Code) || len(e.Statuses) == 0 {
			t.Fatalf("accepted entry %+v", e)
		}
		for _, s := range e.Statuses {
			if s < 100 || s > 599 {
				t.Fatalf("accepted status %d", s)
			}
		}
		if got, ok := c.Lookup(e.Code); !ok || got.Code != e.Code {
			t.Fatalf("Lookup(%q) fails", e.Code)
		}
	}
	assertRoundTrip(t, c)
	var y bytes.Buffer
	if err := c.WriteYAML(&y); err != nil {
		t.Fatal(err)
	}
	if back, err := Parse("out.yaml", y.Bytes()); err != nil || !c.Equal(back) {
		t.Fatalf("WriteYAML output does not read back the same (%v):\n%s", err, y.String())
	}
	// Nothing else may panic on an accepted catalog either.
	c.Check()
	c.Nearest(c.Entries[0].Code+"x", c.Entries[0].Statuses[0])
	if err := c.WriteMarkdown(io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := c.WriteText(io.Discard); err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	_ = c.WriteMarkdown(&md)
	if _, err := Parse("out.md", md.Bytes()); err != nil && !hasUnwritableMarkdown(c) {
		t.Fatalf("WriteMarkdown output does not parse: %v\n%s", err, md.String())
	}
}

// hasUnwritableMarkdown reports whether some cell of c cannot be written in
// a Markdown table as it is (a cell is one line, trimmed).
func hasUnwritableMarkdown(c *Catalog) bool {
	for _, e := range c.Entries {
		for _, s := range []string{e.Code, e.Domain, e.Message} {
			if strings.ContainsAny(s, "\n\r") || strings.TrimSpace(s) != s {
				return true
			}
		}
	}
	return false
}

func FuzzParseJSON(f *testing.F) {
	addSeeds(f, ".json")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "f.json", data) })
}

func FuzzParseYAML(f *testing.F) {
	addSeeds(f, ".yaml")
	addSeeds(f, ".yml")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "f.yaml", data) })
}

func FuzzParseMarkdown(f *testing.F) {
	addSeeds(f, ".md")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "f.md", data) })
}
