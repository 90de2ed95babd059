package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
)

// The tests of this file replay a new user's first hour (issue 11): each
// reproduces a symptom seen then, end to end.

// firstHour is a small service with its own catalog: an error type in one
// package (apperr) whose literals carry two fixes on one line and fixes on
// adjacent lines with gofmt-aligned comments, and a dependent package (api)
// with fixes of its own and a finding no fix can remove.
var firstHour = map[string]string{
	"go.mod":        "module example.com/first\n\ngo 1.22\n",
	".errlint.yaml": "catalog: errors.yaml\n",
	"errors.yaml": `codes:
  - {code: UNAUTHORIZED, status: 401, domain: auth, retryable: false, message: Sign in.}
  - {code: RATE_LIMITED, status: 429, domain: common, retryable: true, message: Slow down.}
  - {code: NOT_FOUND, status: 404, domain: common, retryable: false, message: No such thing.}
`,
	"apperr/apperr.go": `// Package apperr holds the service's errors.
package apperr

type APIError struct {
	Status int    ` + "`json:\"status\"`" + `
	Code   string ` + "`json:\"code\"`" + `
}

func (e *APIError) Error() string { return e.Code }

var (
	ErrAuth  = &APIError{Status: 401, Code: "UNAUTHORISED"} // sign in first
	ErrSlow  = &APIError{Status: 429, Code: "RATE_LIMITED"} // back off
	ErrGone  = &APIError{Status: 404, Code: "NOT_FOUND"}    // no such thing
	ErrOther = &APIError{Status: 404, Code: "NOT_FOUND"}    // aligned comments
)
`,
	"api/api.go": `// Package api has handlers.
package api

import (
	"net/http"

	"example.com/first/apperr"
)

var _ = apperr.ErrAuth

func Created(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(201)
}

func Missing(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not found", 404)
}
`,
}

// TestFirstHourGoFix: one go fix run applies every fix, in the package with
// fixes on one line and in the package that depends on it, and never fails
// a package (it printed "applied 2 of 3 fixes … Re-run", wrote nothing,
// and every dependent failed with "no package vetx file").
func TestFirstHourGoFix(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, firstHour)
	r := runIn(t, dir, "go", "fix", "-fixtool="+e2etest.Errlint(t), "./...")
	if r.Code != 0 || strings.Contains(r.Stderr, "Re-run") || strings.Contains(r.Stderr, "vetx") {
		t.Fatalf("go fix:\n%s", r)
	}
	checkFirstHourFixed(t, dir)

	// Converged: a second run changes nothing.
	before := readTree(t, dir)
	if r := runIn(t, dir, "go", "fix", "-fixtool="+e2etest.Errlint(t), "./..."); r.Code != 0 {
		t.Fatalf("second go fix:\n%s", r)
	}
	if after := readTree(t, dir); after != before {
		t.Errorf("second go fix changed files")
	}
}

// TestFirstHourFix: -fix applies every fix in one round, prints the
// findings that remain and exits 3 for them (it exited 1 on a conflict,
// and 0 while findings remained); -diff exits as a plain run.
func TestFirstHourFix(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, firstHour)

	r := errlint(t, dir, "-diff", "./...")
	if r.Code != 3 || !strings.Contains(r.Stdout, "+\tw.WriteHeader(http.StatusCreated)") {
		t.Fatalf("-diff: want exit 3 and the diff:\n%s", r)
	}
	if got := readTree(t, dir); got != treeString(firstHour) {
		t.Fatal("-diff changed files")
	}

	r = errlint(t, dir, "-fix", "./...")
	if r.Code != 3 {
		t.Fatalf("-fix: want exit 3 (a finding without a fix remains):\n%s", r)
	}
	if !regexp.MustCompile(`(?m)^errlint: applied \d+ fixes to 2 files$`).MatchString(r.Stderr) {
		t.Errorf("-fix does not say what it did:\n%s", r)
	}
	// What remains is printed: the code-less 404 (no fix can give the
	// response a code); the raw 404 beside it is fixed.
	want := "api/api.go:17:29: error status 404 sent without an error code; the catalog's codes for 404: NOT_FOUND [rawstatus]"
	if got := findingLines(r.Stderr); len(got) != 1 || got[0] != want {
		t.Errorf("-fix: want only\n%s\ngot:\n%s", want, r.Stderr)
	}
	checkFirstHourFixed(t, dir)

	// Nothing left to fix: a second -fix changes nothing and says so by
	// exit status 3 again.
	before := readTree(t, dir)
	if r := errlint(t, dir, "-fix", "./..."); r.Code != 3 || strings.Contains(r.Stderr, "applied") {
		t.Errorf("second -fix:\n%s", r)
	}
	if readTree(t, dir) != before {
		t.Error("second -fix changed files")
	}
}

func checkFirstHourFixed(t *testing.T, dir string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "apperr/apperr.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`ErrAuth  = &APIError{Status: http.StatusUnauthorized, Code: "UNAUTHORIZED"}`,
		`ErrGone  = &APIError{Status: http.StatusNotFound, Code: "NOT_FOUND"}`,
		`import "net/http"`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("apperr.go lacks %s:\n%s", want, data)
		}
	}
	api, _ := os.ReadFile(filepath.Join(dir, "api/api.go"))
	for _, want := range []string{"w.WriteHeader(http.StatusCreated)", `http.Error(w, "not found", http.StatusNotFound)`} {
		if !strings.Contains(string(api), want) {
			t.Errorf("api.go lacks %s:\n%s", want, api)
		}
	}
	if r := runIn(t, dir, "go", "build", "./..."); r.Code != 0 {
		t.Errorf("fixed module does not build:\n%s", r)
	}
	if r := runIn(t, dir, "gofmt", "-l", "."); r.Stdout != "" {
		t.Errorf("fixed files not gofmt-clean: %s", r.Stdout)
	}
}

var findingLineRE = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: .*$`)

func findingLines(out string) []string { return findingLineRE.FindAllString(out, -1) }

// readTree returns the Go files under dir, for comparison.
func readTree(t *testing.T, dir string) string {
	t.Helper()
	files := map[string]string{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(path)
			rel, _ := filepath.Rel(dir, path)
			files[rel] = string(data)
		}
		return nil
	})
	return treeString(files)
}

func treeString(files map[string]string) string {
	var b strings.Builder
	for _, name := range sortedKeys(files) {
		b.WriteString("== " + name + "\n" + files[name])
	}
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestFirstHourNames: every finding says which analyzer made it, once:
// standalone text and go vet as " [NAME]", JSON in its own field; paths
// are relative to the current directory, as go vet's are.
func TestFirstHourNames(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, service)
	r := errlint(t, dir, "./...")
	want := "api/api.go:19:16: raw status 201; use http.StatusCreated [rawstatus]\n"
	if !strings.Contains(r.Stderr, "\n"+want) && !strings.HasPrefix(r.Stderr, want) {
		t.Errorf("standalone: want a line %q:\n%s", want, r)
	}
	vet := runIn(t, dir, "go", "vet", "-vettool="+e2etest.Errlint(t), "./...")
	if !strings.Contains(vet.Stderr, want) || strings.Contains(vet.Stderr, "[rawstatus] [rawstatus]") {
		t.Errorf("go vet: want %q once:\n%s", want, vet)
	}
	js := errlint(t, dir, "-json", "./...")
	if strings.Contains(js.Stdout, "[rawstatus]") || !strings.Contains(js.Stdout, `"rawstatus": [`) {
		t.Errorf("-json: the name belongs in its own field:\n%s", js.Stdout)
	}
	// From a subdirectory, files below it are relative and others not.
	sub := errlint(t, filepath.Join(dir, "api"), "./...")
	if !strings.Contains(sub.Stderr, "\napi.go:19:16: ") && !strings.HasPrefix(sub.Stderr, "api.go:") {
		t.Errorf("from api/: want api.go:19:16:\n%s", sub)
	}
}

// TestFirstHourVetBadConfig: go vet with a bad configuration says so once
// per package that uses it, exits 1, prints no "go:" lines and leaves no
// go-build directory behind (it printed "error obtaining buildID" and
// "unlinkat … directory not empty", and left a directory per run).
func TestFirstHourVetBadConfig(t *testing.T) {
	t.Parallel()
	for name, files := range map[string]map[string]string{
		"unknown key": {".errlint.yaml": "catalogue: errors.yaml\n"},
		"duplicate code": {
			".errlint.yaml": "catalog: errors.yaml\n",
			"errors.yaml":   "codes:\n  - {code: A, status: 400}\n  - {code: A, status: 404}\n",
		},
	} {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			t.Parallel()
			if name != "unknown key" {
				// The same go vet path as "unknown key", at the cost of
				// another vet of the standard library.
				e2etest.FullOnly(t, "go vet on a second bad configuration")
			}
			tree := map[string]string{}
			for k, v := range service {
				tree[k] = v
			}
			for k, v := range files {
				tree[k] = v
			}
			dir := writeTree(t, tree)
			tmp := t.TempDir()

			// The handshake never fails.
			if r := errlint(t, dir, "-V=full"); r.Code != 0 || !strings.Contains(r.Stdout, "buildID=") {
				t.Errorf("-V=full with a bad config:\n%s", r)
			}

			r := runInEnv(t, dir, []string{"TMPDIR=" + tmp}, "go", "vet", "-vettool="+e2etest.Errlint(t), "./...")
			if r.Code != 1 {
				t.Errorf("want exit 1:\n%s", r)
			}
			if regexp.MustCompile(`(?m)^go: `).MatchString(r.Stderr) {
				t.Errorf("go: lines in the output:\n%s", r)
			}
			// One line per package that uses the file (api, clean, httpx).
			problem := regexp.MustCompile(`(?m)^\S*errors\.yaml:\d+: |^\S*\.errlint\.yaml:\d+: `)
			if n := len(problem.FindAllString(r.Stderr, -1)); n != 3 {
				t.Errorf("want the problem once per package (3), got %d:\n%s", n, r)
			}
			if findings(r.Stderr) != nil {
				t.Errorf("packages analysed despite the bad configuration:\n%s", r)
			}
			left, _ := filepath.Glob(filepath.Join(tmp, "go-build*"))
			if len(left) != 0 {
				t.Errorf("go vet left %v behind", left)
			}
		})
	}
}

// TestFirstHourCommandLine: no arguments check ./...; loading errors have
// no "-:" prefix; outside a module errlint says what to do; -version and
// version print the module version and the Go version.
func TestFirstHourCommandLine(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, service)
	if r := errlint(t, dir); r.Code != 3 || len(findings(r.Stderr)) != len(serviceFindings) {
		t.Errorf("no arguments: want ./... checked (exit 3, %d findings):\n%s", len(serviceFindings), r)
	}

	r := errlint(t, dir, "./nothing/...")
	if r.Code != 1 || strings.Contains(r.Stderr, "-: ") || !strings.Contains(r.Stderr, "pattern ./nothing/...") {
		t.Errorf("missing pattern: want exit 1 and no -: prefix:\n%s", r)
	}

	outside := t.TempDir()
	write(t, filepath.Join(outside, "x.go"), "package x\n")
	r = errlint(t, outside, "./...")
	if r.Code != 1 || !strings.Contains(r.Stderr, "go mod init") || !strings.Contains(r.Stderr, "cd into a module") {
		t.Errorf("outside a module: want a hint:\n%s", r)
	}

	for _, args := range [][]string{{"-version"}, {"version"}, {"--version"}, {"-tags", "x", "-version", "./..."}} {
		r := errlint(t, dir, args...)
		if r.Code != 0 || !regexp.MustCompile(`^errlint \(devel\)|^errlint v\S+`).MatchString(r.Stdout) || !strings.Contains(r.Stdout, " go1.") {
			t.Errorf("%v: want the version:\n%s", args, r)
		}
	}
}

// runInEnv is runIn with extra environment variables.
func runInEnv(t *testing.T, dir string, env []string, name string, args ...string) e2etest.Result {
	t.Helper()
	return runWith(t, dir, append(slices.Clone(testEnv), env...), name, args...)
}
