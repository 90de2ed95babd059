package unknowncode_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/unknowncode"
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

func TestUnknowncode(t *testing.T) {
	pkgs := []string{"unknowncode"}
	if *update {
		goldens.Update(t, testdata(t), unknowncode.Analyzer, pkgs...)
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), unknowncode.Analyzer, pkgs...)
}
