package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/internal/e2etest"
)

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID      string `json:"id"`
					HelpURI string `json:"helpUri"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []struct {
			RuleID  string `json:"ruleId"`
			Level   string `json:"level"`
			Message struct {
				Text      string   `json:"text"`
				ID        string   `json:"id"`
				Arguments []string `json:"arguments"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			Fixes               []json.RawMessage `json:"fixes"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
		} `json:"results"`
	} `json:"runs"`
}

func readSARIF(t *testing.T, name string) *sarifLog {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var l sarifLog
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatalf("%s is not a SARIF log: %v\n%s", name, err, e2etest.Clip(string(data)))
	}
	if len(l.Runs) != 1 {
		t.Fatalf("%s: %d runs, want 1", name, len(l.Runs))
	}
	return &l
}

// multitool runs scripts/sarif-multitool.sh, which installs the pinned
// @microsoft/sarif-multitool with npm on first use. When npm is needed but
// missing (the script's exit status 127), the test fails in a full run
// (make test, CI) and is skipped, saying why, elsewhere; -short (make
// check) leaves it out.
func multitool(t *testing.T, dir string, args ...string) {
	t.Helper()
	e2etest.NeedTool(t, "the SARIF Multitool (npm)")
	script := filepath.Join(e2etest.RepoRoot, "scripts", "sarif-multitool.sh")
	res, err := runOK(dir, nil, []int{127}, "bash", append([]string{script}, args...)...)
	if err != nil {
		t.Fatal(err)
	}
	if res.Code == 127 {
		e2etest.ToolMissing(t, "cannot validate errlint's SARIF: "+strings.TrimSpace(res.Stderr))
	}
}

// validate runs `sarif-multitool validate` on the log and returns the
// problems it reports, by level. The tool exits 0 whatever it finds: its
// verdict is the SARIF log it writes, where a problem of level "error" is
// an error.
func validate(t *testing.T, log string) (errs, warnings []string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "validation.sarif")
	multitool(t, filepath.Dir(log), "validate", log, "-o", out)
	v := readSARIF(t, out)
	for _, inv := range v.Runs[0].Invocations {
		if !inv.ExecutionSuccessful {
			t.Fatalf("sarif-multitool validate did not run to completion: %+v", inv.ToolExecutionNotifications)
		}
	}
	for _, r := range v.Runs[0].Results {
		line := 0
		if len(r.Locations) > 0 {
			line = r.Locations[0].PhysicalLocation.Region.StartLine
		}
		text := fmt.Sprintf("%s: line %d: %s %v", r.RuleID, line, cmpOr(r.Message.Text, r.Message.ID), r.Message.Arguments)
		if r.Level == "error" {
			errs = append(errs, text)
		} else {
			warnings = append(warnings, text)
		}
	}
	return errs, warnings
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestSARIFValidates checks errlint's SARIF for the example service with
// Microsoft's SARIF Multitool, and that it says what -json says.
func TestSARIFValidates(t *testing.T) {
	bin := e2etest.Errlint(t)
	dir := serviceCopy(t)

	res, err := run(dir, nil, bin, "-sarif", "./...")
	if err != nil {
		t.Fatal(err) // -sarif exits 0 unless errlint itself fails, as -json does
	}
	log := filepath.Join(t.TempDir(), "errlint.sarif")
	writeFile(t, log, res.Stdout)

	errs, warnings := validate(t, log)
	for _, e := range errs {
		t.Errorf("sarif-multitool validate: error: %s", e)
	}
	for _, w := range warnings {
		t.Logf("sarif-multitool validate: warning: %s", w)
	}

	l := readSARIF(t, log)
	run := l.Runs[0]
	if l.Version != "2.1.0" || run.Tool.Driver.Name != "errlint" {
		t.Errorf("version %q, driver %q; want 2.1.0, errlint", l.Version, run.Tool.Driver.Name)
	}
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
		if r.HelpURI == "" {
			t.Errorf("rule %s has no helpUri", r.ID)
		}
	}
	if !slices.Equal(ids, analyzer.Names) {
		t.Errorf("rules %v, want one per analyzer: %v", ids, analyzer.Names)
	}

	// The same findings as -json, fixes included, each with a fingerprint
	// of its own. The service is ASCII, so UTF-16 columns are byte columns.
	var got []string
	prints := map[string]string{}
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("%s: uriBaseId %q, want %%SRCROOT%%", loc.ArtifactLocation.URI, loc.ArtifactLocation.URIBaseID)
		}
		f := fmt.Sprintf("%s:%d:%d: %s: %s (fixes: %d)", loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn,
			r.RuleID, r.Message.Text, len(r.Fixes))
		got = append(got, f)
		fp := r.PartialFingerprints["errlintFingerprint/v1"]
		if fp == "" {
			t.Errorf("%s: no fingerprint", f)
		} else if prev, dup := prints[fp]; dup {
			t.Errorf("%s and %s share the fingerprint %s", prev, f, fp)
		}
		prints[fp] = f
	}
	want := e2etest.Lines(errlintFindings(t, dir), func(f finding) string {
		n := 0
		if f.Fix() != "" {
			n = 1
		}
		return fmt.Sprintf("%s:%d:%d: %s: %s (fixes: %d)", f.File, f.Line, f.Col, f.Analyzer, f.Message, n)
	})
	slices.Sort(got)
	e2etest.CompareLines(t, "errlint -json", want, "errlint -sarif", got)
	if len(got) == 0 {
		t.Error("no results for the example service")
	}
}

// TestSARIFValidatorCatchesErrors makes sure validate fails on an invalid
// log, so that TestSARIFValidates cannot pass by reading nothing.
func TestSARIFValidatorCatchesErrors(t *testing.T) {
	log := filepath.Join(t.TempDir(), "bad.sarif")
	writeFile(t, log, `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
  "results": [{"ruleId": "R", "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}`)
	errs, _ := validate(t, log)
	// A result without a message, and a line 0.
	has := func(id string) bool {
		return slices.ContainsFunc(errs, func(e string) bool { return strings.HasPrefix(e, id+":") })
	}
	if !has("JSON1002") || !has("JSON1008") {
		t.Errorf("sarif-multitool validate found errors %v in an invalid log, want JSON1002 and JSON1008", errs)
	}
}
