package analyzer_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFixConstants checks that status fixes use the constants of the
// framework the file already spells statuses with (fiber v2 and v3), and
// net/http's where it spells none (issue 19).
func TestFixConstants(t *testing.T) {
	a := combined(analyzer.New(analyzer.Options{}))
	goldens.RunWithSuggestedFixes(t, a, "fixconstants/...")
}

// TestPairDirective checks that a directive on any line of a paired
// status and body silences the pair's findings, and counts as used.
func TestPairDirective(t *testing.T) {
	analysistest.Run(t, goldens.Testdata(t), combined(analyzer.New(analyzer.Options{})), "pairdirective")
}

// TestShapeSuccess checks that a literal of a type recognised only by its
// shape, sent with a 1xx–3xx status (or by a status-less body call), is
// no code position unless its code is in the catalog or it sets ok: false;
// a type named in types: is a code position wherever it is sent.
func TestShapeSuccess(t *testing.T) {
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{
		Types: []config.TypeRoles{{Type: "shapesuccess.Promo", Code: "Code", Status: "Status"}},
	}})
	analysistest.Run(t, goldens.Testdata(t), combined(as), "shapesuccess")
}

// TestHeaderPaths checks that a header set, or an unknown call handed the
// writer, counts for a response only on a path reaching its commit.
func TestHeaderPaths(t *testing.T) {
	analysistest.Run(t, goldens.Testdata(t), combined(analyzer.New(analyzer.Options{})), "headerpaths")
}
