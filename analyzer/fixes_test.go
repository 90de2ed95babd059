package analyzer_test

import (
	"fmt"
	"go/format"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/internal/edit"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestAllFixesAtOnce runs the whole suite on every test package that has
// .golden files, on a copy of testdata: the fixes of all findings of a
// package must not conflict (SPEC §2, Fixes), applying all of them in one
// round (then gofmt, as errlint -fix and go fix do) must leave code that
// type-checks, and every fixed finding must be gone on a second run.
func TestAllFixesAtOnce(t *testing.T) {
	src := filepath.Join(goldens.Testdata(t), "src")
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Dir(src))); err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	seen := map[string]bool{}
	filepath.WalkDir(filepath.Join(dir, "src"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".go.golden") {
			rel, _ := filepath.Rel(filepath.Join(dir, "src"), filepath.Dir(path))
			if !seen[rel] {
				seen[rel] = true
				pkgs = append(pkgs, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	sort.Strings(pkgs)
	if len(pkgs) < 5 {
		t.Fatalf("found only %d packages with goldens", len(pkgs))
	}

	before := run(t, dir, pkgs)
	fixed := map[string]int{} // analyzer and message of each fixed finding
	edits := map[string][]edit.Edit{}
	for _, p := range before {
		for _, c := range goldens.Conflicts(p.fset, p.diags) {
			t.Errorf("%s: %s", p.path, c)
		}
		for i, d := range p.diags {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			fixed[p.names[i]+": "+d.Message]++
			byFile, err := edit.ByFile(p.fset, d.SuggestedFixes[0].TextEdits)
			if err != nil {
				t.Fatalf("%s: %s: %v", p.fset.Position(d.Pos), d.Message, err)
			}
			for name, es := range byFile {
				edits[name] = append(edits[name], es...)
			}
		}
	}
	if len(fixed) == 0 {
		t.Fatal("no finding has a fix")
	}
	for name, es := range edits {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		applied, err := edit.Apply(data, es)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out, err := format.Source(applied)
		if err != nil {
			t.Fatalf("%s: fixed file does not parse: %v", name, err)
		}
		if err := os.WriteFile(name, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// A finding whose message also stands for an unfixable one (net/http
	// shadowed there) may stay that many times.
	unfixed := map[string]int{}
	for _, p := range before {
		for i, d := range p.diags {
			if len(d.SuggestedFixes) == 0 {
				unfixed[p.names[i]+": "+d.Message]++
			}
		}
	}
	after := map[string]int{}
	for _, p := range run(t, dir, pkgs) {
		for i, d := range p.diags {
			k := p.names[i] + ": " + d.Message
			if after[k]++; fixed[k] > 0 && after[k] > unfixed[k] {
				t.Errorf("%s: %s is still reported after its fix", p.fset.Position(d.Pos), k)
			}
		}
	}
}

type pkgFindings struct {
	path  string
	fset  *token.FileSet
	diags []analysis.Diagnostic
	names []string // the analyzer of each diagnostic
}

// run runs the suite on the GOPATH-style tree dir (as analysistest does)
// and returns the findings per package; a package that does not load or
// type-check fails the test.
func run(t *testing.T, dir string, pkgs []string) []pkgFindings {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	loaded, err := packages.Load(cfg, pkgs...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range loaded {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	graph, err := checker.Analyze(analyzer.New(analyzer.Options{}), loaded, nil)
	if err != nil {
		t.Fatal(err)
	}
	byPkg := map[string]*pkgFindings{}
	var out []pkgFindings
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
			continue
		}
		p := byPkg[act.Package.PkgPath]
		if p == nil {
			p = &pkgFindings{path: act.Package.PkgPath, fset: act.Package.Fset}
			byPkg[act.Package.PkgPath] = p
		}
		for _, d := range act.Diagnostics {
			p.diags = append(p.diags, d)
			p.names = append(p.names, act.Analyzer.Name)
		}
	}
	for _, p := range byPkg {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	if len(out) == 0 {
		t.Fatal(fmt.Errorf("no package analysed"))
	}
	return out
}
