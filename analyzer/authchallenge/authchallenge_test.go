package authchallenge_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/authchallenge"
	"github.com/errlint/errlint/analyzer/internal/goldens"
)

// TestAuthchallenge checks the rule on handlers (authchallenge) and, in
// the same load, error values written by central writers (§11): reported
// once, at the value, naming the writer; values that are never sent, and
// those whose writer sets the challenge for them, stay silent
// (centralwriter, centralchallenge, builder, builderlit: helpers called
// inside a middleware's function literal, echohandler, renderwriter).
func TestAuthchallenge(t *testing.T) {
	pkgs := []string{"authchallenge",
		"centralwriter/...", "centralchallenge", "builder", "builderlit/...", "centrallit", "centralsites", "centralswitch", "funcvalue/...", "humaerrors/defaultapi", "humaerrors/replaced", "humaerrors/unseen", "echohandler/...", "renderwriter"}
	goldens.RunWithSuggestedFixes(t, authchallenge.Analyzer, pkgs...)
}
