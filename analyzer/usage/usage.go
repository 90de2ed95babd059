// Package usage defines an analyzer that records which error codes a
// package sends, for `errlint catalog -usage`. It reports nothing: its
// result is the catalog in effect in the package and every place a code
// position holds a constant code, read from the same base analysis the
// reporters use, so the usage report agrees with their findings.
package usage

import (
	"go/token"
	"slices"

	"github.com/errlint/errlint/analyzer/internal/response"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
)

// Name is the analyzer's name.
const Name = "codeusage"

// A Place is one code position holding a constant code.
type Place struct {
	Pos, End token.Pos
	Code     string // an integer code's canonical decimal text when Int
	Int      bool   // the code is an integer: reports show it as a number
	Known    bool   // the code is in the package's catalog
	Status   int    // the constant status it is sent with; 0 when none is paired or it is not constant
	Read     bool   // a client's comparison with the code (SPEC §12): read, not sent
}

// Usage is the analyzer's result for one package.
type Usage struct {
	Catalog *catalog.Catalog // the catalog in effect in the package
	Places  []Place          // in source order, each (position, status) once
	// NotConstant counts code positions whose code is not a constant
	// (never guessed at, so not in Places).
	NotConstant int
	// References are the uses of identifiers bound to a catalog code that
	// are not in Places: lookups in a Go catalog's table
	// (errorCodes.ToAPIErr(ErrX)), arguments, cases. They send nothing,
	// but the code is referenced. Status is 0.
	References []Place
}

// New returns the usage analyzer on a base analyzer of its own for the
// catalog override catalogPath (absolute; "" discovers the configuration,
// as the reporters do). With tests, the codes of _test.go files count too.
func New(catalogPath string, tests bool) *analysis.Analyzer {
	base := response.New(response.Options{Overrides: config.Overrides{Catalog: catalogPath}, Tests: tests})
	return response.Reader(base, Name,
		"record the error codes a package sends, with their statuses, for errlint catalog -usage",
		"https://github.com/errlint/errlint/blob/main/analyzer/usage",
		func(_ *analysis.Pass, res *response.Result) *Usage { return collect(res) })
}

func collect(res *response.Result) *Usage {
	u := &Usage{}
	if res == nil {
		return u
	}
	u.Catalog = res.Catalog
	type key struct {
		pos    token.Pos
		status int
	}
	seen := map[key]bool{}
	variable := map[token.Pos]bool{}
	for _, c := range res.Codes {
		if c.Decl {
			continue // a Go catalog's own declaration: the catalog, not a use of it
		}
		if !c.Const {
			if !variable[c.Expr.Pos()] {
				variable[c.Expr.Pos()] = true
				u.NotConstant++
			}
			continue
		}
		status := 0
		if c.Status != nil && c.Status.Const {
			status = c.Status.Value
		}
		k := key{c.Expr.Pos(), status}
		if seen[k] {
			continue
		}
		seen[k] = true
		known := false
		if res.Catalog != nil {
			_, known = res.Catalog.Lookup(c.Value)
		}
		u.Places = append(u.Places, Place{Pos: c.Expr.Pos(), End: c.Expr.End(), Code: c.Value, Int: c.Int, Known: known, Status: status, Read: !c.Sent()})
	}
	for _, ref := range res.References() {
		pos, end := ref.Span()
		if slices.ContainsFunc(res.Codes, func(c *response.Code) bool { return c.Expr.Pos() <= pos && end <= c.Expr.End() }) {
			continue // in a code position: sent, or the catalog's declaration
		}
		known := false
		if res.Catalog != nil {
			_, known = res.Catalog.Lookup(ref.Code)
		}
		u.References = append(u.References, Place{Pos: pos, End: end, Code: ref.Code, Known: known})
	}
	return u
}
