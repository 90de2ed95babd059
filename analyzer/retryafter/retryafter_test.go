package retryafter_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/retryafter"
)

func TestRetryafter(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, retryafter.Analyzer, "retryafter")
}

// TestCentralWriter checks 429 error values written by a central writer
// that sets Retry-After for some of them (§11).
func TestCentralWriter(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, retryafter.Analyzer, "centralretry")
}
