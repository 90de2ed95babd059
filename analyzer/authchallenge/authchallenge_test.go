package authchallenge_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/authchallenge"
	"github.com/errlint/errlint/analyzer/internal/goldens"
)

func TestAuthchallenge(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, authchallenge.Analyzer, "authchallenge")
}

// TestCentralWriter checks error values written by central writers (§11):
// reported once, at the value, naming the writer; values that are never
// sent, and those whose writer sets the challenge for them, stay silent.
func TestCentralWriter(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, authchallenge.Analyzer, "centralwriter/...", "centralchallenge", "builder", "echohandler/...", "renderwriter")
}
