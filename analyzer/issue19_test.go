package analyzer_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/internal/goldens"
)

// TestFixConstants checks that status fixes use the constants of the
// framework the file already spells statuses with (fiber v2 and v3), and
// net/http's where it spells none (issue 19).
func TestFixConstants(t *testing.T) {
	a := combined(analyzer.New(analyzer.Options{}))
	goldens.RunWithSuggestedFixes(t, a, "fixconstants/...")
}
