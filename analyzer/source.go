package analyzer

import (
	"go/ast"

	"github.com/errlint/errlint/analyzer/internal/response"
	"github.com/errlint/errlint/config"
)

// SourceWords are what configuration adds to MayExportFacts's judgement.
type SourceWords = response.SourceWords

// MayExportFacts reports whether the package at path, of the user's
// module, none of whose imports carries a fact, may export one: only then
// must a driver that reads other packages from export data analyse it
// from source. userPath tells the user's own packages from third-party
// ones.
func MayExportFacts(path string, files []*ast.File, userPath func(string) bool, words *SourceWords) bool {
	return response.MayExportFacts(path, files, userPath, words)
}

// ConfigSourceWords returns what the settings in effect for a package's
// directory add to MayExportFacts.
func ConfigSourceWords(s *config.Settings) *SourceWords {
	return response.ConfigSourceWords(s)
}
