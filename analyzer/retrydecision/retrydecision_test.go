package retrydecision_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/retrydecision"
)

func TestRetrydecision(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, retrydecision.Analyzer, "retrydecision/...", "clientfacts/retry")
}
