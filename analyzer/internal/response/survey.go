package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
)

// This file is what errlint init and errlint catalog ask of a package
// besides findings: the Go catalogs it reaches, the declarations that look
// like one, and the error types it declares. The recognition is the
// base's own (error types by shape, the §5 readers), not a second
// heuristic.

// GoCatalogParts returns the parts of the Go catalogs this package
// declares or receives from its imports.
func (r *Result) GoCatalogParts() []CatalogPart { return r.goParts }

// GoCatalog joins parts (of one package or of several) into the catalog
// the declarations decls form, as the base does for a package: source `go:
// NAMES (N codes, M declarations skipped)`, entries with their bound names.
// missing lists the declarations no part came from; the catalog is nil
// when no part has an entry.
func GoCatalog(parts []CatalogPart, decls []config.GoCatalogDecl, domain func(pkg string) string) (c *catalog.Catalog, skipped int, missing []string) {
	seen := map[[2]string]bool{}
	gc := &goCatalogs{}
	for _, p := range parts {
		if key := [2]string{p.Decl, p.Pkg}; !seen[key] {
			seen[key] = true
			gc.parts = append(gc.parts, p)
		}
	}
	sortParts(gc.parts)
	return gc.catalogOf(decls, domain)
}

// A Candidate is a declaration of the package (for func, calls made in
// it) shaped like a Go catalog of §5, read by the base's own readers.
type Candidate struct {
	Decl    config.GoCatalogDecl
	Entries int // descriptors with a constant code and status
	Pos     token.Position
}

// Candidates returns the declarations of this package that could be named
// in go_catalog, each with the entries it would give here: package-level
// map, slice and array literals of descriptors; the error types of this
// package whose package-level variables are initialised with literals;
// Status()-style switch methods of named string types; and the functions
// called at package level with a descriptor literal (register(…)), with
// the index of that argument. A declaration with no entry is left out.
func (r *Result) Candidates() []Candidate {
	pass := r.pass
	if pass == nil || r.et == nil {
		return nil
	}
	var out []Candidate
	try := func(d config.GoCatalogDecl, pos token.Pos) {
		if slices.ContainsFunc(out, func(c Candidate) bool { return c.Decl == d }) {
			return
		}
		dr := &declReader{pass: pass, et: r.et, gc: &goCatalogs{}}
		if part, ok := dr.read(d); ok && len(part.Entries) > 0 {
			out = append(out, Candidate{Decl: d, Entries: len(part.Entries), Pos: pass.Fset.Position(pos)})
		}
	}
	isDescriptor := func(e ast.Expr) (*types.Named, bool) {
		lit, ok := bodyLiteral(e)
		if !ok {
			return nil, false
		}
		t := pass.TypesInfo.TypeOf(lit)
		et := r.et.lookup(t)
		if et == nil || et.status == "" {
			return nil, false
		}
		n, _ := types.Unalias(t).(*types.Named)
		return n, true
	}
	dr := &declReader{pass: pass, et: r.et}
	dr.eachValueSpec(func(id *ast.Ident, value ast.Expr) {
		if isTest(pass, id.Pos()) {
			return
		}
		obj := pass.TypesInfo.Defs[id]
		switch v := ast.Unparen(value).(type) {
		case *ast.CompositeLit:
			t := pass.TypesInfo.TypeOf(v)
			if t == nil {
				return
			}
			switch t.Underlying().(type) {
			case *types.Map, *types.Slice, *types.Array:
				try(config.GoCatalogDecl{Kind: config.GoVar, Name: fullName(obj)}, id.Pos())
				return
			}
		case *ast.CallExpr:
			fn, ok := dr.calleeOf(v)
			if !ok || fn.Pkg() == nil {
				return
			}
			for i, arg := range v.Args {
				if _, ok := isDescriptor(arg); ok {
					try(config.GoCatalogDecl{Kind: config.GoFunc, Name: fn.FullName(), Arg: i}, v.Pos())
					return
				}
			}
			return
		}
		if n, ok := isDescriptor(value); ok && n.Obj().Pkg() == pass.Pkg {
			try(config.GoCatalogDecl{Kind: config.GoType, Name: fullName(n.Obj())}, n.Obj().Pos())
		}
	})
	for _, f := range pass.Files {
		if isTest(pass, f.Pos()) {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Type().(*types.Signature)
			if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isKind(sig.Results().At(0).Type(), types.IsInteger) || !isKind(sig.Recv().Type(), types.IsString|types.IsInteger) { // §13: named integer codes too
				continue
			}
			try(config.GoCatalogDecl{Kind: config.GoMethod, Name: fn.FullName()}, fd.Name.Pos())
		}
	}
	return out
}

// A ShapeType is an error type the package declares that errlint
// recognised by its shape (it is not named in types:), with the fields it
// read in each role ("" for none).
type ShapeType struct {
	Name                        string // full name, as types: and ignore_types: spell it
	Code, Status, OK, Retryable string
	Pos                         token.Position
}

// ShapeTypes returns the error types this package declares that errlint
// recognised by their shape, in scope order.
func (r *Result) ShapeTypes() []ShapeType {
	if r.pass == nil || r.et == nil {
		return nil
	}
	var out []ShapeType
	scope := r.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || isTest(r.pass, tn.Pos()) {
			continue
		}
		et := r.et.lookup(tn.Type())
		if et == nil || et.named {
			continue
		}
		out = append(out, ShapeType{Name: fullName(tn), Code: et.code, Status: et.status, OK: et.ok, Retryable: et.retryable, Pos: r.pass.Fset.Position(tn.Pos())})
	}
	return out
}

// isTest reports whether pos lies in a _test.go file.
func isTest(pass *analysis.Pass, pos token.Pos) bool {
	return strings.HasSuffix(pass.Fset.Position(pos).Filename, "_test.go")
}
