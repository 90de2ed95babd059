package statusmismatch_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/statusmismatch"
)

// TestStatusmismatch checks the rule on handlers and writers, and on a
// client's comparisons under a status the catalog never sends the code
// with (compare/status, SPEC §12), in one load.
func TestStatusmismatch(t *testing.T) {
	pkgs := []string{"statusmismatch", "writers/handlers", "compare/status"}
	goldens.RunWithSuggestedFixes(t, statusmismatch.Analyzer, pkgs...)
}
