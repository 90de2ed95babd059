package analyzer

import (
	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

// Revision 4's answers a driver reads from the base analyzer's result.
type (
	// FoundCatalog is a catalog found, not configured (§11): a notice
	// names it.
	FoundCatalog = response.FoundCatalog
	// CodeConst is a constant used as the code of a descriptor.
	CodeConst = response.CodeConst
	// ModuleCollision is a code collision over a whole module.
	ModuleCollision = response.ModuleCollision
)

// Found is what NewFoundAnalyzer returns for a package: whether no
// catalog is configured for it, and the catalogs found in its values and
// its dependencies'.
type Found struct {
	Implicit bool
	Catalogs []FoundCatalog
}

// NewFoundAnalyzer returns an analyzer that reports nothing and returns,
// per package, the *Found of the given base: small enough for a driver to
// keep for every package and print the notices that name found catalogs
// (`errlint: no catalog configured; using the 71 values of server.errHTTP
// declared in server/errors.go — errlint init writes this down`).
func NewFoundAnalyzer(base *analysis.Analyzer) *analysis.Analyzer {
	return response.Reader(base, "errlintfound",
		"return the catalogs found in a package's values (for the notice)",
		"https://github.com/errlint/errlint/blob/main/analyzer",
		func(_ *analysis.Pass, res *response.Result) *Found {
			if res == nil {
				return &Found{}
			}
			return &Found{Implicit: res.Implicit, Catalogs: res.FoundCatalogs()}
		})
}

// CodeCollisions returns the code collisions (§13) over every package a
// Probe ran on: two differently named constants with one value, each the
// code of a descriptor, the later in file order paired with the first.
// `errlint catalog -check` reports them module-wide.
func CodeCollisions(reports []*PackageReport) []ModuleCollision {
	var all []CodeConst
	for _, r := range reports {
		all = append(all, r.Consts...)
	}
	return response.ModuleCollisions(all)
}
