package statusmismatch_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/statusmismatch"
)

func TestStatusmismatch(t *testing.T) {
	pkgs := []string{"statusmismatch", "writers/handlers"}
	goldens.RunWithSuggestedFixes(t, statusmismatch.Analyzer, pkgs...)
}

// TestComparisons: a comparison under a status the catalog never sends
// the code with (SPEC §12).
func TestComparisons(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, statusmismatch.Analyzer, "compare/status")
}
