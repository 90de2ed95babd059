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
