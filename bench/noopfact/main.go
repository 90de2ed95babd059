// Command noopfact is the floor analyzer of bench/noop declaring one fact
// type. Under the multichecker driver, declaring any fact type makes it load
// every dependency from source; the benchmark shows that cost as the
// reference errlint's own driver avoids.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// marker is a fact type that is declared and never exported.
type marker struct{}

func (*marker) AFact()         {}
func (*marker) String() string { return "marker" }

var analyzer = &analysis.Analyzer{
	Name:      "noopfact",
	Doc:       "noopfact requires the inspector, declares one fact type and reports nothing (benchmark reference)",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(marker)},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer]
		return nil, nil
	},
}

func main() { multichecker.Main(analyzer) }
