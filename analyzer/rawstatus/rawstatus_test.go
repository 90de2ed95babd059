package rawstatus_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/rawstatus"
	"golang.org/x/tools/go/analysis/analysistest"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

var update = flag.Bool("update", false, "write the .golden files from the fixes")

func TestRawstatus(t *testing.T) {
	pkgs := []string{"rawstatus", "rawstatusimports"}
	if *update {
		goldens.Update(t, testdata(t), rawstatus.Analyzer, pkgs...)
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), rawstatus.Analyzer, pkgs...)
}
