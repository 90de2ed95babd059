package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/analyzer/rawstatus"
	"github.com/errlint/errlint/analyzer/statusmismatch"
	"github.com/errlint/errlint/analyzer/unknowncode"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestClean runs every analyzer on look-alikes: nothing may be reported.
func TestClean(t *testing.T) {
	for _, a := range []*analysis.Analyzer{rawstatus.Analyzer, unknowncode.Analyzer, statusmismatch.Analyzer} {
		t.Run(a.Name, func(t *testing.T) {
			analysistest.Run(t, testdata(t), a, "clean")
		})
	}
}
