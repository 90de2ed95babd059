package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
)

// The end-to-end tests build errlint once and run it as a user would:
// standalone, as go vet's vet tool and as go fix's fix tool, on small
// modules written to temporary directories (standard library only, so no
// network is needed) and on the example service.

func TestMain(m *testing.M) { os.Exit(e2etest.Main(m)) }

// testEnv is added to the environment of the commands the tests run.
var testEnv = []string{"GOFLAGS=-mod=mod", "GOWORK=off"}

func runIn(t *testing.T, dir, name string, args ...string) e2etest.Result {
	t.Helper()
	return runWith(t, dir, testEnv, name, args...)
}

// runWith runs a command with env added to the environment; a crash fails
// the test.
func runWith(t *testing.T, dir string, env []string, name string, args ...string) e2etest.Result {
	t.Helper()
	r, err := e2etest.Run(dir, env, name, args...)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Stderr, "panic:") || strings.Contains(r.Stderr, "goroutine ") {
		t.Errorf("%s %q crashed:\n%s", name, args, r.Stderr)
	}
	return r
}

func errlint(t *testing.T, dir string, args ...string) e2etest.Result {
	t.Helper()
	return runIn(t, dir, e2etest.Errlint(t), args...)
}

// The service module: an error writer in one package (httpx), its callers
// in another (api, with one finding of each kind), and a clean package.
var service = map[string]string{
	"go.mod": "module example.com/svc\n\ngo 1.22\n",
	// The embedded catalog on purpose: fixes that take a value from an
	// implicit default are never offered.
	".errlint.yaml": "catalog: embedded\n",
	"httpx/httpx.go": `// Package httpx writes error responses.
package httpx

import (
	"encoding/json"
	"net/http"
)

type envelope struct {
	OK     bool   ` + "`json:\"ok\"`" + `
	Code   string ` + "`json:\"code\"`" + `
	Detail string ` + "`json:\"detail\"`" + `
}

// WriteError writes an error envelope with the given status and code, and
// tells the client when to retry a 429 or 503.
func WriteError(w http.ResponseWriter, status int, code, detail string) {
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "30")
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(envelope{Code: code, Detail: detail})
}
`,
	"api/api.go": `// Package api has handlers with bugs.
package api

import (
	"net/http"

	"example.com/svc/httpx"
)

func Limited(w http.ResponseWriter, r *http.Request) {
	httpx.WriteError(w, 503, "RATE_LIMITED", "slow down")
}

func Missing(w http.ResponseWriter, r *http.Request) {
	httpx.WriteError(w, http.StatusTooManyRequests, "RATE_LIMIT", "slow down")
}

func Created(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(201)
}

func Plain(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "boom", http.StatusInternalServerError)
}
`,
	"api/api_test.go": `package api

import "testing"

func TestNothing(t *testing.T) {}
`,
	"clean/clean.go": `// Package clean has correct handlers.
package clean

import (
	"net/http"

	"example.com/svc/httpx"
)

func Limited(w http.ResponseWriter, r *http.Request) {
	httpx.WriteError(w, http.StatusTooManyRequests, "RATE_LIMITED", "slow down")
}
`,
}

// The findings in api/api.go, as file:line:col: a word of the message.
var serviceFindings = []string{
	"api/api.go:11:22: RATE_LIMITED", // statusmismatch, through the inferred writer
	"api/api.go:15:50: RATE_LIMIT",   // unknowncode
	"api/api.go:19:16: 201",          // rawstatus: literal
	"api/api.go:23:24: 500",          // rawstatus: plain-text body
}

// mustRun fails the test unless r succeeded.
func mustRun(t *testing.T, r e2etest.Result) e2etest.Result {
	t.Helper()
	if r.Code != 0 {
		t.Fatalf("command failed:\n%s", r)
	}
	return r
}

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
	return dir
}

var findingRE = regexp.MustCompile(`(?m)^(?:\S*/)?([a-z]+/[a-z_]+\.go):(\d+):(\d+): (.*)$`)

// findings extracts "dir/file.go:line:col: message" from output, with paths
// made relative to the module.
func findings(out string) []string {
	var list []string
	for _, m := range findingRE.FindAllStringSubmatch(out, -1) {
		list = append(list, fmt.Sprintf("%s:%s:%s: %s", m[1], m[2], m[3], m[4]))
	}
	sort.Strings(list)
	return list
}

func checkFindings(t *testing.T, out string, want []string) {
	t.Helper()
	got := findings(out)
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%s", len(got), len(want), out)
	}
	for i, w := range want {
		pos, word, _ := strings.Cut(w, ": ")
		if !strings.HasPrefix(got[i], pos+": ") || !strings.Contains(got[i], word) {
			t.Errorf("finding %d = %q, want %q", i, got[i], w)
		}
	}
}

func TestStandalone(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, service)

	r := errlint(t, dir, "./...")
	if r.Code != 3 {
		t.Fatalf("want exit 3 (findings):\n%s", r)
	}
	checkFindings(t, r.Stderr, serviceFindings)

	// No catalog is configured: one notice line says so, and nothing else.
	const notice = "errlint: no catalog configured; using the embedded default (40 codes) — see errlint init\n"
	if err := os.Remove(filepath.Join(dir, ".errlint.yaml")); err != nil {
		t.Fatal(err)
	}
	if r := errlint(t, dir, "./clean"); r.Code != 0 || r.Stderr != notice {
		t.Errorf("clean package: want exit 0 and only the notice:\n%s", r)
	}
	if r := errlint(t, dir, "./..."); strings.Count(r.Stderr, notice) != 1 {
		t.Errorf("want the notice once per run:\n%s", r)
	}
	// The embedded default chosen on purpose: no notice.
	if r := errlint(t, dir, "-catalog", "embedded", "./clean"); r.Code != 0 || r.Stderr != "" {
		t.Errorf("-catalog embedded: want exit 0 and no output:\n%s", r)
	}
	write(t, filepath.Join(dir, "clean", ".errlint.yaml"), "catalog: embedded\n")
	if r := errlint(t, dir, "./clean"); r.Code != 0 || r.Stderr != "" {
		t.Errorf("catalog: embedded: want exit 0 and no output:\n%s", r)
	}

	// Only the analyzers asked for run; the others can be turned off.
	r = errlint(t, dir, "-unknowncode", "./...")
	checkFindings(t, r.Stderr, serviceFindings[1:2])
	r = errlint(t, dir, "-rawstatus=false", "-unknowncode=false", "./...")
	checkFindings(t, r.Stderr, serviceFindings[:1])

	// -c shows the offending line.
	r = errlint(t, dir, "-c", "0", "./api")
	if !strings.Contains(r.Stderr, "19\t\tw.WriteHeader(201)\n") {
		t.Errorf("-c 0: no offending line:\n%s", r)
	}

	// -v names the catalog.
	r = errlint(t, dir, "-v", "./clean")
	if r.Code != 0 || !strings.Contains(r.Stderr, "catalog: embedded default") {
		t.Errorf("-v:\n%s", r)
	}
}

func TestJSON(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, service)
	r := errlint(t, dir, "-json", "./...")
	if r.Code != 0 {
		t.Fatalf("-json: want exit 0:\n%s", r)
	}
	type edit struct {
		Filename   string
		Start, End int
		New        string
	}
	type diag struct {
		Posn, End, Message string
		SuggestedFixes     []struct {
			Message string
			Edits   []edit
		} `json:"suggested_fixes"`
	}
	var tree map[string]map[string][]diag
	if err := json.Unmarshal([]byte(r.Stdout), &tree); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, r.Stdout)
	}
	api := tree["example.com/svc/api"]
	if len(api) != 3 || len(api["rawstatus"]) != 2 || len(api["unknowncode"]) != 1 || len(api["statusmismatch"]) != 1 {
		t.Fatalf("unexpected tree:\n%s", r.Stdout)
	}
	if _, ok := tree["example.com/svc/clean"]; ok {
		t.Errorf("clean package in the JSON output:\n%s", r.Stdout)
	}
	sm := api["statusmismatch"][0]
	if !strings.HasSuffix(sm.Posn, "api/api.go:11:22") || len(sm.SuggestedFixes) != 1 {
		t.Fatalf("statusmismatch: %+v", sm)
	}
	e := sm.SuggestedFixes[0].Edits[0]
	src := service["api/api.go"]
	if src[e.Start:e.End] != "503" || e.New != "http.StatusTooManyRequests" {
		t.Errorf("fix edit %+v replaces %q", e, src[e.Start:e.End])
	}
}

// checkFixed checks the service after its fixes: the three fixable findings
// are gone, the file builds and is gofmt-clean.
func checkFixed(t *testing.T, dir string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "api/api.go"))
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	for _, want := range []string{
		`httpx.WriteError(w, http.StatusTooManyRequests, "RATE_LIMITED", "slow down")`,
		`httpx.WriteError(w, http.StatusTooManyRequests, "RATE_LIMITED", "slow down")`,
		`w.WriteHeader(http.StatusCreated)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("fixed api.go lacks %s:\n%s", want, got)
		}
	}
	if r := runIn(t, dir, "go", "build", "./..."); r.Code != 0 {
		t.Errorf("fixed module does not build:\n%s", r)
	}
	if r := runIn(t, dir, "gofmt", "-l", "."); r.Stdout != "" {
		t.Errorf("fixed files not gofmt-clean: %s", r.Stdout)
	}
}

func TestFix(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, service)

	// -diff prints the fixes, changes nothing and exits as a plain run.
	r := errlint(t, dir, "-diff", "./...")
	if r.Code != 3 {
		t.Fatalf("-diff: want exit 3:\n%s", r)
	}
	for _, want := range []string{
		"diff --git a/api/api.go b/api/api.go\n--- a/api/api.go\n+++ b/api/api.go\n",
		"-\thttpx.WriteError(w, 503, \"RATE_LIMITED\", \"slow down\")\n",
		"+\thttpx.WriteError(w, http.StatusTooManyRequests, \"RATE_LIMITED\", \"slow down\")\n",
		"-\tw.WriteHeader(201)\n+\tw.WriteHeader(http.StatusCreated)\n",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("-diff output lacks %q:\n%s", want, r.Stdout)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "api/api.go")); string(data) != service["api/api.go"] {
		t.Error("-diff changed api.go")
	}
	// git apply, in a repository at the module root, applies -diff's
	// output as -fix would (issue 19: absolute paths and (old)/(new)).
	repo := e2etest.Copy(t, dir)
	patch := filepath.Join(t.TempDir(), "fix.diff")
	if err := os.WriteFile(patch, []byte(r.Stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, runIn(t, repo, "git", "init", "-q"))
	if r := runIn(t, repo, "git", "apply", patch); r.Code != 0 {
		t.Fatalf("git apply of -diff's output:\n%s", r)
	}
	checkFixed(t, repo)

	// -fix applies the fixes, then prints what remains and exits 3.
	r = errlint(t, dir, "-fix", "./...")
	if r.Code != 3 {
		t.Fatalf("-fix: want exit 3 (a finding remains):\n%s", r)
	}
	checkFindings(t, r.Stderr, serviceFindings[3:])
	checkFixed(t, dir)
	fixed, _ := os.ReadFile(filepath.Join(dir, "api/api.go"))

	// What the fixes addressed is not reported again.
	r = errlint(t, dir, "./...")
	if r.Code != 3 {
		t.Fatalf("after -fix:\n%s", r)
	}
	checkFindings(t, r.Stderr, serviceFindings[3:])

	// A second -fix changes nothing.
	if r := errlint(t, dir, "-fix", "./..."); r.Code != 3 {
		t.Fatalf("second -fix:\n%s", r)
	}
	if again, _ := os.ReadFile(filepath.Join(dir, "api/api.go")); !bytes.Equal(again, fixed) {
		t.Errorf("second -fix changed api.go:\n%s", again)
	}
}

func TestVetTool(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, service)
	bin := e2etest.Errlint(t)

	standalone := errlint(t, dir, "./...")
	r := runIn(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if r.Code == 0 {
		t.Fatalf("go vet found nothing:\n%s", r)
	}
	// The same findings, the writer inferred across packages included.
	if got, want := findings(r.Stderr), findings(standalone.Stderr); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("go vet findings:\n%s\nstandalone:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	checkFindings(t, r.Stderr, serviceFindings)

	// The analyzer flags work through go vet.
	r = runIn(t, dir, "go", "vet", "-vettool="+bin, "-statusmismatch", "./...")
	checkFindings(t, r.Stderr, serviceFindings[:1])
}

func TestFixTool(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, service)
	r := runIn(t, dir, "go", "fix", "-fixtool="+e2etest.Errlint(t), "./...")
	if r.Code != 0 {
		t.Fatalf("go fix:\n%s", r)
	}
	checkFixed(t, dir)
}

func TestTypeErrors(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"go.mod":     "module example.com/bad\n\ngo 1.22\n",
		"bad/bad.go": "package bad\n\nimport \"net/http\"\n\nfunc H(w http.ResponseWriter) int {\n\tw.WriteHeader(201)\n\treturn \"x\"\n}\n",
		"ok/ok.go":   "package ok\n\nimport \"net/http\"\n\nfunc H(w http.ResponseWriter) { w.WriteHeader(201) }\n",
	})
	r := errlint(t, dir, "./...")
	if r.Code != 1 {
		t.Fatalf("want exit 1:\n%s", r)
	}
	want := "bad/bad.go:7:9: cannot use \"x\"" // relative to the current directory
	if !strings.Contains(r.Stderr, want) || strings.Count(r.Stderr, "cannot use") != 1 {
		t.Errorf("want the type error once (%s):\n%s", want, r)
	}
	// The package that type-checks is still analysed.
	if !strings.Contains(r.Stderr, "ok/ok.go:5:47:") {
		t.Errorf("ok package not analysed:\n%s", r)
	}
	if r := errlint(t, dir, "./nosuchdir"); r.Code != 1 {
		t.Errorf("missing package: want exit 1:\n%s", r)
	}
}

// TestBadCatalog: every kind of bad catalog stops errlint catalog -check,
// errlint -catalog and go vet -catalog with exit 1 and FILE:LINE lines,
// before any package is analysed. go vet's leg is the same code for every
// catalog and costs a vet of every standard-library dependency, so under
// -short (make check) it runs on vetRepresentative only; make test runs it
// on all of them.
func TestBadCatalog(t *testing.T) {
	t.Parallel()
	bad, err := filepath.Abs("../../catalog/testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	wants, err := filepath.Glob(filepath.Join(bad, "*.want"))
	if err != nil || len(wants) < 10 {
		t.Fatalf("bad catalogs: %v, %d", err, len(wants))
	}
	dir := writeTree(t, service)
	bin := e2etest.Errlint(t)
	for _, w := range wants {
		file := strings.TrimSuffix(w, ".want")
		data, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		// The goldens name the file as bad/NAME; errlint names it by its
		// absolute path.
		want := strings.ReplaceAll(strings.TrimSpace(string(data)), "bad/"+filepath.Base(file), file)
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			check := func(t *testing.T, what string, r e2etest.Result, out string) {
				t.Helper()
				if r.Code != 1 {
					t.Errorf("%s: want exit 1:\n%s", what, r)
				}
				if !strings.Contains(out, want) {
					t.Errorf("%s: output lacks\n%s\n%s", what, want, r)
				}
			}
			r := errlint(t, dir, "catalog", "-check", file)
			check(t, "errlint catalog -check", r, r.Stderr)
			r = errlint(t, dir, "-catalog", file, "./...")
			check(t, "errlint -catalog", r, r.Stderr)
			if findings(r.Stderr) != nil {
				t.Errorf("packages analysed despite the bad catalog:\n%s", r)
			}
			t.Run("go_vet", func(t *testing.T) {
				if filepath.Base(file) != vetRepresentative {
					e2etest.FullOnly(t, "go vet -catalog on every bad catalog")
				}
				r := runIn(t, dir, "go", "vet", "-vettool="+bin, "-catalog="+file, "./...")
				check(t, "go vet -catalog", r, r.Stderr)
				if findings(r.Stderr) != nil {
					t.Errorf("go vet analysed packages despite the bad catalog:\n%s", r)
				}
			})
		})
	}
	if _, err := os.Stat(filepath.Join(bad, vetRepresentative)); err != nil {
		t.Errorf("the bad catalog go vet runs on under -short: %v", err)
	}
}

// vetRepresentative is the bad catalog TestBadCatalog runs go vet on
// under -short: a well-formed file with a problem on a line of its own.
const vetRepresentative = "yaml_duplicate.yaml"

// TestBadConfig: a bad .errlint.yaml stops errlint, go vet and errlint
// catalog with exit 1 and its FILE:LINE, before any package is analysed.
func TestBadConfig(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	for k, v := range service {
		files[k] = v
	}
	files["api/.errlint.yaml"] = "catalog: codes.json\ncolour: blue\n"
	files["api/codes.json"] = `{"codes": [{"code": "A", "status": 400, "domain": "d", "retryable": false, "message": "m"}]}`
	dir := writeTree(t, files)
	want := filepath.Join(dir, "api/.errlint.yaml") + ":2: "
	for _, r := range []e2etest.Result{
		errlint(t, dir, "./..."),
		errlint(t, filepath.Join(dir, "api"), "catalog"),
	} {
		if r.Code != 1 || !strings.Contains(r.Stderr, want) || findings(r.Stderr) != nil {
			t.Errorf("want exit 1 and %q, no findings:\n%s", want, r)
		}
	}
	// go vet shortens the path relative to the current directory.
	r := runIn(t, dir, "go", "vet", "-vettool="+e2etest.Errlint(t), "./...")
	if want := "\napi/.errlint.yaml:2: "; r.Code != 1 || !strings.Contains(r.Stderr, want) || findings(r.Stderr) != nil {
		t.Errorf("go vet: want exit 1 and %q, no findings:\n%s", want, r)
	}
}

// A custom catalog chosen by .errlint.yaml, with codes that are not upper
// case.
var registry = map[string]string{
	"go.mod":        "module example.com/registry\n\ngo 1.22\n",
	".errlint.yaml": "# The registry's own codes.\ncatalog: errors.yaml\n",
	"errors.yaml": `codes:
  - code: blob_unknown
    status: 404
    domain: blobs
    retryable: false
    message: blob unknown to registry
  - code: denied
    status: 403
    domain: auth
    retryable: false
    message: requested access to the resource is denied
`,
	"handlers/handlers.go": `package handlers

import (
	"encoding/json"
	"net/http"
)

type regError struct {
	Code    string ` + "`json:\"code\"`" + `
	Message string ` + "`json:\"message\"`" + `
}

func (e *regError) Error() string { return e.Message }

func fail(w http.ResponseWriter, status int, code, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(&regError{Code: code, Message: msg})
}

func Blob(w http.ResponseWriter, r *http.Request) {
	fail(w, http.StatusNotFound, "blob_unknown", "no such blob")
}

func Denied(w http.ResponseWriter, r *http.Request) {
	fail(w, http.StatusForbidden, "DENIED", "no")
}
`,
}

func TestConfigCatalog(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, registry)
	r := errlint(t, dir, "-v", "./...")
	if r.Code != 3 {
		t.Fatalf("want exit 3:\n%s", r)
	}
	got := findings(r.Stderr)
	if len(got) != 1 || !strings.HasPrefix(got[0], "handlers/handlers.go:25:32: ") || !strings.Contains(got[0], "denied") {
		t.Errorf("want one finding at DENIED suggesting denied:\n%s", r)
	}
	if !strings.Contains(r.Stderr, filepath.Join(dir, ".errlint.yaml")) {
		t.Errorf("-v does not name the config:\n%s", r)
	}

	r = errlint(t, dir, "catalog")
	first, _, _ := strings.Cut(r.Stdout, "\n")
	if r.Code != 0 || !strings.Contains(first, ".errlint.yaml") || !strings.Contains(r.Stdout, "blob_unknown") {
		t.Errorf("errlint catalog:\n%s", r)
	}

	// A relative -catalog is relative to the current directory, and wins
	// over the config: with the default catalog, blob_unknown is unknown.
	write(t, filepath.Join(dir, "handlers", "seed.json"), mustRun(t, errlint(t, t.TempDir(), "catalog", "-format", "json")).Stdout)
	r = errlint(t, filepath.Join(dir, "handlers"), "-v", "-catalog", "seed.json", ".")
	if !strings.Contains(r.Stderr, "catalog: "+filepath.Join(dir, "handlers", "seed.json")) ||
		!strings.Contains(r.Stderr, `"blob_unknown" is not in the catalog`) {
		t.Errorf("-catalog relative to the current directory:\n%s", r)
	}
	// (go vet's choice of catalog through the config is TestVetCache's.)
}

// TestVetCache: go vet caches results by the tool's -V=full identity, which
// covers the catalog and config contents: editing them shows at once. (The
// module imports nothing, so that each new identity costs go vet little.)
func TestVetCache(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"go.mod":        "module example.com/cache\n\ngo 1.22\n",
		".errlint.yaml": "catalog: errors.yaml\n",
		"errors.yaml":   registry["errors.yaml"],
		"errs/errs.go": `package errs

type APIError struct {
	Status int
	Code   string
}

func (e *APIError) Error() string { return e.Code }

var ErrDenied = &APIError{Status: 403, Code: "DENIED"}
`,
	})
	bin := e2etest.Errlint(t)
	// vet reports whether go vet reports the unknown code DENIED.
	vet := func(args ...string) bool {
		t.Helper()
		r := runIn(t, dir, "go", append([]string{"vet", "-vettool=" + bin}, append(args, "./...")...)...)
		for _, f := range findings(r.Stderr) {
			if strings.HasPrefix(f, "errs/errs.go:10:46: ") {
				return true
			}
		}
		if r.Code != 0 && len(findings(r.Stderr)) == 0 {
			t.Fatalf("go vet failed:\n%s", r)
		}
		return false
	}
	if !vet() {
		t.Fatal("first run: DENIED not reported")
	}
	if !vet() {
		t.Fatal("second (cached) run: DENIED not reported")
	}
	// Add DENIED to the catalog named by .errlint.yaml: the finding goes.
	catalogPath := filepath.Join(dir, "errors.yaml")
	data, _ := os.ReadFile(catalogPath)
	extra := "  - code: DENIED\n    status: 403\n    domain: auth\n    retryable: false\n    message: denied\n"
	write(t, catalogPath, string(data)+extra)
	if vet() {
		t.Error("after editing the catalog: DENIED still reported")
	}

	// The same with a catalog named by -catalog (relative to the module
	// root) instead of the config.
	write(t, filepath.Join(dir, "flag.yaml"), string(data))
	if !vet("-catalog=flag.yaml") {
		t.Fatal("-catalog run: DENIED not reported")
	}
	write(t, filepath.Join(dir, "flag.yaml"), string(data)+extra)
	if vet("-catalog=flag.yaml") {
		t.Error("after editing the -catalog file: DENIED still reported")
	}

	// Editing the config shows too.
	write(t, filepath.Join(dir, ".errlint.yaml"), "catalog: flag.yaml\n")
	write(t, filepath.Join(dir, "flag.yaml"), string(data))
	if !vet() {
		t.Error("after editing the config: DENIED not reported")
	}
}

func TestCatalogCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()

	r := errlint(t, dir, "catalog")
	first, rest, _ := strings.Cut(r.Stdout, "\n")
	if r.Code != 0 || !strings.Contains(first, "embedded default") || !strings.Contains(rest, "RATE_LIMITED") {
		t.Fatalf("errlint catalog:\n%s", r)
	}

	// Markdown reproduces the seed's table rows.
	r = errlint(t, dir, "catalog", "-format", "markdown")
	if r.Code != 0 || !strings.Contains(r.Stderr, "embedded default") {
		t.Fatalf("markdown:\n%s", r)
	}
	seed, err := os.ReadFile("../../catalog/testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	// The rows of a table, as cells (the seed's rows lack the leading "|").
	rows := func(s string) []string {
		var out []string
		inTable := false
		for _, line := range strings.Split(s, "\n") {
			line = strings.TrimSpace(line)
			switch {
			case strings.HasPrefix(line, "|---"):
				inTable = true
				continue
			case !inTable || !strings.Contains(line, "|"):
				inTable = inTable && line != ""
				continue
			}
			var cells []string
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				cells = append(cells, strings.TrimSpace(c))
			}
			out = append(out, strings.Join(cells, " | "))
		}
		return out
	}
	if got, want := rows(r.Stdout), rows(string(seed)); len(want) != 40 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("markdown rows differ from the seed's (%d vs %d rows):\n%s\n---\n%s", len(got), len(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// JSON round-trips.
	r = errlint(t, dir, "catalog", "-format", "json")
	if r.Code != 0 {
		t.Fatalf("json:\n%s", r)
	}
	write(t, filepath.Join(dir, "codes.json"), r.Stdout)
	r2 := errlint(t, dir, "catalog", "-format", "json", "codes.json")
	if r2.Code != 0 || r2.Stdout != r.Stdout {
		t.Errorf("json does not round-trip:\n%s\n---\n%s", r.Stdout, r2.Stdout)
	}
	if !strings.Contains(r2.Stderr, filepath.Join(dir, "codes.json")) {
		t.Errorf("source not named on stderr: %s", r2.Stderr)
	}

	// -check: clean, hygiene problems.
	write(t, filepath.Join(dir, "clean.json"), `{"codes": [
  {"code": "RATE_LIMITED", "status": 429, "domain": "d", "retryable": true, "message": "Slow down."}
]}`)
	if r := errlint(t, dir, "catalog", "-check", "clean.json"); r.Code != 0 || r.Stdout != filepath.Join(dir, "clean.json")+": 1 code, no problems\n" || r.Stderr != "" {
		t.Errorf("-check of a clean catalog:\n%s", r)
	}
	write(t, filepath.Join(dir, "hygiene.json"), `{"codes": [
  {"code": "A", "status": 404, "domain": "d", "retryable": true, "message": "Not here."}
]}`)
	r = errlint(t, dir, "catalog", "-check", "hygiene.json")
	if r.Code != 3 || !strings.HasPrefix(r.Stdout, filepath.Join(dir, "hygiene.json")+":2: A: ") {
		t.Errorf("-check with a hygiene problem:\n%s", r)
	}
}

func TestExampleService(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../examples/service")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("example service missing: %v", err)
	}
	r := errlint(t, dir, "./...")
	if r.Code != 3 {
		t.Fatalf("want exit 3:\n%s", r)
	}
	got := findings(r.Stderr)
	if len(got) < 6 {
		t.Fatalf("only %d findings:\n%s", len(got), r)
	}
	vet := runIn(t, dir, "go", "vet", "-vettool="+e2etest.Errlint(t), "./...")
	if g := findings(vet.Stderr); strings.Join(g, "\n") != strings.Join(got, "\n") {
		t.Errorf("go vet findings differ:\n%s\nstandalone:\n%s", strings.Join(g, "\n"), strings.Join(got, "\n"))
	}
}

// TestVerboseUnreached checks that -v names the go_catalog declarations a
// package cannot reach (its catalog is incomplete there).
func TestVerboseUnreached(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"go.mod":        "module example.com/cat\n\ngo 1.22\n",
		".errlint.yaml": "go_catalog:\n  - var: example.com/cat/apierr.codes\n",
		"apierr/apierr.go": `package apierr

type E struct {
	Code   string
	Status int
}

func (e E) Error() string { return e.Code }

var codes = []E{{Code: "GONE", Status: 410}, {Code: "LATE", Status: 425}}
`,
		"lonely/lonely.go": "package lonely\n\nimport \"net/http\"\n\nfunc F(w http.ResponseWriter) { w.WriteHeader(http.StatusGone) }\n",
	})
	r := errlint(t, dir, "-v", "./...")
	want := "errlint: example.com/cat/lonely: catalog incomplete: go_catalog example.com/cat/apierr.codes is not reachable from it"
	if !strings.Contains(r.Stderr, want) || strings.Contains(r.Stderr, "example.com/cat/apierr: catalog incomplete") {
		t.Errorf("-v: want %q for lonely only:\n%s", want, r)
	}
}
