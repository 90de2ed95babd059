package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/internal/response"
)

// Integer codes (§11, §13), code collisions (§13) and services that send
// no code (§11, §13) need no options: TestSuite checks them, in its load.

// noticeAnalyzer reports the notice of each found catalog in effect in a
// package, at its first file's package clause, so the tests can match
// what the command prints.
func noticeAnalyzer(base *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "foundnotice",
		Doc:      "report found catalogs (test only)",
		Requires: []*analysis.Analyzer{base},
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[base].(*response.Result)
			for _, f := range res.FoundCatalogs() {
				pass.Reportf(pass.Files[0].Package, "%s", f.Notice(filepath.Dir(filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name()))))
			}
			return nil, nil
		},
	}
}

// Found catalogs (§11, §13): with no catalog configured, a table of values,
// the package-level variables of an error type or one method per error
// type returning a literal are the catalog when they hold at least five
// entries, mostly not the embedded default's; dependents see them by fact.
func TestFoundCatalogs(t *testing.T) {
	as := analyzer.New(analyzer.Options{})
	as = append(as, noticeAnalyzer(analyzer.Base(as)))
	goldens.RunWithSuggestedFixes(t, combined(as), "found/...")
}
