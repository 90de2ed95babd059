package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/ignoredirective"
	"github.com/errlint/errlint/internal/e2etest"
)

// These tests run errlint inside rules_go's real nogo runner without Bazel:
// scripts/build-nogo.sh builds rules_go's builder and a nogo binary with
// errlint's analyzers (configured by e2e/testdata/nogo/nogo_config.json),
// and runNogo runs the builder's compilepkg, nogo and nogovalidation verbs
// on each package of a module, dependencies first, with the arguments
// rules_go's compilepkg.bzl gives them.

// listed is what runNogo needs of `go list -json`.
type listed struct {
	ImportPath string
	Dir        string
	Export     string
	Standard   bool
	GoFiles    []string
	Imports    []string
}

// nogoPkg is the outcome of the actions of one package.
type nogoPkg struct {
	path       string
	log        string         // nogo.log: the findings, "" if none
	patch      string         // nogo.patch: the suggested fixes, "" if none
	validation e2etest.Result // nogovalidation: exit 1 and the findings when there are some
}

// runNogo runs rules_go's actions on every package of the module in dir,
// which plays Bazel's execroot: the actions run there and name files
// relative to it. The standard library's export data comes from
// `go list -export`, laid out under a GOROOT of its own as rules_go's
// stdlib action lays it out. It stops at the first action that fails and
// returns its output as the error. nogo is the nogo binary, "" for
// bin/nogo-errlint.
func runNogo(t *testing.T, dir, nogo string) ([]nogoPkg, error) {
	t.Helper()
	built, builder := e2etest.Nogo(t)
	if nogo == "" {
		nogo = built
	}
	res, err := run(dir, nil, "go", "list", "-deps", "-export", "-json", "./...")
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []listed
	dec := json.NewDecoder(strings.NewReader(res.Stdout))
	for dec.More() {
		var p listed
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	sdk := strings.TrimSpace(mustRun(t, dir, "go", "env", "GOROOT"))
	goVersion := strings.TrimPrefix(strings.TrimSpace(mustRun(t, dir, "go", "env", "GOVERSION")), "go")
	suffix := runtime.GOOS + "_" + runtime.GOARCH
	goroot := filepath.Join(t.TempDir(), "goroot")
	for _, p := range pkgs {
		if !p.Standard || p.Export == "" {
			continue
		}
		link := filepath.Join(goroot, "pkg", suffix, filepath.FromSlash(p.ImportPath)+".a")
		if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(p.Export, link); err != nil {
			t.Fatal(err)
		}
	}
	packageList := filepath.Join(goroot, "packages.txt")
	writeFile(t, packageList, mustRun(t, dir, "go", "list", "std"))

	var out []nogoPkg
	for _, p := range pkgs {
		if p.Standard {
			continue
		}
		rel, err := filepath.Rel(dir, p.Dir)
		if err != nil {
			t.Fatal(err)
		}
		bazelOut := func(path, name string) string { return filepath.Join("bazel-out", filepath.FromSlash(path), name) }
		diagDir := bazelOut(p.ImportPath, "nogo")
		if err := os.MkdirAll(filepath.Join(dir, diagDir), 0o755); err != nil {
			t.Fatal(err)
		}
		shared := []string{"-sdk", sdk, "-goroot", goroot, "-installsuffix", suffix, "-tags", ""}
		for _, f := range p.GoFiles {
			shared = append(shared, "-src", filepath.Join(rel, f))
		}
		var facts []string
		for _, imp := range p.Imports {
			if slices.ContainsFunc(pkgs, func(q listed) bool { return q.ImportPath == imp && !q.Standard }) {
				shared = append(shared, "-arc", imp+"="+imp+"="+bazelOut(imp, "export.x"))
				facts = append(facts, "-facts", imp+"="+imp+"="+bazelOut(imp, "facts"))
			}
		}
		shared = append(shared, "-importpath", p.ImportPath, "-p", p.ImportPath, "-package_list", packageList)

		compile := slices.Concat([]string{"compilepkg"}, shared, []string{
			"-lo", bazelOut(p.ImportPath, "lib.a"), "-o", bazelOut(p.ImportPath, "export.x"),
			"-imports", bazelOut(p.ImportPath, "imports.txt"), "-gcflags", ""})
		if _, err := run(dir, nil, builder, compile...); err != nil {
			return out, err
		}
		check := slices.Concat([]string{"nogo"}, shared, facts, []string{
			"-out_facts", bazelOut(p.ImportPath, "facts"), "-out", diagDir,
			"-go_version", goVersion, "-nogo", nogo})
		if _, err := run(dir, nil, builder, check...); err != nil {
			return out, err
		}
		validation, err := runOK(dir, nil, []int{1}, builder, "nogovalidation", bazelOut(p.ImportPath, "validation"), diagDir)
		if err != nil {
			return out, err
		}
		np := nogoPkg{path: p.ImportPath, validation: validation}
		if b, err := os.ReadFile(filepath.Join(dir, diagDir, "nogo.log")); err == nil {
			np.log = string(b)
		}
		if b, err := os.ReadFile(filepath.Join(dir, diagDir, "nogo.patch")); err == nil {
			np.patch = string(b)
		}
		out = append(out, np)
	}
	return out, nil
}

func mustRun(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	res, err := run(dir, nil, name, args...)
	if err != nil {
		t.Fatal(err)
	}
	return res.Stdout
}

// nogoShop copies e2e/testdata/nogo/shop into a fresh directory.
func nogoShop(t *testing.T) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(e2etest.RepoRoot, "e2e", "testdata", "nogo", "shop"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

var (
	// nogoLogRE matches a finding in nogo.log: "file:line:col: message (analyzer)".
	nogoLogRE = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.*) \(([a-z]+)\)$`)
	// vetLineRE matches a finding of go vet: "file:line:col: message".
	vetLineRE = regexp.MustCompile(`^(?:\./)?(.+\.go):(\d+):(\d+): (.*)$`)
)

// TestNogo checks errlint under rules_go's nogo, configured only through
// nogo_config.json's analyzer_flags: its findings (a writer in one package,
// its calls in another: facts; an own-line //errlint:ignore) and the fix
// patch equal go vet's and go fix's on the same module, nogovalidation
// fails the packages with findings, and no file but the configured ones is
// read (a broken .errlint.yaml at the module root is ignored).
func TestNogo(t *testing.T) {
	t.Parallel()
	dir := nogoShop(t)
	// What discovery would find: the configured run must never read it.
	writeFile(t, filepath.Join(dir, ".errlint.yaml"), "catalog: nowhere.yaml\nnot_a_key: true\n")
	pkgs, err := runNogo(t, dir, "")
	if err != nil {
		t.Fatal(err)
	}

	var got []string
	for _, p := range pkgs {
		sc := bufio.NewScanner(strings.NewReader(p.log))
		for sc.Scan() {
			line := sc.Text()
			if line == "" || strings.HasSuffix(line, "errors found by nogo during build-time code analysis:") {
				continue
			}
			m := nogoLogRE.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("%s: nogo.log line is not a finding: %q", p.path, line)
				continue
			}
			if !slices.Contains(analyzer.Names, m[5]) {
				t.Errorf("%s: finding of an unknown analyzer: %q", p.path, line)
			}
			got = append(got, fmt.Sprintf("%s:%s:%s: %s", m[1], m[2], m[3], m[4]))
		}
		switch {
		case p.log == "" && p.validation.Code != 0:
			t.Errorf("%s: nogovalidation exited %d without findings:\n%s", p.path, p.validation.Code, p.validation.Stderr)
		case p.log != "" && (p.validation.Code != 1 || !strings.Contains(p.validation.Stderr, strings.TrimSpace(p.log))):
			t.Errorf("%s: nogovalidation exited %d and printed:\n%s\nwant exit 1 and the findings:\n%s", p.path, p.validation.Code, p.validation.Stderr, p.log)
		}
	}
	slices.Sort(got)

	// go vet on a pristine copy, with the same catalog.
	vetDir := nogoShop(t)
	vet, err := runOK(vetDir, nil, []int{1}, "go", "vet", "-vettool="+e2etest.Errlint(t), "-catalog=tools/codes.yaml", "./...")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for line := range strings.Lines(vet.Stderr) {
		m := vetLineRE.FindStringSubmatch(strings.TrimRight(line, "\n"))
		if m == nil {
			continue
		}
		msg := regexp.MustCompile(` \[[a-z]+\]$`).ReplaceAllString(m[4], "") // the analyzer's name, if go vet shows it
		want = append(want, fmt.Sprintf("%s:%s:%s: %s", m[1], m[2], m[3], msg))
	}
	slices.Sort(want)
	if len(want) < 4 {
		t.Fatalf("go vet reports %d findings on the shop; the test needs its planted ones:\n%s", len(want), vet.Stderr)
	}
	t.Logf("nogo's findings:\n\t%s", strings.Join(got, "\n\t"))
	if !slices.Equal(got, want) {
		t.Errorf("nogo and go vet disagree\nnogo:\n\t%s\ngo vet:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	for _, f := range got {
		if strings.HasPrefix(f, "api/api.go:23:") {
			t.Errorf("the own-line //errlint:ignore on line 22 did not silence line 23: %s", f)
		}
	}

	// The fixes: nogo's patches applied with patch -p1, as nogovalidation
	// says, give the files go fix gives.
	fixDir := nogoShop(t)
	for _, p := range pkgs {
		if p.patch == "" {
			continue
		}
		name := filepath.Join(t.TempDir(), "nogo.patch")
		writeFile(t, name, p.patch)
		if _, err := run(fixDir, nil, "patch", "-p1", "-i", name); err != nil {
			t.Fatal(err)
		}
	}
	// Fixes are edits as small as the change (SPEC §2, revision 3); the
	// drivers that apply them (errlint -fix, go fix) gofmt what they
	// change, and so does whoever applies nogo's patch.
	if _, err := run(fixDir, nil, "gofmt", "-w", "."); err != nil {
		t.Fatal(err)
	}
	if _, err := runOK(vetDir, nil, []int{1}, "go", "fix", "-fixtool="+e2etest.Errlint(t), "-catalog=tools/codes.yaml", "./..."); err != nil {
		t.Fatal(err)
	}
	files := goFiles(t, vetDir)
	if !slices.Equal(files, goFiles(t, fixDir)) {
		t.Fatalf("go files differ: %v and %v", files, goFiles(t, fixDir))
	}
	changed := 0
	for _, f := range files {
		byVet, _ := os.ReadFile(filepath.Join(vetDir, f))
		byNogo, _ := os.ReadFile(filepath.Join(fixDir, f))
		orig, _ := os.ReadFile(filepath.Join(e2etest.RepoRoot, "e2e", "testdata", "nogo", "shop", f))
		if !bytes.Equal(byVet, orig) {
			changed++
		}
		if !bytes.Equal(byVet, byNogo) {
			t.Errorf("%s after go fix and after nogo's patch differ:\n%s", f, lineDiff(string(byVet), string(byNogo)))
		}
	}
	for _, p := range pkgs {
		t.Logf("%s: nogo.patch:\n%s", p.path, p.patch)
	}
	if changed == 0 {
		t.Error("go fix changed nothing: the test compares no fix")
	}
	if res, err := run(fixDir, nil, "gofmt", "-l", "."); err != nil || res.Stdout != "" {
		t.Errorf("files not gofmt-clean after nogo's patch: %q %v", res.Stdout, err)
	}
}

// TestNogoBadConfig checks that a bad configuration named by the config
// flag fails the nogo action with one error naming the file and line: nogo
// prints the error of every failing analyzer, so one analyzer returns it
// (ignoredirective, which no other requires), and no "failed
// prerequisites" follows (SPEC §13).
func TestNogoBadConfig(t *testing.T) {
	t.Parallel()
	dir := nogoShop(t)
	writeFile(t, filepath.Join(dir, "tools", "errlint.yaml"), "catalog: codes.yaml\ncatalgo: typo\n")
	_, err := runNogo(t, dir, "")
	if err == nil {
		t.Fatal("the actions succeeded with a bad configuration")
	}
	msg := err.Error()
	cause := `tools/errlint.yaml:2: unknown key "catalgo"`
	want := fmt.Sprintf(`analyzer %q failed: %s`, ignoredirective.Name, cause)
	if !strings.Contains(msg, want) {
		t.Errorf("the failure does not say %s:\n%s", want, msg)
	}
	// One package of the shop fails first and stops the build: the
	// error is printed once.
	if n := strings.Count(msg, cause); n != 1 {
		t.Errorf("the failure names %s %d times, want once:\n%s", cause, n, msg)
	}
	if strings.Contains(msg, "prerequisites") {
		t.Errorf("the failure has a failed prerequisites line:\n%s", msg)
	}
}

// TestNogoRunfiles checks the configuration staged as Bazel stages a nogo
// dependency's data: not below the action's working directory, but in the
// runfiles tree beside the nogo binary.
func TestNogoRunfiles(t *testing.T) {
	t.Parallel()
	dir := nogoShop(t)
	nogo, _ := e2etest.Nogo(t)
	staged := filepath.Join(t.TempDir(), "nogo_actual")
	data, err := os.ReadFile(nogo)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(staged, data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(staged+".runfiles/_main/tools", os.DirFS(filepath.Join(dir, "tools"))); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "tools")); err != nil {
		t.Fatal(err)
	}
	pkgs, err := runNogo(t, dir, staged)
	if err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	for _, p := range pkgs {
		logs.WriteString(p.log)
	}
	// The actions succeeded, so the config was found (a config file that
	// cannot be read is an error); its catalog's findings are there.
	if want := `api/api.go:15:44: error code "NOT_FOUND" is not in the catalog; did you mean RESOURCE_NOT_FOUND? (unknowncode)`; !strings.Contains(logs.String(), want) {
		t.Errorf("nogo with the runfiles configuration does not report %s:\n%s", want, logs.String())
	}
}
