package response

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
)

// CatalogFact is the package fact that carries the Go catalogs (§5) a
// package declares or receives. Every analysed package of the user's
// modules re-exports what its imports carry, because go vet and gopls pass
// package facts to direct importers only.
type CatalogFact struct {
	Parts []CatalogPart
	// SendsCode: this package or a dependency of the user's modules sends
	// a code at some code position; SendsDefault: one of the embedded
	// default's codes (§11, a service that sends no code).
	SendsCode, SendsDefault bool
	// Consts are the constants used as codes of descriptors here or in a
	// dependency, for code collisions (§13).
	Consts []CodeConst
}

// AFact marks CatalogFact as an analysis fact.
func (*CatalogFact) AFact() {}

func (f *CatalogFact) String() string {
	parts := make([]string, len(f.Parts))
	for i, p := range f.Parts {
		parts[i] = fmt.Sprintf("%s@%s: %d codes", p.Decl, p.Pkg, len(p.Entries))
		if p.Skipped > 0 {
			parts[i] += fmt.Sprintf(", %d skipped", p.Skipped)
		}
	}
	if f.SendsDefault {
		parts = append(parts, "sends default codes")
	} else if f.SendsCode {
		parts = append(parts, "sends codes")
	}
	if len(f.Consts) > 0 {
		parts = append(parts, fmt.Sprintf("%d code constants", len(f.Consts)))
	}
	return "gocatalog(" + strings.Join(parts, "; ") + ")"
}

// A CatalogPart is what one package contributes to one declaration: the
// entries of a var, type or method it declares, or of the calls of a func
// it makes.
type CatalogPart struct {
	Decl    string // the declaration, as config.GoCatalogDecl.Flag spells it
	Pkg     string // the contributing package's path
	Entries []GoEntry
	Skipped int // descriptors whose code or status is not constant

	// Found marks a catalog found, not configured (§11): Name says what
	// it is for the notice, File where it is declared.
	Found      bool
	Name, File string
}

// A GoEntry is one descriptor with a constant code and status.
type GoEntry struct {
	Code      string // an integer's canonical decimal text when Int
	Int       bool   // the code is an integer constant
	Status    int
	Retryable bool
	Message   string
	Bound     []string // full names (pkgpath.Name) of the identifiers bound to it
}

// goCatalogs is what the Go-catalog step found for one package.
type goCatalogs struct {
	parts       []CatalogPart          // reachable: declared here or received
	imported    []CatalogFact          // the facts of the direct imports
	consts      []CodeConst            // constants used as descriptor codes, here and in dependencies
	sendsCode   bool                   // this package or a dependency sends a code
	sendsDflt   bool                   // … one of the embedded default's
	caseConsts  []ast.Expr             // the case constants of method: catalogs read here: descriptor codes
	bound       map[string]*boundEntry // by full name of the identifier
	descriptors []span                 // the descriptor literals, in source order after sortSpans
	sorted      bool
}

// span is the extent of a node.
type span struct{ pos, end token.Pos }

// boundEntry is the code (and status, 0 when none) an identifier is bound to.
type boundEntry struct {
	code   string
	status int
	isInt  bool // the code is an integer
}

// readGoCatalogs reads the Go-catalog declarations the configuration names
// that live in (or, for func, are called from) this package, joins them
// with those its imports carry and exports the union.
//
// With find set (no catalog is configured), this package's found
// catalogs join them. The fact is exported by exportFact, once the
// package's codes are known.
func readGoCatalogs(pass *analysis.Pass, decls []config.GoCatalogDecl, et *errTypes, user, find bool) *goCatalogs {
	gc := &goCatalogs{bound: map[string]*boundEntry{}}
	seen := map[[2]string]bool{}
	add := func(p CatalogPart) {
		key := [2]string{p.Decl, p.Pkg}
		if !seen[key] {
			seen[key] = true
			gc.parts = append(gc.parts, p)
		}
	}
	for _, imp := range pass.Pkg.Imports() {
		var f CatalogFact
		if pass.ImportPackageFact(imp, &f) {
			for _, p := range f.Parts {
				add(p)
			}
			gc.imported = append(gc.imported, f)
			gc.sendsCode = gc.sendsCode || f.SendsCode
			gc.sendsDflt = gc.sendsDflt || f.SendsDefault
			gc.consts = joinConsts(gc.consts, f.Consts)
		}
	}
	if user && len(decls) > 0 {
		r := &declReader{pass: pass, et: et, gc: gc}
		for _, d := range decls {
			if p, ok := r.read(d); ok {
				add(p)
			}
		}
	}
	if user && find {
		for _, p := range findCatalogs(&declReader{pass: pass, et: et, gc: gc}) {
			add(p)
		}
	}
	sortParts(gc.parts)
	for _, p := range gc.parts {
		for _, e := range p.Entries {
			for _, name := range e.Bound {
				if _, ok := gc.bound[name]; !ok {
					gc.bound[name] = &boundEntry{code: e.Code, status: e.Status, isInt: e.Int}
				}
			}
		}
	}
	return gc
}

// exportFact exports what this package carries for its dependents: the
// Go catalogs it declares or received, whether it or a dependency sends a
// code, and the constants used as descriptor codes.
func (gc *goCatalogs) exportFact(pass *analysis.Pass, user bool) {
	if user && (len(gc.parts) > 0 || gc.sendsCode || len(gc.consts) > 0) {
		pass.ExportPackageFact(&CatalogFact{Parts: gc.parts, SendsCode: gc.sendsCode, SendsDefault: gc.sendsDflt, Consts: gc.consts})
	}
}

// sortParts orders parts by declaration, then by contributing package.
func sortParts(parts []CatalogPart) {
	slices.SortStableFunc(parts, func(a, b CatalogPart) int {
		return cmp.Or(cmp.Compare(a.Decl, b.Decl), cmp.Compare(a.Pkg, b.Pkg))
	})
}

// bindFileCatalog adds the bound names of a catalog file's entries (a
// snapshot of a dependency's Go catalog) to the names Go catalogs bind:
// the dependency's identifiers then stand for their codes here as a Go
// catalog's own do. A Go catalog's binding wins over a file's.
//
// It reports whether the package imports a package whose identifiers the
// file binds: only such a package can write one, so only it needs to be
// analysed for them.
func bindFileCatalog(pkg *types.Package, gc *goCatalogs, c *catalog.Catalog) (imported bool) {
	if c == nil {
		return false
	}
	var imports map[string]bool
	for _, e := range c.Entries {
		for _, name := range e.Bound {
			if _, ok := gc.bound[name]; !ok {
				gc.bound[name] = &boundEntry{code: e.Code, status: e.Statuses[0], isInt: e.Int}
			}
			if imported {
				continue
			}
			if imports == nil {
				imports = map[string]bool{}
				for _, imp := range pkg.Imports() {
					imports[imp.Path()] = true
				}
			}
			path, _, _ := parseFullName(name)
			imported = imports[path]
		}
	}
	return imported
}

// catalogOf joins the parts of the declarations decls into one catalog,
// its entries carrying their bound names (each name with the first entry
// it is bound to). missing lists the declarations no part came from.
func (gc *goCatalogs) catalogOf(decls []config.GoCatalogDecl, domain func(pkg string) string) (c *catalog.Catalog, skipped int, missing []string) {
	var entries []catalog.Entry
	at := map[string]int{}
	boundTo := map[string]bool{}
	bind := func(e *catalog.Entry, names []string) {
		for _, n := range names {
			if strings.HasSuffix(n, "._") || n == "" {
				continue // a blank identifier binds nothing anyone can write
			}
			if !boundTo[n] {
				boundTo[n] = true
				e.Bound = append(e.Bound, n)
			}
		}
	}
	var names []string
	for _, d := range decls {
		key := d.Flag()
		names = append(names, d.Name)
		found := false
		for _, p := range gc.parts {
			if p.Decl != key {
				continue
			}
			found = true
			skipped += p.Skipped
			for _, e := range p.Entries {
				if i, ok := at[e.Code]; ok {
					if !slices.Contains(entries[i].Statuses, e.Status) {
						entries[i].Statuses = append(entries[i].Statuses, e.Status)
					}
					bind(&entries[i], e.Bound)
					continue
				}
				at[e.Code] = len(entries)
				entries = append(entries, catalog.Entry{Code: e.Code, Int: e.Int, Statuses: []int{e.Status}, Domain: domain(p.Pkg), Retryable: e.Retryable, Message: e.Message})
				bind(&entries[len(entries)-1], e.Bound)
			}
		}
		if !found {
			missing = append(missing, d.Name)
		}
	}
	if len(entries) == 0 {
		return nil, skipped, missing
	}
	src := fmt.Sprintf("go: %s (%d codes, %d declarations skipped)", strings.Join(names, ", "), len(entries), skipped)
	c, err := catalog.New(src, entries)
	if err != nil {
		return nil, skipped, missing // invalid descriptors are left out before this; never half a catalog
	}
	return c, skipped, missing
}

// declReader reads the declarations of one package.
type declReader struct {
	pass *analysis.Pass
	et   *errTypes
	gc   *goCatalogs
}

// read returns the part of d this package contributes, if any.
func (r *declReader) read(d config.GoCatalogDecl) (CatalogPart, bool) {
	part := CatalogPart{Decl: d.Flag(), Pkg: r.pass.Pkg.Path()}
	var ok bool
	switch d.Kind {
	case config.GoVar:
		ok = r.readVar(d.Name, &part)
	case config.GoType:
		ok = r.readType(d.Name, &part)
	case config.GoFunc:
		ok = r.readCalls(d.Name, d.Arg, &part)
	case config.GoMethod:
		ok = r.readMethod(d.Name, &part)
	case config.GoReturns:
		ok = r.readReturns(d.Name, &part)
	}
	return part, ok
}

// fullName returns pkgpath.Name for a package-level object.
func fullName(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// eachValueSpec calls f for every package-level variable with an
// initialiser, in file order.
func (r *declReader) eachValueSpec(f func(name *ast.Ident, value ast.Expr)) {
	eachPackageVar(r.pass.Files, func(_ *ast.File, name *ast.Ident, value ast.Expr) { f(name, value) })
}

// eachPackageVar calls f for every package-level variable of files that
// has its own initialiser, in file order.
func eachPackageVar(files []*ast.File, f func(file *ast.File, name *ast.Ident, value ast.Expr)) {
	for _, file := range files {
		for _, decl := range file.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					f(file, name, vs.Values[i])
				}
			}
		}
	}
}

// readVar reads a package-level map, slice or array literal of descriptors.
func (r *declReader) readVar(full string, part *CatalogPart) bool {
	pkg, m, _ := parseFullName(full)
	name := m.name
	if pkg != r.pass.Pkg.Path() {
		return false
	}
	found := false
	r.eachValueSpec(func(id *ast.Ident, value ast.Expr) {
		if id.Name != name {
			return
		}
		lit, ok := ast.Unparen(value).(*ast.CompositeLit)
		if !ok {
			return
		}
		found = true
		for _, el := range lit.Elts {
			var bound []string
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if key := r.objectOf(kv.Key); key != nil {
					bound = append(bound, fullName(key))
				}
				el = kv.Value
			}
			r.descriptor(el, bound, part)
		}
	})
	return found
}

// readType reads every package-level variable of the type's own package
// initialised with a literal of the type (or & of one).
func (r *declReader) readType(full string, part *CatalogPart) bool {
	pkg, m, _ := parseFullName(full)
	name := m.name
	if pkg != r.pass.Pkg.Path() {
		return false
	}
	tn, ok := r.pass.Pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return false
	}
	r.eachValueSpec(func(id *ast.Ident, value ast.Expr) {
		lit, ok := bodyLiteral(value)
		if !ok {
			return
		}
		if t := r.pass.TypesInfo.TypeOf(lit); t == nil || !types.Identical(types.Unalias(t), tn.Type()) {
			return
		}
		r.descriptor(lit, []string{fullName(r.pass.TypesInfo.Defs[id])}, part)
	})
	return true
}

// readCalls reads the descriptor argument of every call of the function in
// this package; the package-level variable a call initialises is bound.
func (r *declReader) readCalls(full string, arg int, part *CatalogPart) bool {
	if pkg, _, _ := parseFullName(full); pkg != r.pass.Pkg.Path() && !slices.ContainsFunc(r.pass.Pkg.Imports(), func(p *types.Package) bool { return p.Path() == pkg }) {
		return false // no call of it can be here: walk nothing
	}
	found := false
	boundTo := map[*ast.CallExpr]string{}
	r.eachValueSpec(func(id *ast.Ident, value ast.Expr) {
		if call, ok := ast.Unparen(value).(*ast.CallExpr); ok {
			boundTo[call] = fullName(r.pass.TypesInfo.Defs[id])
		}
	})
	for _, file := range r.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := r.calleeOf(call)
			if !ok || fn.FullName() != full {
				return true
			}
			found = true
			if arg >= len(call.Args) {
				part.Skipped++
				return true
			}
			var bound []string
			if b := boundTo[call]; b != "" {
				bound = append(bound, b)
			}
			r.descriptor(call.Args[arg], bound, part)
			return true
		})
	}
	return found
}

// readMethod reads a method of a named string type whose body is a switch
// on the receiver: each case constant is a code, paired with the constant
// status its branch returns. The default branch is not an entry.
func (r *declReader) readMethod(full string, part *CatalogPart) bool {
	for _, file := range r.pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil {
				continue
			}
			fn, ok := r.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || fn.FullName() != full {
				continue
			}
			recv := fn.Type().(*types.Signature).Recv()
			for _, stmt := range fd.Body.List {
				sw, ok := stmt.(*ast.SwitchStmt)
				if !ok || sw.Tag == nil || r.pass.TypesInfo.ObjectOf(identOf(sw.Tag)) != recv {
					continue
				}
				for _, c := range sw.Body.List {
					r.caseEntries(c.(*ast.CaseClause), part)
				}
			}
			return true
		}
	}
	return false
}

// caseEntries adds the entries of one case of a Status()-style switch.
func (r *declReader) caseEntries(cc *ast.CaseClause, part *CatalogPart) {
	if cc.List == nil {
		return // default: not an entry
	}
	status, ok := 0, false
	for _, s := range cc.Body {
		if ret, isRet := s.(*ast.ReturnStmt); isRet && len(ret.Results) == 1 {
			status, ok = intConst(r.pass.TypesInfo, ret.Results[0])
			break
		}
	}
	for _, e := range cc.List {
		code, isInt, isConst := codeConstant(r.pass.TypesInfo, e)
		if !ok || !isConst || code == "" {
			part.Skipped++
			continue
		}
		var bound []string
		if obj := r.objectOf(e); obj != nil {
			bound = append(bound, fullName(obj))
		}
		r.entry(GoEntry{Code: code, Int: isInt, Status: status, Bound: bound}, part)
		r.gc.caseConsts = append(r.gc.caseConsts, e)
	}
}

// descriptor reads one descriptor: a literal of a struct type whose code
// and status fields are known (or & of one).
func (r *declReader) descriptor(e ast.Expr, bound []string, part *CatalogPart) {
	lit, ok := bodyLiteral(e)
	if !ok {
		part.Skipped++
		return
	}
	et := r.et.lookup(r.pass.TypesInfo.TypeOf(lit))
	if et == nil || et.status == "" {
		part.Skipped++
		return
	}
	info := r.pass.TypesInfo
	codeExpr := structField(info, lit, et.code)
	code, isInt, okCode := codeConstant(info, codeExpr)
	status, okStatus := intConst(info, structField(info, lit, et.status))
	if !okCode || !okStatus || isInt && (code == strconv.Itoa(status) || isStatusConstant(info, codeExpr)) {
		part.Skipped++ // not constant, or an integer echoing the status: no code
		return
	}
	if !catalog.IsValidCode(code) || status < 100 || status > 599 {
		return // left out, and reported at its position as any literal is
	}
	r.gc.descriptors = append(r.gc.descriptors, span{lit.Pos(), lit.End()})
	ge := GoEntry{Code: code, Int: isInt, Status: status, Bound: bound}
	if v := structField(info, lit, et.retryable); v != nil {
		ge.Retryable = isBoolConst(info, v, true)
	}
	if v := structField(info, lit, et.message); v != nil {
		ge.Message, _ = stringConst(info, v)
	}
	r.entry(ge, part)
}

// entry adds e to part, joining a code seen before: every status, in
// source order; the first descriptor's flag and message win.
func (r *declReader) entry(e GoEntry, part *CatalogPart) {
	for i := range part.Entries {
		have := &part.Entries[i]
		if have.Code != e.Code {
			continue
		}
		if have.Status != e.Status {
			break // a second status: its own entry, joined in catalogOf
		}
		have.Bound = append(have.Bound, e.Bound...)
		return
	}
	part.Entries = append(part.Entries, e)
}

// objectOf returns the constant or variable an identifier or selector names.
func (r *declReader) objectOf(e ast.Expr) types.Object {
	switch obj := r.pass.TypesInfo.ObjectOf(identOf(e)).(type) {
	case *types.Const, *types.Var:
		return obj
	}
	return nil
}

func (r *declReader) calleeOf(call *ast.CallExpr) (*types.Func, bool) {
	id := identOf(call.Fun)
	if id == nil {
		return nil, false
	}
	fn, ok := r.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok {
		return nil, false
	}
	return fn.Origin(), true
}

// identOf returns the identifier e names (x, or the Sel of pkg.x).
func identOf(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// declares reports whether e lies in a descriptor of a Go catalog: the
// catalog itself, which the code analyzers never report. The descriptors
// are sorted and nested ones merged into their outer one once; then each
// question is a binary search.
func (gc *goCatalogs) declares(e ast.Expr) bool {
	if !gc.sorted {
		slices.SortFunc(gc.descriptors, func(a, b span) int { return cmp.Compare(a.pos, b.pos) })
		merged := gc.descriptors[:0]
		for _, d := range gc.descriptors {
			if n := len(merged); n > 0 && d.pos < merged[n-1].end {
				merged[n-1].end = max(merged[n-1].end, d.end)
				continue
			}
			merged = append(merged, d)
		}
		gc.descriptors, gc.sorted = merged, true
	}
	i, _ := slices.BinarySearchFunc(gc.descriptors, e.Pos()+1, func(s span, p token.Pos) int { return cmp.Compare(s.pos, p) })
	return i > 0 && e.End() <= gc.descriptors[i-1].end
}
