package analyzer_test

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/ignoredirective"
	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// combined runs the suite's analyzers as one, in their order, so that a
// test package can expect the findings of all of them.
func combined(as []*analysis.Analyzer) *analysis.Analyzer {
	var requires []*analysis.Analyzer
	for _, a := range as {
		for _, r := range a.Requires {
			if !contains(requires, r) && !contains(as, r) {
				requires = append(requires, r)
			}
		}
	}
	return &analysis.Analyzer{
		Name:     "errlint",
		Doc:      "all of errlint's analyzers",
		Requires: requires,
		Run: func(pass *analysis.Pass) (any, error) {
			for _, a := range as {
				if _, err := a.Run(pass); err != nil {
					return nil, err
				}
			}
			return nil, nil
		},
	}
}

func contains(as []*analysis.Analyzer, a *analysis.Analyzer) bool {
	for _, b := range as {
		if a == b {
			return true
		}
	}
	return false
}

func TestNames(t *testing.T) {
	var got []string
	for _, a := range analyzer.New(analyzer.Options{}) {
		got = append(got, a.Name)
		if a.URL == "" || a.Doc == "" {
			t.Errorf("%s: URL or Doc missing", a.Name)
		}
	}
	if !reflect.DeepEqual(got, analyzer.Names) {
		t.Errorf("New returns %v, Names is %v", got, analyzer.Names)
	}
	if err := analysis.Validate(analyzer.New(analyzer.Options{})); err != nil {
		t.Error(err)
	}
}

// TestSuite runs the three analyzers together on the look-alikes that must
// stay silent (clean), //errlint:ignore directives with _test.go and
// generated files (ignore), a catalog and a writer named by .errlint.yaml
// (customcatalog) and unusual code (robust), in one load.
func TestSuite(t *testing.T) {
	pkgs := []string{"clean", "ignore", "customcatalog/...", "robust", "adjacentfixes"}
	a := combined(analyzer.New(analyzer.Options{}))
	goldens.RunWithSuggestedFixes(t, a, pkgs...)
}

// TestOptions checks the driver's overrides: a catalog, a writer, and a
// disabled analyzer that hands its findings back.
func TestOptions(t *testing.T) {
	cat, err := filepath.Abs("../testdata/src/customcatalog/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	one, zero := 1, 0
	as := analyzer.New(analyzer.Options{
		Catalog: cat,
		Writers: []config.Writer{{Func: "options.record", Status: &one, Code: &zero}},
		Disable: []string{"statusmismatch"},
	})
	analysistest.Run(t, goldens.Testdata(t), combined(as), "options")
}

// TestDocs checks that each Doc comes from its doc.go section.
func TestDocs(t *testing.T) {
	for _, a := range analyzer.New(analyzer.Options{}) {
		first, _, _ := strings.Cut(a.Doc, "\n")
		if !strings.HasPrefix(first, "report ") || strings.Contains(a.Doc, "# Analyzer") {
			t.Errorf("%s: Doc not extracted from doc.go: %q", a.Name, first)
		}
	}
}

// TestDirectiveCoversReporters checks that both the suite's directive
// analyzer and the default instance (what gopls runs) require every
// reporter, so that each one's directives are known and their use seen.
func TestDirectiveCoversReporters(t *testing.T) {
	as := analyzer.New(analyzer.Options{})
	var reporters []string
	for _, a := range as[:len(as)-1] {
		reporters = append(reporters, a.Name)
	}
	last := as[len(as)-1]
	for _, d := range []*analysis.Analyzer{last, ignoredirective.Analyzer} {
		var got []string
		for _, r := range d.Requires[1:] {
			got = append(got, r.Name)
		}
		if d.Name != ignoredirective.Name || !reflect.DeepEqual(got, reporters) {
			t.Errorf("%s requires %v, want every reporter %v", d.Name, got, reporters)
		}
	}
}
