package ignoredirective_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/ignoredirective"
	"github.com/errlint/errlint/analyzer/internal/goldens"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestIgnoredirective(t *testing.T) {
	analysistest.Run(t, goldens.Testdata(t), ignoredirective.Analyzer, "directives")
}
