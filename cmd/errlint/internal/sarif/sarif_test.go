package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A handler package before and after an unrelated change above Missing: a
// new function and comment lines move it down.
const before = `package api

import "net/http"

func Missing(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
	if r == nil {
		w.WriteHeader(404)
	}
}

type T struct{}

func (*T) Gone(w http.ResponseWriter) { w.WriteHeader(404) }
`

const after = `package api

import "net/http"

// Health answers probes.
// It was added above Missing.
func Health(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

func Missing(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
	if r == nil {
		w.WriteHeader( 404 )
	}
}

type T struct{}

func (*T) Gone(w http.ResponseWriter) { w.WriteHeader(404) }
`

const (
	noCode = "error status 404 sent without an error code"
	raw    = "raw status 404; use http.StatusNotFound"
)

// findingsAt reports rawstatus's two findings on every "404" of src: two
// findings on one expression, three expressions of which two have equal
// keys (same function, same text).
func findingsAt(file, src string) []Finding {
	var out []Finding
	for off := 0; ; {
		i := strings.Index(src[off:], "404")
		if i < 0 {
			return out
		}
		start := off + i
		for _, msg := range []string{noCode, raw} {
			f := Finding{Rule: "rawstatus", Message: msg, File: file, Start: start, End: start + 3}
			if msg == raw {
				f.Fix = &Fix{Description: "Use http.StatusNotFound", Edits: []Edit{{File: file, Start: start, End: start + 3, New: "http.StatusNotFound"}}}
			}
			out = append(out, f)
		}
		off = start + 3
	}
}

// logOf writes src as root/api/api.go and returns the parsed SARIF log of
// its findings.
func logOf(t *testing.T, root, src string) *sarifLog {
	t.Helper()
	file := filepath.Join(root, "api", "api.go")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	l := &Log{
		Tool:     Tool{Name: "errlint", Version: "1.0.0", InformationURI: "https://example.com/errlint"},
		Rules:    []Rule{{ID: "rawstatus", Doc: "report raw statuses\n\nMore text.", HelpURI: "https://example.com/rawstatus"}},
		Findings: findingsAt(file, src),
		Root:     root,
		ReadFile: os.ReadFile,
	}
	var buf bytes.Buffer
	if err := l.Write(&buf); err != nil {
		t.Fatal(err)
	}
	var r sarifLog
	if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	return &r
}

func fingerprintsOf(t *testing.T, r *sarifLog) []string {
	t.Helper()
	var out []string
	for _, res := range r.Runs[0].Results {
		out = append(out, res.PartialFingerprints[FingerprintKey])
	}
	return out
}

func TestFingerprintsSurviveMoves(t *testing.T) {
	root := t.TempDir()
	r1 := logOf(t, root, before)
	p1 := fingerprintsOf(t, r1)
	p2 := fingerprintsOf(t, logOf(t, root, after))
	if len(p1) != 6 || len(p2) != 6 {
		t.Fatalf("got %d and %d results, want 6 each", len(p1), len(p2))
	}
	seen := map[string]int{}
	for i := range p1 {
		if p1[i] == "" {
			t.Fatalf("result %d has no fingerprint", i)
		}
		if p1[i] != p2[i] {
			t.Errorf("result %d (%s): fingerprint %s before the move, %s after", i, r1.Runs[0].Results[i].Message.Text, p1[i], p2[i])
		}
		if j, dup := seen[p1[i]]; dup {
			t.Errorf("results %d and %d share the fingerprint %s", j, i, p1[i])
		}
		seen[p1[i]] = i
	}
	// The line did move: the test is not comparing equal regions.
	l1 := r1.Runs[0].Results[0].Locations[0].PhysicalLocation.Region.StartLine
	if l1 != 6 {
		t.Errorf("first finding on line %d, want 6", l1)
	}

	// A finding moved into another function is another finding.
	moved := strings.Replace(before, "func (*T) Gone(w http.ResponseWriter) { w.WriteHeader(404) }",
		"func (*T) Lost(w http.ResponseWriter) { w.WriteHeader(404) }", 1)
	if p3 := fingerprintsOf(t, logOf(t, root, moved)); p3[4] == p1[4] {
		t.Errorf("renaming the enclosing method kept the fingerprint %s", p3[4])
	}
}

func TestRegionsCountUTF16(t *testing.T) {
	root := t.TempDir()
	// "é" is 2 bytes and 1 UTF-16 unit; "🙂" 4 bytes and 2 units.
	src := "package api\n\nimport \"net/http\"\n\nfunc F(w http.ResponseWriter) {\n\thttp.Error(w, \"déjà 🙂\", 404)\n}\n"
	r := logOf(t, root, src)
	res := r.Runs[0].Results[0]
	reg := res.Locations[0].PhysicalLocation.Region
	// \t http.Error(w, "déjà 🙂", = 1+14+1+4+1+2+1+1 = 25 units before 404.
	if got := fmt.Sprintf("%d:%d-%d:%d", reg.StartLine, reg.StartColumn, reg.EndLine, reg.EndColumn); got != "6:27-6:30" {
		t.Errorf("region %s, want 6:27-6:30", got)
	}
	if got := r.Runs[0].ColumnKind; got != "utf16CodeUnits" {
		t.Errorf("columnKind %q", got)
	}
	fix := r.Runs[0].Results[1].Fixes[0]
	del := fix.ArtifactChanges[0].Replacements[0].DeletedRegion
	start := strings.Index(src, "404")
	if del.ByteOffset == nil || del.ByteLength == nil || *del.ByteOffset != start || *del.ByteLength != 3 || del.StartColumn != 27 {
		t.Errorf("deleted region %+v, want byte %d+3 col 27", del, start)
	}
	loc := res.Locations[0].PhysicalLocation.ArtifactLocation
	if loc.URI != "api/api.go" || loc.URIBaseID != SrcRoot {
		t.Errorf("artifact %s under %s, want api/api.go under %s", loc.URI, loc.URIBaseID, SrcRoot)
	}
	base := r.Runs[0].OriginalURIBaseIDs[SrcRoot]
	if want := "file://" + filepath.ToSlash(root) + "/"; base.URI != want {
		t.Errorf("%s is %s, want %s", SrcRoot, base.URI, want)
	}
}

func TestLineCol(t *testing.T) {
	src := &source{data: []byte("ab\r\né🙂x\n\xffy")}
	for _, c := range []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {4, 2, 1}, {6, 2, 2}, {10, 2, 4}, {11, 2, 5}, {12, 3, 1}, {13, 3, 2},
	} {
		if l, col := src.lineCol(c.off); l != c.line || col != c.col {
			t.Errorf("offset %d: %d:%d, want %d:%d", c.off, l, col, c.line, c.col)
		}
	}
}

func TestOutsideRoot(t *testing.T) {
	root, other := t.TempDir(), t.TempDir()
	l := &Log{Root: root}
	if rel, ok := l.relative(filepath.Join(root, "a", "b.go")); !ok || rel != "a/b.go" {
		t.Errorf("relative = %q, %v", rel, ok)
	}
	if _, ok := l.relative(filepath.Join(other, "b.go")); ok {
		t.Errorf("%s counted as below %s", other, root)
	}
	for in, want := range map[string]string{
		"a b/ü.go":   "a%20b/%C3%BC.go",
		"c:d/e.go":   "./c:d/e.go",
		"api/x:y.go": "api/x:y.go",
	} {
		if got := pathURI(in); got != want {
			t.Errorf("pathURI(%q) = %s, want %s", in, got, want)
		}
	}
}
