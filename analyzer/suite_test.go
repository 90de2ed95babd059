package analyzer_test

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
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
	if !reflect.DeepEqual(config.KnownAnalyzers, analyzer.Names) {
		t.Errorf("config.KnownAnalyzers is %v, Names is %v: disable would reject an analyzer or accept a stranger", config.KnownAnalyzers, analyzer.Names)
	}
	if err := analysis.Validate(analyzer.New(analyzer.Options{})); err != nil {
		t.Error(err)
	}
}

// TestSuite runs the analyzers together, with the default options, on
// every package that needs no options of its own, in one load (each
// analysistest load type-checks net/http and its dependencies again):
//   - the look-alikes that must stay silent (clean), //errlint:ignore
//     directives with _test.go and generated files (ignore), a catalog and
//     a writer named by .errlint.yaml (customcatalog), an analyzer turned
//     off by .errlint.yaml (authoff), unusual code (robust) and fixes next
//     to each other (adjacentfixes);
//   - codes nested under "error" in both shapes (nested);
//   - package-level error values carried across packages as facts and
//     paired where they are written as bodies (sentinel);
//   - handlers of the frameworks of §6, one package per framework, a case
//     per row kind, and their look-alikes, which must stay silent
//     (frameworks);
//   - integer codes (§11, §13): read, compared and reported as numbers,
//     with no edit-distance suggestion; an integer echoing its status is
//     no code (intcodes);
//   - code collisions (§13): two constants with one value, each a
//     descriptor's code, reported at the later declaration naming the
//     other (collide);
//   - a service that sends no code (§11, §13): no rule-2 findings where
//     neither the package nor its dependencies send a code, or where the
//     configuration says catalog: none; messages never suggest the
//     embedded default's codes to a module that sends none of them
//     (nocode).
//
// A failure names the file of the case.
func TestSuite(t *testing.T) {
	pkgs := []string{
		"clean", "ignore", "customcatalog/...", "robust", "authoff", "adjacentfixes",
		"nested",
		"sentinel/...",
		"frameworks/...",
		"intcodes/...",
		"collide/...",
		"nocode/...",
	}
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
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{
		Catalog: cat,
		Writers: []config.Writer{{Func: "options.record", Status: &one, Code: &zero}},
		Disable: []string{"statusmismatch"},
	}})
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

// TestNamesListed checks the places outside Go code that list the
// analyzers against Names: the README's checks at a glance and the full
// table of docs/checks.md; and that the gopls build takes them from the
// suite.
func TestNamesListed(t *testing.T) {
	for _, table := range []struct{ file, section string }{
		{"../README.md", "## The checks at a glance"},
		{"../docs/checks.md", "## At a glance"},
	} {
		if rows := checksTable(t, table.file, table.section); !reflect.DeepEqual(rows, analyzer.Names) {
			t.Errorf("%s: the checks table under %q lists %v, Names is %v", table.file, table.section, rows, analyzer.Names)
		}
	}

	gopls, err := os.ReadFile("../scripts/build-gopls.sh")
	if err != nil {
		t.Fatal(err)
	}
	// The gopls build takes every analyzer the suite returns, so it lists
	// none by name.
	if want := "range analyzer.New(analyzer.Options{ConfigDiagnostics: true})"; !strings.Contains(string(gopls), want) {
		t.Errorf("scripts/build-gopls.sh does not take the suite's analyzers (%s)", want)
	}
}

var checksRowRE = regexp.MustCompile("^\\| `([a-z]+)` \\|")

// checksTable returns the analyzer names of the first column of the first
// table under the heading section of the Markdown file.
func checksTable(t *testing.T, file, section string) []string {
	t.Helper()
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(text), "\n"+section+"\n")
	if !ok {
		t.Fatalf("%s has no section %q", file, section)
	}
	var rows []string
	for _, line := range strings.Split(after, "\n") {
		if m := checksRowRE.FindStringSubmatch(line); m != nil {
			rows = append(rows, m[1])
		} else if len(rows) > 0 {
			break // the end of the table
		}
	}
	return rows
}

// TestErrorTypes checks error types as services spell them (revision 3):
// HTTPStatusCode, a types: entry with its own roles and a slice code, an
// ignore_types entry, rows whose status is no HTTP status, and the type
// named in findings on types recognised by their shape.
func TestErrorTypes(t *testing.T) {
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{
		Types:       []config.TypeRoles{{Type: "errtypes.Problem", Code: "Reason", Status: "Sent", OK: "Good"}},
		IgnoreTypes: []string{"errtypes/validate.FieldError"},
	}})
	analysistest.Run(t, goldens.Testdata(t), combined(as), "errtypes/...")
}

// TestDependencyWriters checks writers: entries with carries: on a
// dependency's constructors, and an entry whose index is not a parameter
// of its function: a configuration error where the function is seen.
func TestDependencyWriters(t *testing.T) {
	zero := 0
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{Writers: []config.Writer{
		{Func: "depwriter/kerrors.NotFound", Code: &zero, Carries: 404},
		{Func: "depwriter/kerrors.Forbidden", Code: &zero, Carries: 403},
	}}})
	goldens.RunWithSuggestedFixes(t, combined(as), "depwriter/app")

	five := 5
	bad := analyzer.New(analyzer.Options{Overrides: config.Overrides{Writers: []config.Writer{
		{Func: "depwriter/kerrors.NotFound", Code: &five, Carries: 404},
	}}})
	// The error is the last analyzer's (ignoredirective's), which no other
	// requires: the reporters skip silently.
	for _, r := range analysistest.Run(&recorder{T: t}, goldens.Testdata(t), bad[len(bad)-1], "depwriter/app") {
		want := `writer {func: "depwriter/kerrors.NotFound", code: 5, carries: 404}: "code" is parameter 5, but depwriter/kerrors.NotFound has 2 parameters`
		if r.Err == nil || !strings.Contains(r.Err.Error(), want) {
			t.Errorf("bad writer index: error %v, want %q", r.Err, want)
		}
	}
}

// recorder lets a test expect analysistest's errors instead of failing.
type recorder struct{ *testing.T }

func (r *recorder) Errorf(format string, args ...any) { r.Logf("(expected) "+format, args...) }

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
