package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/ignoredirective"
	"github.com/errlint/errlint/internal/edit"
	"golang.org/x/tools/go/analysis"
)

// This file runs the suite the way rules_go's nogo does: a Pass with no
// ReadFile and no Module, analyzer flags set by name on the base analyzer
// (nogo_config.json's "errlint": {"analyzer_flags": …}) after the analyzers
// are built, and errors of the listed analyzers as the only output of a
// bad configuration.

// outcome is what each analyzer of one run reported, or its error.
type outcome struct {
	diags map[string][]analysis.Diagnostic
	errs  map[string]error
	fset  *token.FileSet
	srcs  map[string]string // by absolute file name
}

// runBare type-checks the files (name → source; no imports) as package
// pkgPath in a fresh directory, then runs the roots and what they require
// with a Pass like nogo's: no ReadFile, no Module, no facts of other
// packages.
func runBare(t *testing.T, pkgPath string, files map[string]string, roots []*analysis.Analyzer) outcome {
	t.Helper()
	dir := t.TempDir()
	out := outcome{diags: map[string][]analysis.Diagnostic{}, errs: map[string]error{}, fset: token.NewFileSet(), srcs: map[string]string{}}
	var syntax []*ast.File
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range files {
			if !yield(n) {
				return
			}
		}
	})
	for _, name := range names {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(name, ".go") {
			continue
		}
		f, err := parser.ParseFile(out.fset, path, files[name], parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		out.srcs[path] = files[name]
		syntax = append(syntax, f)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Scopes:     map[ast.Node]*types.Scope{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	pkg, err := new(types.Config).Check(pkgPath, out.fset, syntax, info)
	if err != nil {
		t.Fatal(err)
	}
	results := map[*analysis.Analyzer]any{}
	failed := map[*analysis.Analyzer]error{}
	var exec func(a *analysis.Analyzer)
	exec = func(a *analysis.Analyzer) {
		if _, done := results[a]; done {
			return
		}
		if _, done := failed[a]; done {
			return
		}
		inputs := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			exec(req)
			if err := failed[req]; err != nil {
				failed[a] = fmt.Errorf("failed prerequisites: %s", req.Name)
				return
			}
			inputs[req] = results[req]
		}
		pass := &analysis.Pass{
			Analyzer:          a,
			Fset:              out.fset,
			Files:             syntax,
			Pkg:               pkg,
			TypesInfo:         info,
			TypesSizes:        types.SizesFor("gc", "amd64"),
			ResultOf:          inputs,
			Report:            func(d analysis.Diagnostic) { out.diags[a.Name] = append(out.diags[a.Name], d) },
			ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
			ExportObjectFact:  func(types.Object, analysis.Fact) {},
			ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
			ExportPackageFact: func(analysis.Fact) {},
			AllObjectFacts:    func() []analysis.ObjectFact { return nil },
			AllPackageFacts:   func() []analysis.PackageFact { return nil },
		}
		res, err := a.Run(pass)
		if err != nil {
			failed[a] = err
			return
		}
		results[a] = res
	}
	for _, a := range roots {
		exec(a)
		if err := failed[a]; err != nil {
			out.errs[a.Name] = err
		}
	}
	return out
}

// setFlags sets flags of the base analyzer by name, as nogo does from
// analyzer_flags: on each root's direct requirements.
func setFlags(t *testing.T, as []*analysis.Analyzer, flags map[string]string) {
	t.Helper()
	for _, a := range as {
		for _, req := range a.Requires {
			if req.Name != "errlint" {
				continue
			}
			for k, v := range flags {
				if req.Flags.Lookup(k) == nil {
					t.Fatalf("the errlint analyzer has no flag %q", k)
				}
				if err := req.Flags.Set(k, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// lines returns "LINE: analyzer: message" for each diagnostic, sorted.
func (o outcome) lines() []string {
	var out []string
	for name, ds := range o.diags {
		for _, d := range ds {
			out = append(out, fmt.Sprintf("%d: %s: %s", o.fset.Position(d.Pos).Line, name, d.Message))
		}
	}
	slices.Sort(out)
	return out
}

const apiErrorSrc = `package api

type APIError struct {
	OK     bool
	Status int
	Code   string
}

func Errors() []*APIError {
	return []*APIError{
		{Status: 404, Code: "RESOURCE_NOT_FOUND"}, // a comment gofmt aligns
		{Status: 500, Code: "INTERNAL_ERROR"},     // with this one
	}
}

func Ignored() *APIError {
	//errlint:ignore rawstatus its own line silences the next
	return &APIError{Status: 401, Code: "AUTH_REQUIRED"}
}
`

// TestBareDriver checks that, with no Pass.ReadFile, an own-line directive
// silences the next line and a fix that would make gofmt realign comments
// is widened to whole lines, as under go vet.
func TestBareDriver(t *testing.T) {
	as := analyzer.New(analyzer.Options{})
	out := runBare(t, "example.com/svc/api", map[string]string{"api.go": apiErrorSrc}, as)
	if len(out.errs) > 0 {
		t.Fatalf("errors: %v", out.errs)
	}
	want := []string{
		"11: rawstatus: raw status 404; use http.StatusNotFound",
		"12: rawstatus: raw status 500; use http.StatusInternalServerError",
	}
	if got := out.lines(); !slices.Equal(got, want) {
		t.Fatalf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	d := out.diags["rawstatus"][0]
	if len(d.SuggestedFixes) != 1 {
		t.Fatalf("%s: %d fixes", d.Message, len(d.SuggestedFixes))
	}
	// Edits are as small as the change (SPEC §2, revision 3): the fixed
	// file parses, and gofmt may only re-align the comments beside it,
	// which the drivers that apply fixes do.
	fixed := applyFix(t, out, d.SuggestedFixes[0])
	if _, err := format.Source([]byte(fixed)); err != nil {
		t.Errorf("the fixed file does not parse: %v\n%s", err, fixed)
	}
	if !strings.Contains(fixed, "{Status: http.StatusNotFound, Code: \"RESOURCE_NOT_FOUND\"}, // a comment gofmt aligns") {
		t.Errorf("the fix did not replace the literal alone:\n%s", fixed)
	}
}

// applyFix applies the edits of fix to the one file they touch.
func applyFix(t *testing.T, out outcome, fix analysis.SuggestedFix) string {
	t.Helper()
	byFile, err := edit.ByFile(out.fset, fix.TextEdits)
	if err != nil || len(byFile) != 1 {
		t.Fatalf("fix %q: edits of %d files (want 1): %v", fix.Message, len(byFile), err)
	}
	for name, es := range byFile {
		fixed, err := edit.Apply([]byte(out.srcs[name]), es)
		if err != nil {
			t.Fatalf("fix %q: %v", fix.Message, err)
		}
		return string(fixed)
	}
	return ""
}

// TestModulesFlag checks that without module information the modules flag
// says which packages are the user's: others are neither reported in nor
// inferred from.
func TestModulesFlag(t *testing.T) {
	for _, tc := range []struct {
		modules string
		want    int
	}{
		{"", 2}, // default: everything outside the standard library
		{"example.com/svc", 2},
		{"example.com/other,example.com/svc/api", 2},
		{"example.com/other", 0},
		{"example.com/sv", 0}, // a path prefix, not a string prefix
	} {
		as := analyzer.New(analyzer.Options{})
		setFlags(t, as, map[string]string{"modules": tc.modules})
		out := runBare(t, "example.com/svc/api", map[string]string{"api.go": apiErrorSrc}, as)
		if got := len(out.lines()); got != tc.want || len(out.errs) > 0 {
			t.Errorf("modules=%q: %d findings, errors %v; want %d", tc.modules, got, out.errs, tc.want)
		}
	}
}

const badConfig = "catalog: codes.yaml\ncatalogue: typo\n"

// TestFlagsHermetic checks the config and catalog flags: set after the
// analyzers are built, they are the only files read; a broken
// .errlint.yaml that discovery would find is never read.
func TestFlagsHermetic(t *testing.T) {
	files := map[string]string{
		"api/api.go":         apiErrorSrc,
		"api/.errlint.yaml":  badConfig, // what discovery would find
		"tools/errlint.yaml": "catalog: codes.yaml\n",
		// 404 is no status of RESOURCE_NOT_FOUND here: statusmismatch.
		"tools/codes.yaml": "codes:\n  - {code: RESOURCE_NOT_FOUND, status: 410}\n  - {code: INTERNAL_ERROR, status: 500}\n  - {code: AUTH_REQUIRED, status: 401}\n",
	}

	// Discovery reads the broken file: one analyzer fails with its line.
	as := analyzer.New(analyzer.Options{})
	out := runBare(t, "example.com/svc/api", files, as)
	checkConfigErr(t, "a broken discovered config", out.errs, filepath.Join("api", ".errlint.yaml")+`:2: unknown key "catalogue"; did you mean "catalog"?`)

	// The config flag, relative to the current directory as in a Bazel
	// action: the broken file is not read.
	dir := t.TempDir()
	for name, src := range files {
		if strings.HasPrefix(name, "tools/") {
			writeTestFile(t, filepath.Join(dir, name), src)
		}
	}
	t.Chdir(dir)
	as = analyzer.New(analyzer.Options{})
	setFlags(t, as, map[string]string{"config": "tools/errlint.yaml"})
	out = runBare(t, "example.com/svc/api", files, as)
	if len(out.errs) > 0 {
		t.Fatalf("with -config: errors %v", out.errs)
	}
	want := []string{
		"11: statusmismatch: error code RESOURCE_NOT_FOUND in api.APIError sent with status 404; the catalog says 410",
		"12: rawstatus: raw status 500; use http.StatusInternalServerError",
	}
	if got := out.lines(); !slices.Equal(got, want) {
		t.Errorf("with -config:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// The catalog flag alone: no config file at all.
	as = analyzer.New(analyzer.Options{})
	setFlags(t, as, map[string]string{"catalog": "tools/codes.yaml"})
	out = runBare(t, "example.com/svc/api", files, as)
	if got := out.lines(); len(out.errs) > 0 || !slices.Equal(got, want) {
		t.Errorf("with -catalog: errors %v\n%s\nwant:\n%s", out.errs, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A broken config named by the flag: the one error names it.
	writeTestFile(t, filepath.Join(dir, "tools", "errlint.yaml"), badConfig)
	as = analyzer.New(analyzer.Options{})
	setFlags(t, as, map[string]string{"config": "tools/errlint.yaml"})
	out = runBare(t, "example.com/svc/api", files, as)
	wantErr := filepath.Join(dir, "tools", "errlint.yaml") + `:2: unknown key "catalogue"; did you mean "catalog"?`
	checkConfigErr(t, "a broken -config", out.errs, wantErr)
	if len(out.diags) > 0 {
		t.Errorf("diagnostics with a broken config: %v", out.lines())
	}

	// For errlint's own driver, which prints each distinct error once and
	// may leave ignoredirective out: every reporter returns it.
	as = analyzer.New(analyzer.Options{ErrEveryReporter: true})
	setFlags(t, as, map[string]string{"config": "tools/errlint.yaml"})
	out = runBare(t, "example.com/svc/api", files, as)
	for _, name := range analyzer.Names {
		err := out.errs[name]
		if name == ignoredirective.Name {
			if err == nil || !strings.HasPrefix(err.Error(), "failed prerequisites") {
				t.Errorf("%s with ErrEveryReporter: error %v, want failed prerequisites", name, err)
			}
		} else if err == nil || err.Error() != wantErr {
			t.Errorf("%s with ErrEveryReporter: error %v, want %s", name, err, wantErr)
		}
	}
}

// checkConfigErr checks that a bad configuration fails one analyzer of
// the suite, ignoredirective, which no other requires, with an error
// ending in want: a driver that prints every failing analyzer's error
// (nogo, golangci-lint) prints it once, with no "failed prerequisites".
func checkConfigErr(t *testing.T, what string, errs map[string]error, want string) {
	t.Helper()
	for name, err := range errs {
		if name != ignoredirective.Name {
			t.Errorf("with %s, %s fails: %v", what, name, err)
		}
	}
	if err := errs[ignoredirective.Name]; err == nil || !strings.HasSuffix(err.Error(), want) {
		t.Errorf("with %s, %s: error %v, want one ending in %s", what, ignoredirective.Name, err, want)
	}
}

// TestConfigDiagnostics checks the gopls mode: a bad catalog is one
// diagnostic at the package clause of each file, from one reporter, and
// no analyzer fails.
func TestConfigDiagnostics(t *testing.T) {
	files := map[string]string{
		"api.go":        apiErrorSrc,
		"more.go":       "package api\n\nvar _ = 1\n",
		".errlint.yaml": "catalog: codes.yaml\n",
		"codes.yaml":    "codes:\n  - {code: DUP, status: 400}\n  - {code: DUP, status: 401}\n",
	}
	as := analyzer.New(analyzer.Options{ConfigDiagnostics: true})
	out := runBare(t, "example.com/svc/api", files, as)
	if len(out.errs) > 0 {
		t.Fatalf("errors: %v", out.errs)
	}
	var got []string
	for name, ds := range out.diags {
		if !slices.Contains(analyzer.Names, name) {
			t.Errorf("reported by %s", name)
		}
		for _, d := range ds {
			p := out.fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%s:%d:%d: %s", filepath.Base(p.Filename), p.Line, p.Column, d.Message))
		}
	}
	slices.Sort(got)
	var dir string
	for name := range out.srcs {
		dir = filepath.Dir(name)
	}
	msg := "errlint configuration error: " + filepath.Join(dir, "codes.yaml") + `:3: duplicate code "DUP" (first on line 2)`
	want := []string{"api.go:1:9: " + msg, "more.go:1:9: " + msg}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func writeTestFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFlagsRunfiles checks that a config flag's relative path that is not
// below the working directory is looked up in the runfiles tree (where
// Bazel stages a nogo dependency's data).
func TestFlagsRunfiles(t *testing.T) {
	runfiles := t.TempDir()
	writeTestFile(t, filepath.Join(runfiles, "_main", "tools", "errlint.yaml"), "catalog: codes.yaml\n")
	writeTestFile(t, filepath.Join(runfiles, "_main", "tools", "codes.yaml"), "codes:\n  - {code: RESOURCE_NOT_FOUND, status: 410}\n")
	t.Setenv("RUNFILES_DIR", runfiles)
	t.Chdir(t.TempDir())
	as := analyzer.New(analyzer.Options{})
	setFlags(t, as, map[string]string{"config": "tools/errlint.yaml"})
	out := runBare(t, "example.com/svc/api", map[string]string{"api.go": apiErrorSrc}, as)
	if len(out.errs) > 0 {
		t.Fatalf("errors: %v", out.errs)
	}
	want := "11: statusmismatch: error code RESOURCE_NOT_FOUND in api.APIError sent with status 404; the catalog says 410"
	if got := out.lines(); !slices.Contains(got, want) {
		t.Errorf("the catalog of the runfiles config is not used:\n%s", strings.Join(got, "\n"))
	}
}
