package analyzer_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/internal/goldens"
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
