package response_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestMayExportFacts proves the rule by which the standalone driver reads
// a user package from export data safe on every analysistest package:
// run from source, a package that MayExportFacts judges fact-free (with
// every import it makes fact-free too) exports no fact. The packages
// without a dot in their path stand for the user's module; the framework
// stubs (github.com/…) for third-party code.
func TestMayExportFacts(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every analysistest package")
	}
	dir := goldens.Testdata(t)
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(dir, "src"),
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	a := response.New(response.Options{})
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	owns := map[*packages.Package]int{} // facts a package exports on its own objects
	for act := range graph.All() {
		if act.Analyzer != a || act.Err != nil {
			continue
		}
		tp := act.Package.Types
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() == tp {
				owns[act.Package]++
			}
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package == tp {
				owns[act.Package]++
			}
		}
	}

	user := func(path string) bool {
		first, _, _ := strings.Cut(path, "/")
		if strings.Contains(first, ".") {
			return false
		}
		_, err := os.Stat(filepath.Join(dir, "src", filepath.FromSlash(path)))
		return err == nil
	}
	carries := map[*packages.Package]bool{} // from source, or a stub with facts
	var judged, free int
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if !user(p.PkgPath) || p.IllTyped || len(p.Errors) > 0 {
			carries[p] = owns[p] > 0
			return
		}
		judged++
		for _, imp := range p.Imports {
			if carries[imp] {
				carries[p] = true
				return
			}
		}
		if response.MayExportFacts(p.PkgPath, p.Syntax, user, nil) {
			carries[p] = true
			return
		}
		free++
		if owns[p] > 0 {
			t.Errorf("%s: judged fact-free, but it exports %d facts", p.PkgPath, owns[p])
		}
	})
	t.Logf("%d user packages, %d judged fact-free", judged, free)

	// exportrule/: look-alikes either side of the line.
	for _, p := range pkgs {
		switch {
		case strings.HasPrefix(p.PkgPath, "exportrule/free/") && carries[p]:
			t.Errorf("%s: judged to carry facts; it declares nothing a fact is made of", p.PkgPath)
		case strings.HasPrefix(p.PkgPath, "exportrule/needs/"):
			if !carries[p] {
				t.Errorf("%s: judged fact-free; it declares error values or a code comparison", p.PkgPath)
			}
			t.Logf("%s: %d facts", p.PkgPath, owns[p])
		}
	}
	if free < 5 {
		t.Errorf("only %d packages judged fact-free: the test proves little", free)
	}
}
