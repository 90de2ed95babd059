package rawstatus_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/rawstatus"
)

// TestRawstatus checks the rule (rawstatus, rawstatusimports) and, in the
// same load, that error values that are never sent (template data, a log
// call, a field of a struct that is no error type) are no responses for
// rule 2, while a returned one still is (notsent, §11).
func TestRawstatus(t *testing.T) {
	pkgs := []string{"rawstatus", "rawstatusimports", "notsent"}
	goldens.RunWithSuggestedFixes(t, rawstatus.Analyzer, pkgs...)
}
