package retryafter_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/retryafter"
)

func TestRetryafter(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, retryafter.Analyzer, "retryafter")
}
