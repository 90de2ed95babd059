package analyzer_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/internal/goldens"
)

// Integer codes (§11, §13): read, compared and reported as numbers, with
// no edit-distance suggestion; an integer echoing its status is no code.
func TestIntegerCodes(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, combined(analyzer.New(analyzer.Options{})), "intcodes/...")
}
