package response

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
)

// Found catalogs (§11, §13): where no catalog is configured, error values
// the main module declares are the catalog, found — a table or the
// package-level variables of an error type (§5's var and type forms), or
// one method per error type returning one literal (the returns: form).
// A declaration is found only when it holds at least minFound entries and
// most of its codes are not the embedded default's; otherwise the implicit
// default stays and its literals are ordinary literals. Found parts ride
// on CatalogFact, marked Found, so dependents use them too.

// minFound is the least number of entries a found catalog holds.
const minFound = 5

// findCatalogs returns the declarations of this package that are found
// catalogs, and registers their descriptors in gc (they are the catalog,
// never reported as codes).
func findCatalogs(r *declReader) []CatalogPart {
	pass := r.pass
	var out []CatalogPart
	try := func(d config.GoCatalogDecl, name string, pos ast.Node) {
		if slices.ContainsFunc(out, func(p CatalogPart) bool { return p.Decl == d.Flag() }) {
			return
		}
		tmp := &declReader{pass: pass, et: r.et, gc: &goCatalogs{bound: map[string]*boundEntry{}}}
		part, ok := tmp.read(d)
		if !ok || !isFound(part) {
			return
		}
		part.Found, part.Name = true, name
		part.File = pass.Fset.Position(pos.Pos()).Filename
		r.gc.descriptors = append(r.gc.descriptors, tmp.gc.descriptors...)
		out = append(out, part)
	}
	pkgName := pass.Pkg.Name()
	eachPackageVar(pass.Files, func(f *ast.File, id *ast.Ident, value ast.Expr) {
		if isTest(pass, id.Pos()) {
			return
		}
		if lit, ok := ast.Unparen(value).(*ast.CompositeLit); ok {
			switch t := pass.TypesInfo.TypeOf(lit); {
			case t == nil:
				return
			case isTable(t):
				try(config.GoCatalogDecl{Kind: config.GoVar, Name: fullName(pass.TypesInfo.Defs[id])}, pkgName+"."+id.Name, id)
				return
			}
		}
		lit, ok := bodyLiteral(value)
		if !ok {
			return
		}
		n, ok := types.Unalias(pointee(pass.TypesInfo.TypeOf(lit))).(*types.Named)
		if ok && n.Obj().Pkg() == pass.Pkg {
			try(config.GoCatalogDecl{Kind: config.GoType, Name: fullName(n.Obj())}, pkgName+"."+n.Obj().Name(), id)
		}
	})
	for _, g := range returnGroups(r) {
		try(config.GoCatalogDecl{Kind: config.GoReturns, Name: g.decl}, g.name, g.first)
	}
	return out
}

// isFound reports whether a part read from a declaration is a found
// catalog: at least minFound entries, most of whose codes are not the
// embedded default's (a copy of the default stays the default).
func isFound(p CatalogPart) bool {
	if len(p.Entries) < minFound {
		return false
	}
	inDefault := 0
	for _, e := range p.Entries {
		if _, ok := catalog.Default().Lookup(e.Code); ok {
			inDefault++
		}
	}
	return inDefault*2 < len(p.Entries)
}

// isTable reports whether t is a map, slice or array type: a var: table.
func isTable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Map, *types.Slice, *types.Array:
		return true
	}
	return false
}

// returnGroup is the methods of one name returning literals of one error
// type: a returns: declaration, spelled "(T).M" with T the error type.
type returnGroup struct {
	decl, name string
	first      ast.Node
}

// returnGroups returns, in source order, the groups of methods of this
// package that return one literal of an error type with a status field.
func returnGroups(r *declReader) []returnGroup {
	var out []returnGroup
	seen := map[string]bool{}
	for _, f := range r.pass.Files {
		if isTest(r.pass, f.Pos()) {
			continue
		}
		for _, d := range f.Decls {
			fd, lit := r.returnsLiteral(d)
			if lit == nil {
				continue
			}
			n, ok := types.Unalias(pointee(r.pass.TypesInfo.TypeOf(lit))).(*types.Named)
			if !ok || n.Obj().Pkg() == nil {
				continue
			}
			decl := "(" + fullName(n.Obj()) + ")." + fd.Name.Name
			if !seen[decl] {
				seen[decl] = true
				out = append(out, returnGroup{decl: decl, name: fmt.Sprintf("%s() methods returning %s.%s", fd.Name.Name, n.Obj().Pkg().Name(), n.Obj().Name()), first: fd.Name})
			}
		}
	}
	return out
}

// returnsLiteral returns a method whose body is one return of a literal
// of an error type with a status field (or & of one), and that literal.
func (r *declReader) returnsLiteral(d ast.Decl) (*ast.FuncDecl, *ast.CompositeLit) {
	fd, ok := d.(*ast.FuncDecl)
	if !ok || fd.Recv == nil || fd.Body == nil || len(fd.Body.List) != 1 {
		return nil, nil
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, nil
	}
	lit, ok := bodyLiteral(ret.Results[0])
	if !ok {
		return nil, nil
	}
	if et := r.et.lookup(r.pass.TypesInfo.TypeOf(lit)); et == nil || et.status == "" {
		return nil, nil
	}
	return fd, lit
}

// readReturns reads a returns: declaration "(X).M": with X an interface,
// every method M of this package's types that implement X; otherwise
// every method M returning a literal of X. Each returns one literal of an
// error type, a descriptor.
func (r *declReader) readReturns(full string, part *CatalogPart) bool {
	pkg, m, ok := parseFullName(full)
	if !ok || m.recv == "" {
		return false
	}
	var iface *types.Interface
	var result types.Type
	if obj := r.lookupType(pkg, m.recv); obj != nil {
		if it, isIface := obj.Type().Underlying().(*types.Interface); isIface {
			iface = it
		} else {
			result = obj.Type()
		}
	}
	if iface == nil && result == nil {
		return false // the type is out of this package's reach: none of its methods can be here
	}
	found := false
	for _, f := range r.pass.Files {
		for _, d := range f.Decls {
			fd, lit := r.returnsLiteral(d)
			if lit == nil || fd.Name.Name != m.name {
				continue
			}
			fn, _ := r.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			recv := fn.Type().(*types.Signature).Recv().Type()
			switch {
			case iface != nil && !types.Implements(recv, iface) && !types.Implements(types.NewPointer(pointee(recv)), iface):
				continue
			case result != nil && !types.Identical(pointee(r.pass.TypesInfo.TypeOf(lit)), result):
				continue
			}
			found = true
			r.descriptor(lit, nil, part)
		}
	}
	return found
}

// lookupType returns the type named name in package path, when this
// package is it or imports it.
func (r *declReader) lookupType(path, name string) *types.TypeName {
	scope := r.pass.Pkg.Scope()
	if r.pass.Pkg.Path() != path {
		scope = nil
		for _, imp := range r.pass.Pkg.Imports() {
			if imp.Path() == path {
				scope = imp.Scope()
			}
		}
	}
	if scope == nil {
		return nil
	}
	tn, _ := scope.Lookup(name).(*types.TypeName)
	return tn
}

// A FoundCatalog is a found catalog in effect in a package: for the
// notice that names it (`errlint: no catalog configured; using the 71
// values of server.errHTTP declared in server/errors.go — errlint init
// writes this down`).
type FoundCatalog struct {
	Name    string // server.errHTTP, a table, or "HTTPError() methods returning web.HTTPError"
	File    string // the file declaring it (absolute)
	Entries int
	Decl    config.GoCatalogDecl // what errlint init writes down
}

// Notice is the line that names a found catalog, its file written
// relative to dir when below it.
func (f FoundCatalog) Notice(dir string) string {
	file := f.File
	if rel, err := filepath.Rel(dir, file); err == nil && !strings.HasPrefix(rel, "..") {
		file = rel
	}
	return fmt.Sprintf("errlint: no catalog configured; using the %d values of %s declared in %s — errlint init writes this down", f.Entries, f.Name, file)
}

// FoundCatalogs returns the found catalogs in effect in this package, its
// own and those its dependencies declare.
func (r *Result) FoundCatalogs() []FoundCatalog { return r.found }

// foundCatalog joins the found parts among gc's into the package's
// catalog: nil when none is reachable.
func (gc *goCatalogs) foundCatalog(domain func(string) string) (*catalog.Catalog, []FoundCatalog) {
	var decls []config.GoCatalogDecl
	var found []FoundCatalog
	for _, p := range gc.parts {
		if !p.Found {
			continue
		}
		d, err := config.ParseGoCatalogFlag(p.Decl)
		if err != nil {
			continue
		}
		if !slices.ContainsFunc(decls, func(o config.GoCatalogDecl) bool { return o.Flag() == d.Flag() }) {
			decls = append(decls, d)
		}
		found = append(found, FoundCatalog{Name: p.Name, File: p.File, Entries: len(p.Entries), Decl: d})
	}
	if len(decls) == 0 {
		return nil, nil
	}
	c, _, _ := gc.catalogOf(decls, domain)
	if c != nil {
		c.Source = "found: " + strings.TrimPrefix(c.Source, "go: ")
	}
	return c, found
}

// SendsNoCode reports whether the package belongs to a service that sends
// no code (§11, §13): `catalog: none` says so, or no catalog is
// configured or found and neither the package nor its dependencies send
// a code at any code position. rawstatus's "sent without an error code"
// does not apply there.
func (r *Result) SendsNoCode() bool {
	return r.noCatalog || r.Implicit && len(r.found) == 0 && !r.sendsCode
}

// SendsCode reports whether this package or a dependency sends a code at
// any code position of a file but tests, whatever the configuration says:
// errlint init writes `catalog: none` for a module none of whose packages
// does.
func (r *Result) SendsCode() bool { return r.sendsCode }

// SuggestsCatalog reports whether messages may name the catalog's codes as
// suggestions: not under the implicit default (nothing configured or
// found) for a package that, with its dependencies, sends none of them —
// another company's codes are no advice to it.
func (r *Result) SuggestsCatalog() bool {
	return !r.Implicit || len(r.found) > 0 || r.sendsDflt
}

// NoCatalog reports whether the configuration says `catalog: none`: no
// catalog, and unknowncode and statusmismatch are off.
func (r *Result) NoCatalog() bool { return r.noCatalog }
