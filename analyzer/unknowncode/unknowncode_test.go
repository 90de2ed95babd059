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
