package retryafter_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/retryafter"
)

// TestRetryafter checks the rule (retryafter) and, in the same load, 429
// error values written by a central writer that sets Retry-After for some
// of them (centralretry, §11).
func TestRetryafter(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, retryafter.Analyzer, "retryafter", "centralretry", "humaerrors/limited")
}
