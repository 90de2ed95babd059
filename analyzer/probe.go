package analyzer

import (
	"go/token"
	"path"
	"slices"
	"sync"

	"github.com/errlint/errlint/analyzer/internal/response"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
)

// The shared layer's answers a command reads from a Probe, under names it
// can spell.
type (
	// CatalogPart is what one package contributes to one Go-catalog
	// declaration.
	CatalogPart = response.CatalogPart
	// Candidate is a declaration shaped like a Go catalog (§5).
	Candidate = response.Candidate
	// ShapeType is an error type recognised by its shape.
	ShapeType = response.ShapeType
	// FlowRole is a role a field of a package's type has by flow (§11),
	// with where its value was seen reaching a status or a code position.
	FlowRole = response.FlowRole
	// Code is an expression in a code position.
	Code = response.Code
	// InferredWriter is an error writer errlint inferred (§11).
	InferredWriter = response.InferredWriter
)

// ProbeOptions configures a Probe: the suite's options, plus Go-catalog
// declarations to read wherever they are (a dependency's, for a snapshot).
type ProbeOptions struct {
	Options
	ReadGoCatalog []config.GoCatalogDecl
}

// A PackageReport is what the base analyzer found in one package that a
// Probe ran on.
type PackageReport struct {
	Path       string
	Fset       *token.FileSet   // positions of Codes
	Err        error            // the package's configuration or catalog error
	Catalog    *catalog.Catalog // the catalog in effect in the package
	Parts      []CatalogPart
	Candidates []Candidate
	ShapeTypes []ShapeType
	FlowRoles  []FlowRole // roles by flow of the fields of this package's types
	Codes      []*Code
	Writers    []InferredWriter // the error writers inferred in the package
	// SendsCode: the package or a dependency sends a code at some code
	// position of a file but tests (§11's "a service that sends no code"
	// is a module none of whose packages does).
	SendsCode bool
	Consts    []CodeConst // constants used as descriptor codes, here and in dependencies (CodeCollisions)
	// ExitCodes is the exit status per class the package's code-to-exit
	// mappings use (where no exit_codes applies), first at ExitMapping.
	ExitCodes   map[string]int
	ExitMapping token.Position
}

// A Probe runs errlint's base analyzer for a command that needs what it
// found rather than findings: errlint catalog (the Go catalogs a module
// declares, a dependency's snapshot) and errlint init (declarations shaped
// like catalogs, error types, the codes a module sends). Its Analyzer
// requires the base and records, for every package it runs on, a
// PackageReport.
type Probe struct {
	Analyzer *analysis.Analyzer

	mu      sync.Mutex
	reports []*PackageReport
}

// NewProbe returns a Probe over a fresh base analyzer for o.
func NewProbe(o ProbeOptions) *Probe {
	base := response.New(response.Options{Overrides: o.Overrides, ConfigDiagnostics: o.ConfigDiagnostics, ReadGoCatalog: o.ReadGoCatalog})
	p := &Probe{}
	p.Analyzer = response.Reader(base, "errlintprobe",
		"record what errlint's base analyzer found in each package (for errlint catalog and errlint init)",
		"https://github.com/errlint/errlint/blob/main/analyzer",
		func(pass *analysis.Pass, res *response.Result) *PackageReport {
			r := &PackageReport{Path: pass.Pkg.Path()}
			if len(pass.Files) == 0 {
				return r // only test files: nothing errlint reads, no catalog of its own
			}
			*r = PackageReport{
				Path:       pass.Pkg.Path(),
				Fset:       pass.Fset,
				Err:        res.Err(),
				Catalog:    res.Catalog,
				Parts:      res.GoCatalogParts(),
				Candidates: res.Candidates(),
				ShapeTypes: res.ShapeTypes(),
				FlowRoles:  res.FlowRoles(),
				Consts:     res.CodeConsts(),
				Codes:      res.Codes,
				Writers:    res.InferredWriters(),
				SendsCode:  res.SendsCode(),
			}
			r.ExitCodes, r.ExitMapping = res.ProposedExitCodes()
			p.mu.Lock()
			p.reports = append(p.reports, r)
			p.mu.Unlock()
			return r
		})
	return p
}

// Reports returns what the probe recorded, by package path.
func (p *Probe) Reports() []*PackageReport {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := slices.Clone(p.reports)
	slices.SortFunc(out, func(a, b *PackageReport) int {
		switch {
		case a.Path < b.Path:
			return -1
		case a.Path > b.Path:
			return 1
		}
		return 0
	})
	return out
}

// GoCatalog joins the Go-catalog parts of every package the probe ran on
// into the catalog the declarations decls form, as errlint prints it
// (source `go: NAMES (N codes, M declarations skipped)`, entries with
// their bound names). missing lists the declarations no package declared
// or reached; the catalog is nil when no entry was found.
func (p *Probe) GoCatalog(decls []config.GoCatalogDecl) (c *catalog.Catalog, missing []string) {
	var parts []CatalogPart
	for _, r := range p.Reports() {
		parts = append(parts, r.Parts...)
	}
	c, _, missing = response.GoCatalog(parts, decls, path.Base)
	return c, missing
}
