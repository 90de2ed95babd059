package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/sarif.golden")

// TestSARIFGolden runs errlint -sarif on the module in testdata/sarif
// (one finding of each analyzer, fixes, and a line with non-ASCII text
// before a finding) and compares the log with testdata/sarif.golden, the
// module's directory and errlint's version written as placeholders.
func TestSARIFGolden(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	dir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, os.DirFS("testdata/sarif")); err != nil {
		t.Fatal(err)
	}
	r := errlint(t, dir, "-sarif", "./...")
	if r.code != 0 {
		t.Fatalf("-sarif exits 0 unless errlint fails:\n%s", r)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version string `json:"version"`
				} `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("not a SARIF log with one run (%v):\n%s", err, r.stdout)
	}
	got := strings.ReplaceAll(r.stdout, `"file://`+filepath.ToSlash(dir)+`/"`, `"file:///SRCROOT/"`)
	version := regexp.QuoteMeta(`"version": ` + string(mustJSON(t, log.Runs[0].Tool.Driver.Version)))
	got = regexp.MustCompile(`(?m)^(\s*)`+version+`(,?)$`).ReplaceAllString(got, `${1}"version": "VERSION"$2`)

	const golden = "testdata/sarif.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestSARIFGolden -update)", err)
	}
	if got != string(want) {
		t.Errorf("errlint -sarif differs from %s (go test -run TestSARIFGolden -update rewrites it):\n%s", golden, got)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSARIFErrors: a package that does not type-check makes errlint exit 1,
// as with -json, and the log says so in its invocation.
func TestSARIFErrors(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/broken\n\ngo 1.22\n",
		"x.go":   "package x\n\nfunc F() int { return \"a\" }\n",
	})
	r := errlint(t, dir, "-sarif", "./...")
	if r.code != 1 {
		t.Fatalf("want exit 1:\n%s", r)
	}
	var log struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
				Notes               []struct {
					Level   string `json:"level"`
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("want a SARIF log with one run and one invocation (%v):\n%s", err, r.stdout)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notes) != 1 || inv.Notes[0].Level != "error" ||
		!strings.Contains(inv.Notes[0].Message.Text, "x.go:3:23: cannot use") {
		t.Errorf("invocation %+v, want one error notification naming x.go:3:23", inv)
	}
	if n := len(log.Runs[0].Results); n != 0 {
		t.Errorf("%d results, want none", n)
	}
	if r := errlint(t, dir, "-sarif", "-json", "./..."); r.code != 2 {
		t.Errorf("-sarif -json: want exit 2:\n%s", r)
	}
}
