package rawstatus_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/rawstatus"
)

func TestRawstatus(t *testing.T) {
	pkgs := []string{"rawstatus", "rawstatusimports"}
	goldens.RunWithSuggestedFixes(t, rawstatus.Analyzer, pkgs...)
}

// TestNotSent checks that error values that are never sent (template data,
// a log call, a field of a struct that is no error type) are no responses
// for rule 2, while a returned one still is (§11).
func TestNotSent(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, rawstatus.Analyzer, "notsent")
}
