package statusmismatch_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/statusmismatch"
	"golang.org/x/tools/go/analysis/analysistest"
)

var update = flag.Bool("update", false, "write the .golden files from the fixes")

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestStatusmismatch(t *testing.T) {
	pkgs := []string{"statusmismatch", "writers/handlers"}
	if *update {
		goldens.Update(t, testdata(t), statusmismatch.Analyzer, pkgs...)
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), statusmismatch.Analyzer, pkgs...)
}
