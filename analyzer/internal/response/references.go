package response

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/errlint/errlint/config"
)

// A Reference is a use of an identifier bound to a catalog code (§5) that
// is not a code position: a lookup in the catalog's own table (minio's
// errorCodes.ToAPIErr(ErrX)), an argument, a case of a mapping. It sends
// nothing by itself, but the code is not unused: catalog -usage counts it
// as referenced.
type Reference struct {
	Ident *ast.Ident
	Code  string
}

// References returns the uses of bound identifiers in the package's
// reportable files, in source order, leaving out the bindings themselves:
// a catalog table's keys and descriptors, and the cases of a Status()
// switch declared here. Code positions holding a bound identifier are
// among them; a caller that counts those as sent tells them apart.
func (r *Result) References() []Reference {
	gc := r.goCats
	if gc == nil || len(gc.bound) == 0 || r.info == nil {
		return nil
	}
	methods := map[string]bool{} // Status()-style switches declared in this package
	for _, p := range r.goParts {
		if d, err := config.ParseGoCatalogFlag(p.Decl); err == nil && d.Kind == config.GoMethod && p.Pkg == r.pkg.Path() {
			methods[d.Name] = true
		}
	}
	var out []Reference
	for _, f := range r.files {
		if !r.reportable[f] {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				fn, _ := r.info.Defs[n.Name].(*types.Func)
				return fn == nil || !methods[fn.FullName()] // the switch binds its cases
			case *ast.KeyValueExpr:
				if lit, ok := n.Value.(*ast.CompositeLit); ok && gc.declares(lit) {
					return false // a table's key and its descriptor: the binding
				}
			case *ast.CompositeLit:
				return !gc.declares(n) // a descriptor: the catalog itself
			case *ast.Ident:
				obj := r.info.Uses[n]
				if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
					return false
				}
				if be, ok := gc.bound[fullName(obj)]; ok {
					out = append(out, Reference{Ident: n, Code: be.code})
				}
			}
			return true
		})
	}
	return out
}

// Span is the extent of a reference, for callers that compare it with
// code positions.
func (ref Reference) Span() (pos, end token.Pos) { return ref.Ident.Pos(), ref.Ident.End() }
