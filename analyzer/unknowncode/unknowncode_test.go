package unknowncode_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/unknowncode"
)

// TestUnknowncode checks the rule on handlers, envelope literals and
// writers, and on a client's comparisons with codes, which are code
// positions (compare, compare/sdk, SPEC §12), in one load.
func TestUnknowncode(t *testing.T) {
	pkgs := []string{"unknowncode", "envelopelit", "writers/envelopeuse", "compare", "compare/sdk", "clientfacts/decode", "clientfacts/report"}
	goldens.RunWithSuggestedFixes(t, unknowncode.Analyzer, pkgs...)
}
