package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/ignoredirective"
	"github.com/errlint/errlint/internal/e2etest"
	"github.com/errlint/errlint/internal/edit"
)

// testConfig enables errlint alone and shows every issue it reports.
const testConfig = `version: "2"
linters:
  default: none
  enable: [errlint]
  settings:
    custom:
      errlint:
        type: module
        description: errlint end-to-end test
%s
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
output:
  path-mode: abs
`

// golangciConfig writes a test configuration with the given plugin
// settings block (indented YAML under `settings:`, or "") and returns its path.
func golangciConfig(t *testing.T, settings string) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "golangci.yml")
	writeFile(t, name, fmt.Sprintf(testConfig, settings))
	return name
}

// issueRE matches golangci-lint's text output for one errlint issue:
// "file:line:col: analyzer: message (errlint)".
var issueRE = regexp.MustCompile(`^(.+):(\d+):(\d+): ([a-z]+): (.*) \(errlint\)$`)

// golangci runs bin/golangci-lint-errlint run in dir with the given
// configuration and extra arguments, with a cache of its own.
func golangci(t *testing.T, dir, config string, okCodes []int, args ...string) e2etest.Result {
	t.Helper()
	args = append([]string{"run", "--config", config,
		"--output.text.path=stdout", "--output.text.print-issued-lines=false",
		"--output.text.colors=false", "--show-stats=false", "--allow-parallel-runners"}, args...)
	args = append(args, "./...")
	env := []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}
	res, err := runOK(dir, env, okCodes, e2etest.GolangciLint(t), args...)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// golangciFindings parses golangci-lint's text output; every line must be
// an errlint issue.
func golangciFindings(t *testing.T, dir string, res e2etest.Result) []finding {
	t.Helper()
	var out []finding
	for line := range strings.Lines(res.Stdout) {
		line = strings.TrimRight(line, "\n")
		if line == "" {
			continue
		}
		m := issueRE.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("golangci-lint printed a line that is not an errlint issue: %q", line)
			continue
		}
		l, _ := strconv.Atoi(m[2])
		c, _ := strconv.Atoi(m[3])
		out = append(out, finding{File: relTo(t, dir, m[1]), Line: l, Col: c, Analyzer: m[4], Message: m[5]})
	}
	e2etest.Sort(out)
	return out
}

// TestGolangciFindings checks that golangci-lint with the plugin reports
// exactly errlint's findings, attributed to errlint and its analyzers, and
// exits 1 as golangci-lint does when it reports issues.
func TestGolangciFindings(t *testing.T) {
	t.Parallel()
	dir := serviceCopy(t)
	want := errlintFindings(t, dir)
	if len(want) == 0 {
		t.Fatal("errlint reports nothing on the example service; its `Bug:` comments promise findings")
	}
	res := golangci(t, dir, golangciConfig(t, ""), []int{1})
	if res.Code != 1 {
		t.Errorf("golangci-lint exited %d with issues, want 1", res.Code)
	}
	got := golangciFindings(t, dir, res)
	e2etest.CompareLines(t, "errlint", e2etest.Lines(want, finding.String), "golangci-lint", e2etest.Lines(got, finding.String))
}

// TestGolangciFix checks that `run --fix` applies exactly the edits of
// errlint's suggested fixes and leaves a module that builds and is gofmt-clean.
func TestGolangciFix(t *testing.T) {
	t.Parallel()
	dir := serviceCopy(t)
	findings := errlintFindings(t, dir)
	want := applyEdits(t, dir, findings)
	if len(want) == 0 {
		t.Fatal("errlint suggests no fix on the example service")
	}

	res := golangci(t, dir, golangciConfig(t, ""), []int{0, 1}, "--fix")
	if strings.Contains(res.Stderr, "level=error") {
		t.Errorf("golangci-lint --fix logged errors:\n%s", res.Stderr)
	}
	for name, content := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, content) {
			t.Errorf("%s after golangci-lint --fix differs from errlint's suggested fixes applied:\n%s", name, lineDiff(string(content), string(got)))
		}
	}
	// Files without fixes stay as they were.
	for _, name := range goFiles(t, dir) {
		if _, fixed := want[name]; fixed {
			continue
		}
		orig, _ := os.ReadFile(filepath.Join(e2etest.RepoRoot, "examples", "service", name))
		got, _ := os.ReadFile(filepath.Join(dir, name))
		if !bytes.Equal(orig, got) {
			t.Errorf("golangci-lint --fix changed %s, where errlint suggests no fix", name)
		}
	}
	if _, err := run(dir, nil, "go", "build", "./..."); err != nil {
		t.Errorf("the fixed service does not build: %v", err)
	}
	if res, err := run(dir, nil, "gofmt", "-l", "."); err != nil || res.Stdout != "" {
		t.Errorf("the fixed service is not gofmt-clean: %v %s", err, res.Stdout)
	}
	// A second run reports nothing a fix addressed.
	for _, f := range errlintFindings(t, dir) {
		if f.Fix() != "" && slices.ContainsFunc(findings, func(o finding) bool { return o.Message == f.Message && o.Analyzer == f.Analyzer }) {
			t.Errorf("after --fix, errlint still suggests a fix: %s (%s)", f, f.Fix())
		}
	}
}

// applyEdits applies the edits of every finding's fix to the files under
// dir (not on disk) and returns the new contents by relative file name.
// Identical edits (an import added for several findings) apply once;
// overlapping different edits are a failure: fixes must merge.
func applyEdits(t *testing.T, dir string, findings []finding) map[string][]byte {
	t.Helper()
	byFile := map[string][]edit.Edit{}
	for _, f := range findings {
		if len(f.Fixes) == 0 {
			continue
		}
		for _, e := range f.Fixes[0].Edits {
			byFile[e.File] = append(byFile[e.File], e.Edit)
		}
	}
	out := map[string][]byte{}
	for file, edits := range byFile {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fixed, err := edit.Apply(src, edits)
		if err != nil {
			t.Fatalf("%s: the fixes do not merge: %v", file, err)
		}
		out[relTo(t, dir, file)] = fixed
	}
	return out
}

// lineDiff is a crude line diff for failure messages.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n\twant %q\n\tgot  %q\n", i+1, wl, gl)
		}
	}
	return b.String()
}

// TestGolangciExampleConfig runs .golangci.example.yml as shipped, with its
// catalog in place, and checks that it reports errlint's findings for that
// catalog.
func TestGolangciExampleConfig(t *testing.T) {
	t.Parallel()
	dir := serviceCopy(t)
	cfg := filepath.Join(e2etest.RepoRoot, ".golangci.example.yml")
	data, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s+catalog:\s*(\S+)\s*$`).FindSubmatch(data)
	if m == nil {
		t.Fatalf("%s sets no catalog", cfg)
	}
	catalogFile := filepath.Join(dir, string(m[1]))
	def, err := os.ReadFile(filepath.Join(e2etest.RepoRoot, "catalog", "default.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(catalogFile), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, catalogFile, string(def))

	want := errlintFindings(t, dir, "-catalog", catalogFile)
	args := []string{"run", "--config", cfg, "--output.text.path=stdout",
		"--output.text.print-issued-lines=false", "--output.text.colors=false",
		"--show-stats=false", "--path-mode=abs", "--allow-parallel-runners", "./..."}
	res, err := runOK(dir, []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}, []int{1}, e2etest.GolangciLint(t), args...)
	if err != nil {
		t.Fatal(err)
	}
	got := golangciFindings(t, dir, res)
	e2etest.CompareLines(t, "errlint", e2etest.Lines(want, finding.String), "golangci-lint -c .golangci.example.yml", e2etest.Lines(got, finding.String))
}

// TestGolangciSettings checks the plugin settings end to end: a relative
// catalog, writers, disable, and errors that name the bad key.
func TestGolangciSettings(t *testing.T) {
	t.Parallel()
	dir := serviceCopy(t)
	all := errlintFindings(t, dir)

	t.Run("disable", func(t *testing.T) {
		res := golangci(t, dir, golangciConfig(t, "        settings:\n          disable: [rawstatus]"), []int{0, 1})
		var want []finding
		for _, f := range all {
			if f.Analyzer != "rawstatus" {
				want = append(want, f)
			}
		}
		e2etest.CompareLines(t, "errlint without rawstatus", e2etest.Lines(want, finding.String), "golangci-lint", e2etest.Lines(golangciFindings(t, dir, res), finding.String))
	})

	for _, tc := range []struct {
		name, settings, want string
	}{
		{"unknown key", "        settings:\n          catalgo: errors.json", `catalgo: unknown key "catalgo"; did you mean "catalog"?`},
		{"missing catalog", "        settings:\n          catalog: nowhere/errors.json", "catalog: " + filepath.Join(dir, "nowhere", "errors.json") + ": no such file"},
		{"unknown analyzer", "        settings:\n          disable: [rawstatuss]", `disable[0]: unknown analyzer "rawstatuss"; did you mean "rawstatus"?`},
		{"writer without func", "        settings:\n          writers:\n            - status: 1", `writers[0]: a writer needs "func"`},
		{"writers as a map", "        settings:\n          writers:\n            example.com/service/internal/httpx.WriteError: {status: 1}", `writers: "writers" must be a list of`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := golangciConfig(t, tc.settings)
			res, err := runOK(dir, []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}, []int{1, 3, 4, 5, 7},
				e2etest.GolangciLint(t), "run", "--allow-parallel-runners", "--config", cfg, "./...")
			if err != nil {
				t.Fatal(err)
			}
			out := res.Stdout + res.Stderr
			if res.Code == 0 || res.Code == 1 && !strings.Contains(out, "errlint settings") {
				t.Fatalf("golangci-lint exited %d, want a configuration error:\n%s", res.Code, out)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("golangci-lint's error does not say %q:\n%s", tc.want, out)
			}
		})
	}
}

// TestGolangciBadConfigAfterCache checks that a bad .errlint.yaml or
// catalog stops golangci-lint with its FILE:LINE even when the results of
// an earlier good run are cached (golangci-lint keys its cache on sources
// and its own configuration, not on errlint's files).
func TestGolangciBadConfigAfterCache(t *testing.T) {
	t.Parallel()
	dir := serviceCopy(t)
	cfg := golangciConfig(t, "")
	env := []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}
	args := []string{"run", "--allow-parallel-runners", "--config", cfg,
		"--output.text.path=stdout", "--output.text.print-issued-lines=false",
		"--output.text.colors=false", "--show-stats=false", "./..."}
	good, err := runOK(dir, env, []int{1}, e2etest.GolangciLint(t), args...)
	if err != nil {
		t.Fatal(err)
	}
	if len(golangciFindings(t, dir, good)) == 0 {
		t.Fatal("the good run reports nothing: the test cannot tell a cached result from a silenced one")
	}
	for _, tc := range []struct{ name, config, catalog, want string }{
		{"unknown key", "catalog: errors.yaml\ncatalgo: x\n", "codes:\n  - {code: A, status: 400}\n",
			filepath.Join(dir, ".errlint.yaml") + `:2: unknown key "catalgo"`},
		{"duplicate code", "catalog: errors.yaml\n", "codes:\n  - {code: A, status: 400}\n  - {code: A, status: 401}\n",
			filepath.Join(dir, "errors.yaml") + `:3: duplicate code "A"`},
	} {
		writeFile(t, filepath.Join(dir, ".errlint.yaml"), tc.config)
		writeFile(t, filepath.Join(dir, "errors.yaml"), tc.catalog)
		res, err := runOK(dir, env, []int{1, 3, 4, 5, 7}, e2etest.GolangciLint(t), args...)
		if err != nil {
			t.Fatal(err)
		}
		out := res.Stdout + res.Stderr
		if res.Code == 0 || !strings.Contains(out, tc.want) || regexp.MustCompile(`(?m)\(errlint\)$`).MatchString(res.Stdout) {
			t.Errorf("%s: golangci-lint exited %d; want an error naming %s and no findings:\n%s", tc.name, res.Code, tc.want, e2etest.Clip(out))
		}
		if strings.Contains(out, "prerequisites") {
			t.Errorf("%s: golangci-lint prints failed prerequisites:\n%s", tc.name, e2etest.Clip(out))
		}
	}
}

// TestGolangciConfigErrorOnce: a configuration problem that only the
// analysis of a package finds (a writers: entry naming a function its
// loaded package lacks) is the error of one analyzer, ignoredirective,
// which no other requires: golangci-lint names the same analyzer on every
// run, and says nothing of failed prerequisites (SPEC §13).
func TestGolangciConfigErrorOnce(t *testing.T) {
	t.Parallel()
	dir := serviceCopy(t)
	writeFile(t, filepath.Join(dir, ".errlint.yaml"), "writers:\n  - {func: example.com/service/internal/httpx.WriteEror, status: 1, code: 2}\n")
	res := golangci(t, dir, golangciConfig(t, ""), []int{1, 3, 4, 5, 7})
	out := strings.ReplaceAll(res.Stdout+res.Stderr, `\"`, `"`) // golangci-lint quotes its log messages
	want := `ignoredirective: ` + filepath.Join(dir, ".errlint.yaml") + `:2: writer "example.com/service/internal/httpx.WriteEror": example.com/service/internal/httpx declares no function WriteEror; did you mean WriteError?`
	if res.Code == 0 || !strings.Contains(out, want) || strings.Contains(out, "prerequisites") {
		t.Errorf("golangci-lint exited %d; want an error saying %s, with no failed prerequisites:\n%s", res.Code, want, e2etest.Clip(out))
	}
	for _, name := range analyzer.Names {
		if name != ignoredirective.Name && strings.Contains(out, name+": ") {
			t.Errorf("the error of %s is printed too:\n%s", name, e2etest.Clip(out))
		}
	}
}

// TestGolangciFixAdjacent: fixes of several findings on one line and on
// adjacent lines with gofmt-aligned comments all apply in one `run --fix`
// (issue 11: golangci-lint skipped the file, whose fixes conflicted, and
// printed "0 issues."), and the finding no fix removes is still shown.
func TestGolangciFixAdjacent(t *testing.T) {
	t.Parallel()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"go.mod":        "module example.com/adjacent\n\ngo 1.22\n",
		".errlint.yaml": "catalog: errors.yaml\n",
		"errors.yaml":   "codes:\n  - {code: UNAUTHORIZED, status: 401}\n  - {code: NOT_FOUND, status: 404}\n",
		"apperr/apperr.go": "package apperr\n\nimport \"net/http\"\n\n" +
			"type APIError struct {\n\tStatus int    `json:\"status\"`\n\tCode   string `json:\"code\"`\n}\n\n" +
			"func (e *APIError) Error() string { return e.Code }\n\n" +
			"var (\n" +
			"\tErrAuth = &APIError{Status: 401, Code: \"UNAUTHORISED\"} // sign in first\n" +
			"\tErrGone = &APIError{Status: 404, Code: \"NOT_FOUND\"}    // no such thing\n" +
			")\n\n" +
			"func Missing(w http.ResponseWriter) {\n\thttp.Error(w, \"not found\", 404)\n}\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, name), content)
	}
	before := errlintFindings(t, dir)
	fixable := 0
	for _, f := range before {
		if f.Fix() != "" {
			fixable++
		}
	}
	if fixable < 4 {
		t.Fatalf("want at least 4 fixable findings, got %d: %v", fixable, before)
	}

	res := golangci(t, dir, golangciConfig(t, ""), []int{0, 1}, "--fix")
	if strings.Contains(res.Stderr, "level=error") {
		t.Errorf("golangci-lint --fix logged errors:\n%s", res.Stderr)
	}
	for _, f := range errlintFindings(t, dir) {
		if f.Fix() != "" {
			t.Errorf("after one golangci-lint --fix, a fix is left: %s (%s)", f, f.Fix())
		}
	}
	got := golangciFindings(t, dir, res)
	if len(got) != 1 || !strings.Contains(got[0].Message, "error status 404 sent without an error code") {
		t.Errorf("golangci-lint --fix: want the code-less 404 reported, got %v\n%s", got, res.Stdout)
	}
	if _, err := run(dir, nil, "go", "build", "./..."); err != nil {
		t.Errorf("the fixed module does not build: %v", err)
	}
}
