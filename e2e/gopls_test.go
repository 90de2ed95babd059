package e2e

import (
	"encoding/json"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
)

// goplsService prepares a copy of the example service whose .errlint.yaml
// names a catalog that differs from the embedded default: the catalog codes
// the service's sources spell as literals are left out. It returns the
// copy, errlint's findings with that configuration, and errlint's findings
// with the default catalog (which gopls must not report until the catalog
// file becomes the default one).
func goplsService(t *testing.T) (dir string, want, stale []finding) {
	t.Helper()
	dir = serviceCopy(t)
	defPath := filepath.Join(e2etest.RepoRoot, "catalog", "default.json")
	data, err := os.ReadFile(defPath)
	if err != nil {
		t.Fatal(err)
	}
	var cat struct {
		Codes []map[string]any `json:"codes"`
	}
	if err := json.Unmarshal(data, &cat); err != nil {
		t.Fatalf("%s: %v", defPath, err)
	}
	var src strings.Builder
	for _, name := range goFiles(t, dir) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		src.Write(b)
	}
	var kept []map[string]any
	var dropped []string
	for _, e := range cat.Codes {
		code, _ := e["code"].(string)
		if strings.Contains(src.String(), strconv.Quote(code)) {
			dropped = append(dropped, code)
			continue
		}
		kept = append(kept, e)
	}
	if len(dropped) == 0 {
		t.Fatal("the example service spells no catalog code as a literal")
	}
	cat.Codes = kept
	data, err = json.MarshalIndent(cat, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "errors.json"), string(data))
	writeFile(t, filepath.Join(dir, ".errlint.yaml"), "# the catalog without "+strings.Join(dropped, ", ")+"\ncatalog: errors.json\n")

	want = errlintFindings(t, dir)
	stale = errlintFindings(t, dir, "-catalog", defPath)
	if slices.Equal(e2etest.Lines(want, finding.String), e2etest.Lines(stale, finding.String)) {
		t.Fatalf("errlint reports the same findings with %s/.errlint.yaml and with the default catalog: the test cannot tell which one gopls uses", dir)
	}
	return dir, want, stale
}

// goplsDiagRE matches a line of `gopls check`: "file:line:col[-...]: message".
var goplsDiagRE = regexp.MustCompile(`^(.+?):(\d+):(\d+)(?:-\d+(?::\d+)?)?: (.*)$`)

// goplsNameRE splits the " [NAME]" gopls-errlint check appends to the
// message of an errlint finding.
var goplsNameRE = regexp.MustCompile(`^(.*) \[([a-z]+)\]$`)

// goplsCheck runs `gopls-errlint check` on every Go file of dir and
// returns the diagnostics whose message is one of errlint's (gopls's own
// analyzers may report other things), with the analyzer each line names.
func goplsCheck(t *testing.T, dir string, ours map[string]bool, flags ...string) []finding {
	t.Helper()
	args := append(append([]string{"check"}, flags...), goFiles(t, dir)...)
	res, err := run(dir, nil, e2etest.Gopls(t), args...)
	if err != nil {
		t.Fatal(err)
	}
	var out []finding
	for line := range strings.Lines(res.Stdout) {
		m := goplsDiagRE.FindStringSubmatch(strings.TrimRight(line, "\n"))
		if m == nil {
			continue
		}
		msg, name := m[4], ""
		if n := goplsNameRE.FindStringSubmatch(msg); n != nil {
			msg, name = n[1], n[2]
		}
		if !ours[msg] {
			continue
		}
		l, _ := strconv.Atoi(m[2])
		c, _ := strconv.Atoi(m[3])
		out = append(out, finding{File: relTo(t, dir, m[1]), Line: l, Col: c, Message: msg, Analyzer: name})
	}
	e2etest.Sort(out)
	return out
}

// TestGopls checks that gopls-errlint reports errlint's findings, at
// warning severity, with the catalog its .errlint.yaml names, offers each
// suggested fix as a quick fix at the finding's position, and reports with
// the new catalog once the catalog is edited.
func TestGopls(t *testing.T) {
	t.Parallel()
	dir, want, stale := goplsService(t)
	ours := map[string]bool{}
	for _, f := range slices.Concat(want, stale) {
		ours[f.Message] = true
	}

	// Each line names its analyzer, as errlint's own output does (issue 19).
	got := goplsCheck(t, dir, ours)
	e2etest.CompareLines(t, "errlint", e2etest.Lines(want, finding.String), "gopls check", e2etest.Lines(got, finding.String))

	// Warning severity: shown at the default cutoff (warning), hidden at error.
	if errs := goplsCheck(t, dir, ours, "-severity=error"); len(errs) > 0 {
		t.Errorf("gopls reports errlint's findings at error severity, want warning:\n%s", strings.Join(e2etest.Lines(errs, finding.String), "\n"))
	}

	t.Run("quickfix", func(t *testing.T) {
		var fixable []finding
		for _, f := range want {
			if f.Fix() != "" {
				fixable = append(fixable, f)
			}
		}
		if len(fixable) == 0 {
			t.Fatal("errlint suggests no fix on the example service")
		}
		// Each codeaction is a gopls process of its own; two at a time.
		gopls := e2etest.Gopls(t)
		var wg sync.WaitGroup
		sem := make(chan struct{}, 2)
		for _, f := range fixable {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				pos := fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Col)
				res, err := run(dir, nil, gopls, "codeaction", "-kind=quickfix", pos)
				if err != nil {
					t.Error(err)
					return
				}
				title := fmt.Sprintf("%q [quickfix]", f.Fix())
				if !strings.Contains(res.Stdout, title) {
					t.Errorf("%s: gopls offers no quick fix %s at %s; it offers:\n%s", f, title, pos, res.Stdout)
				}
			})
		}
		wg.Wait()
	})

	// gopls keeps analysis results in a persistent cache keyed by source and
	// analyzer names; the build adds errlint's configuration (catalog
	// digest, config file, writers, disabled analyzers) to that key, or a
	// gopls started after an edit of the catalog would report with the old one.
	t.Run("catalog edit", func(t *testing.T) {
		def, err := os.ReadFile(filepath.Join(e2etest.RepoRoot, "catalog", "default.json"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "errors.json"), string(def))
		got := goplsCheck(t, dir, ours)
		e2etest.CompareLines(t, "errlint with the edited catalog", e2etest.Lines(stale, finding.WithoutAnalyzer), "gopls check after the edit", e2etest.Lines(got, finding.WithoutAnalyzer))
	})
}

// TestGoplsBadConfig checks that gopls shows a bad configuration and a bad
// catalog as a diagnostic on each analysed file naming FILE:LINE (an
// analyzer that fails is silently dropped by gopls: an editor would show a
// clean file).
func TestGoplsBadConfig(t *testing.T) {
	t.Parallel()
	dir := serviceCopy(t)
	cfg := filepath.Join(dir, ".errlint.yaml")
	for _, tc := range []struct {
		name, config, catalog, want string
	}{
		{"unknown key", "catalog: errors.yaml\ncatalgo: x\n", "", cfg + `:2: unknown key "catalgo"`},
		{"duplicate code", "catalog: errors.yaml\n",
			"codes:\n  - {code: RATE_LIMITED, status: 429}\n  - {code: RATE_LIMITED, status: 503}\n",
			filepath.Join(dir, "errors.yaml") + `:3: duplicate code "RATE_LIMITED" (first on line 2)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			writeFile(t, cfg, tc.config)
			if tc.catalog != "" {
				writeFile(t, filepath.Join(dir, "errors.yaml"), tc.catalog)
			}
			files := goFiles(t, dir)
			res, err := run(dir, nil, e2etest.Gopls(t), append([]string{"check"}, files...)...)
			if err != nil {
				t.Fatal(err)
			}
			shown := map[string]bool{}
			for line := range strings.Lines(res.Stdout) {
				m := goplsDiagRE.FindStringSubmatch(strings.TrimRight(line, "\n"))
				if m == nil || !strings.HasPrefix(m[4], "errlint configuration error: "+tc.want) {
					continue
				}
				f := relTo(t, dir, m[1])
				if want := packageLine(t, filepath.Join(dir, f)); m[2] != strconv.Itoa(want) {
					t.Errorf("%s: the configuration error is not at the package clause (line %d)", strings.TrimSpace(line), want)
				}
				shown[f] = true
			}
			for _, f := range files {
				if !shown[f] {
					t.Errorf("gopls check %s shows no %q; it printed:\n%s", f, tc.want, e2etest.Clip(res.Stdout))
				}
			}
		})
	}
}

// packageLine returns the line of the package clause of a Go file.
func packageLine(t *testing.T, name string) int {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	return fset.Position(f.Name.Pos()).Line
}
