// Command noop is the benchmark's floor: the multichecker driver running one
// analyzer that requires the shared inspector and does nothing else, and
// declares no facts. errlint's standalone cost is measured against it.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

var analyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop requires the inspector and reports nothing (benchmark floor)",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer]
		return nil, nil
	},
}

func main() { multichecker.Main(analyzer) }
