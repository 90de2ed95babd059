package unknowncode_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/unknowncode"
)

func TestUnknowncode(t *testing.T) {
	pkgs := []string{"unknowncode", "envelopelit", "writers/envelopeuse"}
	goldens.RunWithSuggestedFixes(t, unknowncode.Analyzer, pkgs...)
}

// TestComparisons: a client's comparisons with codes are code positions
// (SPEC §12).
func TestComparisons(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, unknowncode.Analyzer, "compare", "compare/sdk")
}
