package catalog

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestParseJSONGood(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "good", "multi.json"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("multi.json", data)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Code: "RATE_LIMITED", Statuses: []int{429}, Domain: "common", Retryable: true, Message: "Rate limit exceeded.", Line: 3},
		{Code: "ACCESS_DENIED", Statuses: []int{403, 400}, Message: "Access <denied> & \"refused\" | no.", Line: 10},
		{Code: "NoSuchBucket", Statuses: []int{404}, Line: 11},
		{Code: "blob.unknown-2", Statuses: []int{404}, Message: "line one\nline two ’", Line: 12},
	}
	if c.Source != "multi.json" {
		t.Errorf("Source = %q", c.Source)
	}
	if len(c.Entries) != len(want) {
		t.Fatalf("%d entries", len(c.Entries))
	}
	for i := range want {
		g, w := c.Entries[i], want[i]
		if g.Code != w.Code || !slices.Equal(g.Statuses, w.Statuses) || g.Domain != w.Domain ||
			g.Retryable != w.Retryable || g.Message != w.Message || g.Line != w.Line {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
	assertRoundTrip(t, c)
}

// assertRoundTrip checks that WriteJSON's output parses to an equal catalog.
func assertRoundTrip(t *testing.T, c *Catalog) {
	t.Helper()
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Parse("out.json", buf.Bytes())
	if err != nil {
		t.Fatalf("WriteJSON output does not parse: %v\n%s", err, buf.String())
	}
	if !c.Equal(back) {
		t.Fatalf("round trip changed the catalog:\n%s", buf.String())
	}
}

func TestParseExtensions(t *testing.T) {
	for _, name := range []string{"a.JSON", "dir.v2/cat.Json"} {
		if _, err := Parse(name, defaultJSON); err != nil {
			t.Errorf("Parse(%q): %v", name, err)
		}
	}
	_, err := Parse("catalog", defaultJSON)
	if err == nil || err.Error() != `catalog: unsupported catalog extension "" (use .json, .yaml, .yml or .md)` {
		t.Errorf("no extension: %v", err)
	}
	bom := append([]byte("\uFEFF"), defaultJSON...)
	if _, err := Parse("bom.json", bom); err != nil {
		t.Errorf("byte order mark: %v", err)
	}
}

func TestLoadCache(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cat.json")
	write := func(s string, mtime time.Time) {
		t.Helper()
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	t0 := time.Now().Add(-time.Hour).Truncate(time.Second)
	write(`{"codes": [{"code": "A", "status": 400}]}`, t0)

	c1, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c1.Source != path {
		t.Errorf("Source = %q, want %q", c1.Source, path)
	}
	c2, err := Load(path)
	if err != nil || c2 != c1 {
		t.Errorf("second Load: %p %v, want the cached %p", c2, err, c1)
	}
	// Relative spelling of the same file hits the same cache entry.
	wd, _ := os.Getwd()
	if rel, err := filepath.Rel(wd, path); err == nil {
		if c3, err := Load(rel); err != nil || c3 != c1 {
			t.Errorf("Load(%q) = %p, %v", rel, c3, err)
		}
	}

	// A change of content (size and mtime) is seen.
	write(`{"codes": [{"code": "B", "status": 400}, {"code": "B", "status": 401}]}`, t0.Add(time.Second))
	_, err1 := Load(path)
	_, err2 := Load(path)
	want := path + `:1: duplicate code "B" (first on line 1)`
	if err1 == nil || err1.Error() != want {
		t.Errorf("after change: %v, want %s", err1, want)
	}
	if err2 == nil || err2.Error() != err1.Error() {
		t.Errorf("cached error: %v", err2)
	}

	// Same size, new mtime.
	write(`{"codes": [{"code": "C", "status": 400}, {"code": "D", "status": 401}]}`, t0.Add(2*time.Second))
	c4, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c4.Lookup("D"); !ok {
		t.Error("new content not seen")
	}

	// Concurrent loads agree.
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c, err := Load(path); err != nil || c != c4 {
				t.Errorf("concurrent Load: %p %v", c, err)
			}
		}()
	}
	wg.Wait()
}

func TestLoadUnreadable(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.json")
	_, err := Load(missing)
	if err == nil || err.Error() != missing+": cannot read catalog: no such file or directory" {
		t.Errorf("missing file: %v", err)
	}
	_, err = Load(dir)
	if err == nil || !strings.HasSuffix(err.Error(), ": cannot read catalog: is a directory") {
		t.Errorf("directory: %v", err)
	}
	if os.Getuid() != 0 {
		locked := filepath.Join(dir, "locked.json")
		if err := os.WriteFile(locked, defaultJSON, 0o000); err != nil {
			t.Fatal(err)
		}
		_, err = Load(locked)
		if err == nil || err.Error() != locked+": cannot read catalog: permission denied" {
			t.Errorf("unreadable file: %v", err)
		}
	}
	empty := filepath.Join(dir, "empty.yaml")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(empty); err == nil || err.Error() != empty+": empty file" {
		t.Errorf("empty file: %v", err)
	}
}

// TestGoodFormatsAgree parses the same catalog written in every format.
func TestGoodFormatsAgree(t *testing.T) {
	read := func(name string) *Catalog {
		t.Helper()
		data, err := os.ReadFile(filepath.Join("testdata", "good", name))
		if err != nil {
			t.Fatal(err)
		}
		c, err := Parse(name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return c
	}
	js, ya, md := read("multi.json"), read("multi.yaml"), read("multi.md")
	if !js.Equal(ya) {
		t.Errorf("multi.yaml differs from multi.json:\n%+v\n%+v", ya.Entries, js.Entries)
	}
	// Markdown cannot hold a line break in a cell.
	jsOneLine := *js
	jsOneLine.Entries = slices.Clone(js.Entries)
	jsOneLine.Entries[3].Message = strings.ReplaceAll(jsOneLine.Entries[3].Message, "\n", " ")
	if !jsOneLine.Equal(md) {
		t.Errorf("multi.md differs from multi.json:\n%+v\n%+v", md.Entries, jsOneLine.Entries)
	}
	wantLines := map[string][]int{"yaml": {3, 9, 10, 13}, "md": {7, 8, 18, 19}}
	for format, c := range map[string]*Catalog{"yaml": ya, "md": md} {
		var got []int
		for _, e := range c.Entries {
			got = append(got, e.Line)
		}
		if !slices.Equal(got, wantLines[format]) {
			t.Errorf("%s lines = %v, want %v", format, got, wantLines[format])
		}
		assertRoundTrip(t, c)
	}
}

// TestMarkdownRoundTrip writes catalogs as Markdown and reads them back.
func TestMarkdownRoundTrip(t *testing.T) {
	tricky, err := New("tricky", []Entry{
		{Code: "_x_", Statuses: []int{400}, Domain: "a|b", Message: `*not emphasis* \ back <tag> &amp; [link](x) ~~s~~ ` + "`code`"},
		{Code: "Y", Statuses: []int{403, 400}, Retryable: true, Message: "snake_case_word and _under_"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*Catalog{Default(), tricky} {
		var buf bytes.Buffer
		if err := c.WriteMarkdown(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := Parse("out.md", buf.Bytes())
		if err != nil {
			t.Fatalf("%v\n%s", err, buf.String())
		}
		if !c.Equal(back) {
			t.Errorf("markdown round trip of %s:\n%s\ngot  %+v\nwant %+v", c.Source, buf.String(), back.Entries, c.Entries)
		}
	}
}
