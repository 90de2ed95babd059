package authchallenge_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/authchallenge"
	"github.com/errlint/errlint/analyzer/internal/goldens"
)

func TestAuthchallenge(t *testing.T) {
	goldens.RunWithSuggestedFixes(t, authchallenge.Analyzer, "authchallenge")
}
