package envelope_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/envelope"
	"github.com/errlint/errlint/analyzer/internal/goldens"
)

func TestEnvelope(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, envelope.Analyzer, "envelope")
}
