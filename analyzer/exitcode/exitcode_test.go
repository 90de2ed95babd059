package exitcode_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/exitcode"
	"github.com/errlint/errlint/analyzer/internal/goldens"
)

func TestExitcode(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, exitcode.Analyzer, "exitcode/...", "clientfacts/cli")
}
