package analyzer

import (
	"go/ast"

	"github.com/errlint/errlint/analyzer/internal/response"
	"github.com/errlint/errlint/config"
)

// SourceWords are what configuration adds to MayExportFacts's judgement.
type SourceWords = response.SourceWords

// MayExportFacts reports whether a package of the user's module, none of
// whose imports carries a fact, may export one: only then must a driver
// that reads other packages from export data analyse it from source.
// userPath tells the user's own packages from third-party ones.
func MayExportFacts(files []*ast.File, userPath func(string) bool, words *SourceWords) bool {
	return response.MayExportFacts(files, userPath, words)
}

// ConfigSourceWords returns what the configuration files in effect for a
// package add to MayExportFacts: the packages and names their entries
// spell.
func ConfigSourceWords(files []*config.File) *SourceWords {
	return response.ConfigSourceWords(files)
}
