package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/errlint/errlint/analyzer"
)

var update = flag.Bool("update", false, "rewrite testdata/sarif.golden")

// TestSARIFGolden runs errlint -sarif on the module in testdata/sarif
// (one finding of each analyzer, fixes, and a line with non-ASCII text
// before a finding) and compares the log with testdata/sarif.golden. The
// module's directory, errlint's version and the analyzers' documentation
// (checked here against each analyzer's Doc) are placeholders there, so
// that editing a doc.go does not touch the golden.
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
	if r.Code != 0 {
		t.Fatalf("-sarif exits 0 unless errlint fails:\n%s", r)
	}
	var log map[string]any
	if err := json.Unmarshal([]byte(r.Stdout), &log); err != nil {
		t.Fatalf("not JSON (%v):\n%s", err, r.Stdout)
	}
	runs, _ := log["runs"].([]any)
	if len(runs) != 1 {
		t.Fatalf("want one run:\n%s", r.Stdout)
	}
	run := runs[0].(map[string]any)
	base := run["originalUriBaseIds"].(map[string]any)["%SRCROOT%"].(map[string]any)
	if want := "file://" + filepath.ToSlash(dir) + "/"; base["uri"] != want {
		t.Errorf("%%SRCROOT%% is %v, want %s", base["uri"], want)
	}
	base["uri"] = "file:///SRCROOT/"
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	driver["version"] = "VERSION"
	docs := map[string]*analysis.Analyzer{}
	for _, a := range analyzer.New(analyzer.Options{}) {
		docs[a.Name] = a
	}
	for _, rule := range driver["rules"].([]any) {
		rule := rule.(map[string]any)
		id, _ := rule["id"].(string)
		a := docs[id]
		if a == nil {
			t.Errorf("rule %q is no analyzer", id)
			continue
		}
		first, _, _ := strings.Cut(a.Doc, "\n")
		if short := rule["shortDescription"].(map[string]any)["text"]; short != first || rule["helpUri"] != a.URL {
			t.Errorf("rule %s: shortDescription %q, helpUri %v; want the first line of its Doc, %q, and %s", id, short, rule["helpUri"], first, a.URL)
		}
		full := rule["fullDescription"].(map[string]any)
		help := rule["help"].(map[string]any)
		if full["text"] != a.Doc || help["text"] != a.Doc+"\n\n"+a.URL {
			t.Errorf("rule %s: fullDescription %q, help %q; want the analyzer's Doc (and URL)", id, full["text"], help["text"])
		}
		full["text"], help["text"] = "DOC("+id+")", "DOC("+id+") URL"
	}
	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got := string(data) + "\n"

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

// TestSARIFErrors: a package that does not type-check makes errlint exit 1,
// as with -json, and the log says so in its invocation.
func TestSARIFErrors(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/broken\n\ngo 1.22\n",
		"x.go":   "package x\n\nfunc F() int { return \"a\" }\n",
	})
	r := errlint(t, dir, "-sarif", "./...")
	if r.Code != 1 {
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
	if err := json.Unmarshal([]byte(r.Stdout), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("want a SARIF log with one run and one invocation (%v):\n%s", err, r.Stdout)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notes) != 1 || inv.Notes[0].Level != "error" ||
		!strings.Contains(inv.Notes[0].Message.Text, "x.go:3:23: cannot use") {
		t.Errorf("invocation %+v, want one error notification naming x.go:3:23", inv)
	}
	if n := len(log.Runs[0].Results); n != 0 {
		t.Errorf("%d results, want none", n)
	}
	if r := errlint(t, dir, "-sarif", "-json", "./..."); r.Code != 2 {
		t.Errorf("-sarif -json: want exit 2:\n%s", r)
	}
}

// sarifResults runs errlint -sarif in dir and returns, for each result,
// "ruleId: message" → its fingerprint and its start line.
func sarifResults(t *testing.T, dir string) (prints map[string]string, lines map[string]int) {
	t.Helper()
	r := errlint(t, dir, "-sarif", "./...")
	if r.Code != 0 {
		t.Fatalf("want exit 0:\n%s", r)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.Stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("not a SARIF log with one run (%v):\n%s", err, r.Stdout)
	}
	prints, lines = map[string]string{}, map[string]int{}
	for _, res := range log.Runs[0].Results {
		k := res.RuleID + ": " + res.Message.Text
		if _, dup := prints[k]; dup {
			t.Fatalf("two results %q: the test needs them distinct", k)
		}
		prints[k] = res.PartialFingerprints["errlintFingerprint/v1"]
		lines[k] = res.Locations[0].PhysicalLocation.Region.StartLine
	}
	return prints, lines
}

// TestSARIFFingerprintsSurviveMoves: inserting a function and comments
// above the handlers moves every finding down and keeps every fingerprint.
func TestSARIFFingerprintsSurviveMoves(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/sarif")); err != nil {
		t.Fatal(err)
	}
	before, beforeLines := sarifResults(t, dir)
	if len(before) < 3 {
		t.Fatalf("only %d results", len(before))
	}
	file := filepath.Join(dir, "api", "api.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.Replace(string(src), "// Limited sends", `// Health answers probes; it was added above the handlers.
func Health(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// Limited sends`, 1)
	if moved == string(src) {
		t.Fatal("testdata/sarif/api/api.go has no Limited handler to move")
	}
	write(t, file, moved)
	after, afterLines := sarifResults(t, dir)
	for k, p := range before {
		if after[k] != p {
			t.Errorf("%s: fingerprint %s before the move, %q after", k, p, after[k])
		}
		if afterLines[k] != beforeLines[k]+5 {
			t.Errorf("%s: line %d before, %d after; want it 5 lines down", k, beforeLines[k], afterLines[k])
		}
	}
	if len(after) != len(before) {
		t.Errorf("%d results before, %d after", len(before), len(after))
	}
}
