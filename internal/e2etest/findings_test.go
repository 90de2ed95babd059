package e2etest

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/errlint/errlint/internal/edit"
)

// The harness's own parsing, so that a broken harness cannot pass silently.
func TestParseJSON(t *testing.T) {
	dir := t.TempDir()
	out := `{
  "example.com/m/api": {
    "rawstatus": [
      {"posn": "` + dir + `/api/api.go:19:16", "message": "raw status 201",
       "suggested_fixes": [{"message": "Use http.StatusCreated",
         "edits": [{"filename": "` + dir + `/api/api.go", "start": 10, "end": 13, "new": "http.StatusCreated"}]}]}
    ],
    "unknowncode": [{"posn": "` + dir + `/api/a.go:3:4", "message": "unknown"}]
  },
  "example.com/m/api [example.com/m/api.test]": {
    "unknowncode": [{"posn": "` + dir + `/api/a.go:3:4", "message": "unknown"}]
  }
}`
	got, err := ParseJSON(dir, []byte(out))
	if err != nil {
		t.Fatal(err)
	}
	want := []Finding{
		{File: "api/a.go", Line: 3, Col: 4, Analyzer: "unknowncode", Message: "unknown"},
		{File: "api/api.go", Line: 19, Col: 16, Analyzer: "rawstatus", Message: "raw status 201",
			Fixes: []Fix{{Message: "Use http.StatusCreated", Edits: []FileEdit{{dir + "/api/api.go", edit.Edit{Start: 10, End: 13, New: "http.StatusCreated"}}}}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseJSON:\n got %+v\nwant %+v", got, want)
	}
	if got[1].String() != "api/api.go:19:16: rawstatus: raw status 201" || got[1].WithoutAnalyzer() != "api/api.go:19:16: raw status 201" ||
		got[1].Fix() != "Use http.StatusCreated" || got[0].Fix() != "" {
		t.Errorf("String, WithoutAnalyzer or Fix: %q %q %q", got[1], got[1].WithoutAnalyzer(), got[1].Fix())
	}

	for _, bad := range []string{
		`not json`,
		`{"p": {"rawstatus": {"error": "boom"}}}`,
		`{"p": {"rawstatus": [{"posn": "nowhere", "message": "m"}]}}`,
		`{"p": {"rawstatus": [{"posn": "/elsewhere/x.go:1:1", "message": "m"}]}}`,
	} {
		if fs, err := ParseJSON(dir, []byte(bad)); err == nil {
			t.Errorf("ParseJSON(%s) = %v, no error", bad, fs)
		}
	}
}

func TestRel(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.go"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ dir, name, want string }{
		{dir, filepath.Join(dir, "p", "a.go"), "p/a.go"},
		{dir, "./p/a.go", "p/a.go"},
		{link, filepath.Join(dir, "a.go"), "a.go"}, // through the link
		{dir, filepath.Join(link, "a.go"), "a.go"},
		{dir, filepath.Dir(dir), ""},
		{dir, filepath.Join(dir, "..", "other.go"), ""},
		{dir, dir + "x/a.go", ""},
	} {
		got, err := Rel(tc.dir, tc.name)
		if tc.want == "" && err == nil || tc.want != "" && (err != nil || got != tc.want) {
			t.Errorf("Rel(%s, %s) = %q, %v; want %q", tc.dir, tc.name, got, err, tc.want)
		}
	}
}

func TestDifference(t *testing.T) {
	missing, extra := Difference([]string{"a", "b", "b", "c"}, []string{"c", "b", "d", "d"})
	if !reflect.DeepEqual(missing, []string{"a", "b"}) || !reflect.DeepEqual(extra, []string{"d", "d"}) {
		t.Errorf("Difference = %q, %q", missing, extra)
	}
}

func TestRun(t *testing.T) {
	res, err := Run(t.TempDir(), []string{"E2ETEST_X=42"}, "sh", "-c", `echo "$E2ETEST_X"; echo err >&2; exit 3`)
	if err != nil {
		t.Fatal(err)
	}
	if res.Stdout != "42\n" || res.Stderr != "err\n" || res.Code != 3 {
		t.Errorf("Run = %+v", res)
	}
	if res.Check(3) != nil || res.Check(1) == nil || res.Check() == nil {
		t.Errorf("Check: exit 3 is fine only when allowed")
	}
	if _, err := Run(t.TempDir(), nil, "/no/such/command"); err == nil {
		t.Error("a command that cannot start: no error")
	}
}

func TestAddSources(t *testing.T) {
	dir := t.TempDir()
	if err := AddSources(dir); err != nil {
		t.Errorf("a module without %s: %v", SourcesFile, err)
	}
	if err := os.WriteFile(filepath.Join(dir, SourcesFile), []byte("# the handlers\nframeworks/huma\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !HasSources(dir) {
		t.Errorf("HasSources = false with %s", SourcesFile)
	}
	if err := AddSources(dir); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(RepoRoot, "testdata", "src", "frameworks", "huma", "huma.go"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(filepath.Join(dir, "huma", "huma.go")); err != nil || string(got) != string(want) {
		t.Errorf("huma/huma.go not copied: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "huma", "huma.go.golden")); err == nil {
		t.Error("the golden file was copied")
	}
	if err := AddSources(dir); err == nil {
		t.Error("a file already in the module: no error")
	}
	if err := os.WriteFile(filepath.Join(dir, SourcesFile), []byte("frameworks/nosuch\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := AddSources(dir); err == nil {
		t.Error("a missing package: no error")
	}
}
