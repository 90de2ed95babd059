package response

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// ValueFact is the object fact of a package-level variable of the user's
// code initialised with an error-type literal: its type and constant
// fields, so that a package returning it to a central writer judges it
// (§13: the first package that sees the value and its writer), and whether
// it was judged already, so that dependents do not report it again.
//
// On a function, Returns names the sentinels of its own package its error
// results come from (§13: "returns errHTTPUnauthorized"), and Lits the
// error-type literals of its package they come from (func ErrFoo() *Error
// { return &Error{…} }), so a package calling it from a handler judges
// them.
type ValueFact struct {
	Type    string       // the type's key, pkgpath.Name
	Fields  []FieldValue // constant fields, by name (a slice: gob encodes maps in no fixed order)
	Judged  bool
	Returns []string   // a function's: names of package-level variables of its package
	Lits    []LitValue // a function's: the literals it returns
}

// LitValue is an error-type literal a function returns: its type and
// constant fields, judged when its own package reported it.
type LitValue struct {
	Func   string // the function of its package returning it directly
	Type   string
	Fields []FieldValue
	Judged bool
}

// FieldValue is a constant field of an error value, as exact constant text.
type FieldValue struct{ Name, Value string }

// fieldValues returns a value's constant fields as a fact holds them,
// sorted by name.
func fieldValues(fields map[string]string) []FieldValue {
	var out []FieldValue
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		out = append(out, FieldValue{k, fields[k]})
	}
	return out
}

// fieldMap returns a fact's constant fields by name.
func fieldMap(fields []FieldValue) map[string]string {
	out := make(map[string]string, len(fields))
	for _, fv := range fields {
		out[fv.Name] = fv.Value
	}
	return out
}

// AFact marks ValueFact as an analysis fact.
func (*ValueFact) AFact() {}

func (f *ValueFact) String() string {
	if len(f.Returns) > 0 || len(f.Lits) > 0 {
		rs := slices.Clone(f.Returns)
		for _, l := range f.Lits {
			parts := []string{l.Type}
			for _, fv := range l.Fields {
				parts = append(parts, fv.Name+"="+fv.Value)
			}
			rs = append(rs, "{"+strings.Join(parts, ", ")+"}")
		}
		return "returns(" + strings.Join(rs, ", ") + ")"
	}
	parts := []string{f.Type}
	for _, fv := range f.Fields {
		parts = append(parts, fv.Name+"="+fv.Value)
	}
	if f.Judged {
		parts = append(parts, "judged")
	}
	return "value(" + strings.Join(parts, ", ") + ")"
}

// errValue is an error value of a type with a central writer.
type errValue struct {
	t      types.Type
	key    string
	fields map[string]string
	name   string      // the sentinel's full name; "" for a literal
	short  string      // how a message names it
	decl   ast.Node    // its declaration (or literal) in this package, else nil
	obj    *types.Var  // the sentinel, if one
	fn     *types.Func // another package's function returning it as a literal, if one
	lit    string      // then: the literal's identity, its function and fields
	judged bool        // a dependency judged it already
}

// origins is where an expression's value comes from.
type origins struct {
	values []*errValue
	funcs  []*types.Func // results of calls of these functions
	params []*types.Var  // results of calls of these function-typed parameters
}

// sentStep finds the responses among error values (§11).
type sentStep struct {
	fs       *flowStep
	et       *errTypes
	centrals map[*types.Func]*central // this package's and those imported with a call here
	sentinel map[*types.Var]*errValue // this package's sentinels
	sent     map[*types.Func]bool     // handlers: their returned errors are responses
	sentPar  map[*types.Func]map[int]bool
	sentLit  map[*ast.FuncLit]bool // handler literals: their returned errors are responses
	// callerBefore holds, for a function whose result a handler returns,
	// what the handler did to its writer before each call.
	callerBefore map[*types.Func]map[token.Pos]*headerState
	graphs       *graphCache // shared with the headers step
	found        map[foundKey]*foundValue
	order        []foundKey
	defaults     []*central // frameworks' default error handlers installed here (errorhandler.go)

	firstSite map[any]ast.Node // where another package's sentinel (or function's literal) is first made a response here
}

// foundKey is where a value's finding goes, and which value it is (one
// site may make several values of another package responses).
type foundKey struct {
	at     ast.Node
	origin any
}

// foundValue is a value that is a response, at the node where its finding
// goes.
type foundValue struct {
	v     *errValue
	at    ast.Node
	sites []site // the places making it a response here
}

// site is a place making a value a response: the expression returned or
// handed to the writer, and what its function did to the request's writer
// first (nil: nothing).
type site struct {
	at     ast.Expr
	before *headerState
}

// errValueOf returns the value of the package-level variable v.
func (s *sentStep) errValueOf(v *types.Var) *errValue {
	if ev, ok := s.sentinel[v]; ok {
		return ev
	}
	f := imported[ValueFact](s.fs.pass, v)
	if f == nil {
		return nil
	}
	return &errValue{t: v.Type(), key: f.Type, fields: fieldMap(f.Fields), name: v.Pkg().Path() + "." + v.Name(), short: v.Pkg().Name() + "." + v.Name(), obj: v, judged: f.Judged}
}

// literalValue returns the value of an error-type literal.
func (s *sentStep) literalValue(lit *ast.CompositeLit) *errValue {
	t := s.fs.info.TypeOf(lit)
	if _, framework := errorHandlers[typeKey(t)]; s.et.lookup(t) == nil && !framework && !s.written(typeKey(t)) {
		return nil
	}
	return &errValue{t: t, key: typeKey(t), fields: constFields(s.fs.info, lit), short: "this " + shortName(pointee(t)) + " value", decl: lit}
}

// sentinels records the package's sentinels: package-level variables
// initialised with an error-type literal, and exports their facts.
func (s *sentStep) sentinels() {
	eachPackageVar(s.fs.pass.Files, func(_ *ast.File, name *ast.Ident, value ast.Expr) {
		v, ok := s.fs.info.Defs[name].(*types.Var)
		if !ok {
			return
		}
		var ev *errValue
		if lit, isLit := bodyLiteral(value); isLit {
			ev = s.literalValue(lit)
		} else if call, isCall := ast.Unparen(value).(*ast.CallExpr); isCall {
			ev = s.frameworkValue(call) // var errExpired = echo.NewHTTPError(401, "…")
		}
		if ev == nil {
			return
		}
		ev.name, ev.short, ev.decl, ev.obj = v.Pkg().Path()+"."+v.Name(), v.Name(), name, v
		s.sentinel[v] = ev
	})
}

// exportValues exports the ValueFacts of the package's sentinels, judged
// when this package reported them.
func (s *sentStep) exportValues(judged map[types.Object]bool) {
	for v, ev := range s.sentinel {
		s.fs.pass.ExportObjectFact(v, &ValueFact{Type: ev.key, Fields: fieldValues(ev.fields), Judged: judged[v]})
	}
}

// originsOf returns where e, in decl, comes from.
func (s *sentStep) originsOf(decl ast.Node, e ast.Expr) origins {
	var o origins
	seen := map[ast.Expr]bool{}
	s.collect(decl, e, &o, seen, 0)
	return o
}

func (s *sentStep) collect(decl ast.Node, e ast.Expr, o *origins, seen map[ast.Expr]bool, depth int) {
	if e == nil || depth > 8 || seen[e] {
		return
	}
	seen[e] = true
	info := s.fs.info
	if t, ok := e.(*tupleOf); ok {
		e = t.Expr
	}
	e = ast.Unparen(e)
	if lit, ok := bodyLiteral(e); ok {
		if ev := s.literalValue(lit); ev != nil {
			o.values = append(o.values, ev)
		}
		return
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			if info.Selections[sel] != nil {
				return // a field or method value
			}
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.IsField() {
			return
		}
		if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			if ev := s.errValueOf(v); ev != nil {
				o.values = append(o.values, ev)
			}
			return
		}
		for _, rhs := range s.fs.assignments(decl)[v] {
			s.collect(decl, rhs, o, seen, depth+1)
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			s.collect(decl, e.Args[0], o, seen, depth+1)
			return
		}
		if flowKindOf(info, e) == flowWraps {
			for _, a := range e.Args {
				s.collect(decl, a, o, seen, depth+1) // %w and Join keep the value: errors.As finds it
			}
			return
		}
		if v := s.frameworkValue(e); v != nil {
			o.values = append(o.values, v)
			return
		}
		switch callee := typeutil.Callee(info, e).(type) {
		case *types.Func:
			if s.fs.decls[callee] != nil {
				o.funcs = append(o.funcs, callee)
			} else if callee.Pkg() != nil && callee.Pkg() != s.fs.pass.Pkg {
				o.values = append(o.values, s.returnedBy(callee)...)
			}
		case *types.Var:
			if !callee.IsField() && (callee.Pkg() == nil || callee.Parent() != callee.Pkg().Scope()) {
				o.params = append(o.params, callee)
			}
		}
	}
}

// run finds the responses among the package's error values.
func (s *sentStep) run(units []*unit) {
	for range 16 {
		changed := false
		for _, u := range units {
			fd, ok := u.decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || u.fn == nil {
				continue
			}
			if s.scanDecl(u, fd) {
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// scanDecl reads fd's calls of central writers, its returns when it is a
// handler, and its calls passing handlers; it reports whether a new
// handler was found. Function literals in fd count as functions of their
// own: a central writer called in a middleware's http.HandlerFunc reads
// the literal's writer, and a literal passed where a handler goes (or of a
// framework's handler type) is a handler whose returns are responses.
func (s *sentStep) scanDecl(u *unit, fd *ast.FuncDecl) bool {
	changed := false
	info := s.fs.info
	var lits []*ast.FuncLit // the function literals holding the node visited, innermost last
	take := func(o origins, at ast.Expr, stop token.Pos) {
		body, sig := s.enclosing(fd, u.fn, lits)
		var before *headerState
		switch {
		case len(o.values) == 0 && len(o.funcs) == 0:
		case body == fd.Body && writerParam(sig) < 0:
			before = s.inherited(u.fn) // a lookup(r) a handler returns: what its callers did first
		default:
			before = s.touchedBefore(body, sig, stop)
		}
		for _, v := range o.values {
			s.addValue(v, at, before)
		}
		for _, fn := range o.funcs {
			if !s.sent[fn] {
				s.sent[fn], changed = true, true
			}
			if s.callerBefore[fn] == nil {
				s.callerBefore[fn] = map[token.Pos]*headerState{}
			}
			if old, ok := s.callerBefore[fn][stop]; !ok || !sameState(old, before) {
				s.callerBefore[fn][stop], changed = before, true
			}
		}
		for _, p := range o.params {
			if i := paramIndex(u.fn.Type().(*types.Signature), p); i >= 0 {
				if s.sentPar[u.fn] == nil {
					s.sentPar[u.fn] = map[int]bool{}
				}
				if !s.sentPar[u.fn][i] {
					s.sentPar[u.fn][i], changed = true, true
				}
			}
		}
	}
	var stack []ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil { // every node below is visited: Inspect pops
			if _, ok := stack[len(stack)-1].(*ast.FuncLit); ok {
				lits = lits[:len(lits)-1]
			}
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncLit:
			lits = append(lits, n)
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil {
				return true
			}
			if c := s.centralOf(fn); c != nil && c.err >= 0 && c.err < len(n.Args) {
				take(s.originsOf(fd, n.Args[c.err]), n.Args[c.err], n.Pos())
			}
			if rr, ok := lookupMember(renderers, fn); ok && rr.body < len(n.Args) {
				take(s.originsOf(fd, n.Args[rr.body]), n.Args[rr.body], n.Pos()) // render.Render(w, r, v) calls v.Render
			}
			for i := range s.sentPar[fn] {
				if i >= len(n.Args) {
					continue
				}
				if lit, ok := ast.Unparen(n.Args[i]).(*ast.FuncLit); ok && !s.sentLit[lit] {
					s.sentLit[lit], changed = true, true
				} else if h := funcValue(info, n.Args[i]); h != nil && s.fs.decls[h] != nil && !s.sent[h] {
					s.sent[h], changed = true, true
				}
			}
		case *ast.ReturnStmt:
			if len(lits) == 0 && !s.sent[u.fn] || len(lits) > 0 && !s.sentLit[lits[len(lits)-1]] {
				return true
			}
			_, sig := s.enclosing(fd, u.fn, lits)
			for i, r := range n.Results {
				if len(n.Results) == sig.Results().Len() && isErrorResult(sig.Results().At(i).Type()) {
					take(s.originsOf(fd, r), r, n.Pos())
				}
			}
		}
		return true
	})
	return changed
}

// enclosing returns the body and signature of the function a node sits
// in: the innermost of lits, the function literals holding it, else fd.
func (s *sentStep) enclosing(fd *ast.FuncDecl, fn *types.Func, lits []*ast.FuncLit) (*ast.BlockStmt, *types.Signature) {
	if len(lits) > 0 {
		lit := lits[len(lits)-1]
		if sig, ok := s.fs.info.TypeOf(lit).(*types.Signature); ok {
			return lit.Body, sig
		}
	}
	return fd.Body, fn.Type().(*types.Signature)
}

// funcValue returns the function e names as a value (h, s.handleX).
func funcValue(info *types.Info, e ast.Expr) *types.Func {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		fn, _ := info.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if sel.Kind() == types.MethodVal {
				fn, _ := sel.Obj().(*types.Func)
				return fn
			}
			return nil
		}
		fn, _ := info.Uses[e.Sel].(*types.Func)
		return fn
	}
	return nil
}

// centralOf returns the central writer fn is: of this package, or by its
// fact.
func (s *sentStep) centralOf(fn *types.Func) *central {
	if c, ok := s.centrals[fn]; ok {
		return c
	}
	if fn.Pkg() == s.fs.pass.Pkg {
		return nil
	}
	var c *central
	if f := imported[WriterFact](s.fs.pass, fn); f != nil {
		c = f.centralOf(fn)
	}
	s.centrals[fn] = c
	return c
}

// origin returns what identifies another package's value across its
// sites: the sentinel, or the literal's function and fields; nil for a
// value declared here.
func (v *errValue) origin() any {
	switch {
	case v.obj != nil:
		return v.obj
	case v.lit != "":
		return v.lit
	}
	return nil
}

// addValue records v as a response, at its declaration in this package,
// else at the expression making it one.
// before holds what the site making it a response did to the request's
// writer first (headers set, or the writer handed on): nil when nothing.
func (s *sentStep) addValue(v *errValue, at ast.Expr, before *headerState) {
	if v.judged {
		return
	}
	node := v.decl
	if node == nil {
		node = at
		if first, ok := s.firstSite[v.origin()]; ok && v.origin() != nil {
			node = first // another package's value: reported once, at its first site here
		} else if v.origin() != nil {
			s.firstSite[v.origin()] = node
		}
	}
	key := foundKey{node, v.origin()}
	fv, ok := s.found[key]
	if !ok {
		fv = &foundValue{v: v, at: node}
		s.found[key] = fv
		s.order = append(s.order, key)
	}
	for i, st := range fv.sites {
		if st.at == at {
			fv.sites[i].before = before // the run's next round sees the same site again
			return
		}
	}
	fv.sites = append(fv.sites, site{at: at, before: before})
}

// inherited returns what the handlers calling fn, a function taking no
// writer whose result they return, did to their writers before the call:
// their one state when all agree, else what any of them may have set, as
// unknown. nil when nothing.
func (s *sentStep) inherited(fn *types.Func) *headerState {
	calls := s.callerBefore[fn]
	var first *headerState
	same, n := true, 0
	for _, st := range calls {
		if n == 0 {
			first = st
		} else if !sameState(first, st) {
			same = false
		}
		n++
	}
	if same {
		return first
	}
	out := &headerState{set: map[string]bool{}, maybe: map[string]bool{}}
	for _, st := range calls {
		if st == nil {
			continue
		}
		for n := range st.set {
			out.maybe[n] = true
		}
		maps.Copy(out.maybe, st.maybe)
		out.unknown = out.unknown || st.unknown
	}
	return out
}

// sameState reports whether two states of what a site did first are one
// (nil is nothing done).
func sameState(a, b *headerState) bool {
	if a == nil || b == nil {
		return empty(a) && empty(b)
	}
	return a.unknown == b.unknown && maps.Equal(a.set, b.set) && maps.Equal(a.maybe, b.maybe)
}

func empty(st *headerState) bool {
	return st == nil || !st.unknown && len(st.set) == 0 && len(st.maybe) == 0
}

// touchedBefore returns what the function of body does to its
// response-writer parameters on the paths reaching the site at stop
// (§11: headers set on the request's writer before the value is returned
// count; §13 Paths): a header set with a constant name on every path is
// set, on some paths maybe set, and any other use of the writer (handed
// on, captured by a literal) makes the headers unknown. What sits in a
// branch that returns before the site does not count. nil when the
// function takes no writer or does nothing to it first.
func (s *sentStep) touchedBefore(body *ast.BlockStmt, sig *types.Signature, stop token.Pos) *headerState {
	ws := map[types.Object]bool{}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); isWriterType(p.Type()) {
			ws[p] = true
		}
	}
	if len(ws) == 0 {
		return nil
	}
	fg := s.graphs.of(body)
	site, ok := fg.locate(stop)
	if !ok {
		return &headerState{maybe: map[string]bool{}, unknown: true}
	}
	cs := commits{}
	cs.add(site)
	var st *headerState
	mark := func() *headerState {
		if st == nil {
			st = &headerState{set: map[string]bool{}, maybe: map[string]bool{}}
		}
		return st
	}
	// reaching reports whether the node at pos runs before the site on
	// some path, and on every path.
	reaching := func(pos token.Pos) (some, every bool) {
		l, ok := fg.locate(pos)
		if !ok {
			return true, false
		}
		if l == site || !fg.reaches(l, site, stop) {
			return false, false
		}
		return true, !fg.avoidable(l, cs, nil)
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || n.Pos() >= stop {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit: // a literal capturing the writer may run at any time
			if n.End() <= stop && s.mentions(n, ws) {
				if some, _ := reaching(n.Pos()); some {
					mark().unknown = true
				}
			}
			return false
		case *ast.CallExpr:
			if name, w, ok := s.fs.headerSetOn(n); ok && ws[w] {
				if some, every := reaching(n.Pos()); every {
					mark().set[name] = true
				} else if some {
					mark().maybe[name] = true
				}
				return false
			}
			if fn, _ := typeutil.Callee(s.fs.info, n).(*types.Func); fn != nil {
				if _, render := lookupMember(renderers, fn); render || s.centralOf(fn) != nil {
					return false // an earlier response of its own (in a branch that returns)
				}
			}
		case *ast.SelectorExpr: // c.Param("id"): a method of the context that sets no header
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && ws[s.fs.info.Uses[id]] {
				if sel := s.fs.info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal && !s.touchesHeaders(sel.Obj()) {
					return false
				}
			}
		case *ast.Ident:
			if ws[s.fs.info.Uses[n]] {
				if some, _ := reaching(n.Pos()); some {
					mark().unknown = true
				}
			}
		}
		return true
	})
	if st != nil {
		for name := range st.set {
			delete(st.maybe, name)
		}
	}
	return st
}

// mentions reports whether n uses one of the objects of ws.
func (s *sentStep) mentions(n ast.Node, ws map[types.Object]bool) bool {
	for n := range ast.Preorder(n) {
		if id, ok := n.(*ast.Ident); ok && ws[s.fs.info.Uses[id]] {
			return true
		}
	}
	return false
}

// touchesHeaders reports whether the method m of a writer or context may
// set a header: a header row, an accessor of the writer, Header(), or a
// method errlint has no row for on a writer it cannot see into (only
// table-known framework contexts' other methods are taken to read).
func (s *sentStep) touchesHeaders(m types.Object) bool {
	fn, ok := m.(*types.Func)
	if !ok {
		return true
	}
	if p, ok := rowOf(fn); ok {
		return p.header != nil || p.writesStatus() || p.commits
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || isAccessor(fn) {
		return true
	}
	if sig.Results().Len() == 1 && isHeaderType(sig.Results().At(0).Type()) {
		return true // w.Header()
	}
	return !contexts[typeKey(sig.Recv().Type())]
}

// written reports whether a central writer of this package writes the
// type of key (a type written by its own Render method need be no error
// type by its shape).
func (s *sentStep) written(key string) bool {
	for _, c := range s.centrals {
		if c != nil && c.fn != nil && c.fn.Pkg() == s.fs.pass.Pkg && c.types[key] {
			return true
		}
	}
	return false
}

// writersOf returns the central writers of the value's type errlint sees.
func (s *sentStep) writersOf(key string) []*central {
	var out []*central
	for _, c := range s.centrals {
		if c != nil && c.types[key] {
			out = append(out, c)
		}
	}
	for _, c := range s.defaults {
		if c.types[key] {
			out = append(out, c)
		}
	}
	pkg := s.fs.pass.Pkg
	slices.SortFunc(out, func(a, b *central) int { return strings.Compare(a.displayName(pkg), b.displayName(pkg)) })
	return out
}

// A Via says which central writers write a value that is a response, for
// the §7 reporters' messages.
type Via struct {
	Value   string // errHTTPUnauthorized, or "this errHTTP value"
	writers []*central
	v       *errValue
	pkg     *types.Package // the package reporting it: writers of others are named with theirs
}

// headerState evaluates, for the value, the headers its writers set: a
// header counts as set when one writer sets it on every path for the
// value, and is unknown when one may.
func (via *Via) headerState() *headerState {
	st := &headerState{set: map[string]bool{}, maybe: map[string]bool{}}
	for _, c := range via.writers {
		if c.unknown {
			st.unknown = true
		}
		for _, set := range c.sets {
			switch via.v.eval(set.Conds) {
			case evalTrue:
				st.set[set.Name] = true
			case evalUnknown:
				st.maybe[set.Name] = true
			}
		}
	}
	return st
}

// Note returns what a message about header name adds: "X is written by
// W, which sets none" (or "which sets it only for other values").
func (via *Via) Note(names ...string) string {
	ws := make([]string, 0, len(via.writers))
	for _, c := range via.writers {
		ws = append(ws, c.displayName(via.pkg))
	}
	some := false
	for _, c := range via.writers {
		for _, set := range c.sets {
			if slices.Contains(names, set.Name) {
				some = true
			}
		}
	}
	which := "which sets none"
	if len(ws) > 1 {
		which = "which set none"
	}
	if some {
		which = "which sets it only for other values"
		if len(ws) > 1 {
			which = "which set it only for other values"
		}
	}
	return fmt.Sprintf("%s is written by %s, %s", via.Value, strings.Join(ws, " and "), which)
}

type evalResult uint8

const (
	evalFalse evalResult = iota
	evalTrue
	evalUnknown
)

// eval evaluates a conjunction of conditions for v.
func (v *errValue) eval(conds []Cond) evalResult {
	res := evalTrue
	for _, c := range conds {
		var r evalResult
		switch c.Kind {
		case condField:
			got, ok := v.fields[c.Field]
			if !ok {
				r = evalUnknown
				break
			}
			r = boolEval((got == c.Value) != c.Neg)
		case condIs:
			r = boolEval((v.name == c.Value) != c.Neg)
		case condType:
			r = boolEval((v.key == c.Value) != c.Neg)
		default:
			r = evalUnknown
		}
		switch r {
		case evalFalse:
			return evalFalse
		case evalUnknown:
			res = evalUnknown
		}
	}
	return res
}

func boolEval(b bool) evalResult {
	if b {
		return evalTrue
	}
	return evalFalse
}

// responses returns the written responses (§7) the package's error values
// are, with their header states, and the sentinels judged here.
func (s *sentStep) responses(res *Result) (out []*Response, states map[*Response]*headerState, judged map[types.Object]bool, judgedLits map[ast.Node]bool) {
	states = map[*Response]*headerState{}
	judged = map[types.Object]bool{}
	judgedLits = map[ast.Node]bool{}
	for _, key := range s.order {
		fv, node := s.found[key], key.at
		ws := s.writersOf(fv.v.key)
		field := statusField(fv.v.key) // a framework's error type
		if et := s.et.lookup(fv.v.t); et != nil {
			field = et.status
		} else if field == "" && len(ws) > 0 {
			field = ws[0].field // a type only its Render method writes
		}
		if len(ws) == 0 || field == "" {
			continue
		}
		status, ok := exactInt(fv.v.fields[field])
		if !ok {
			continue
		}
		via := &Via{Value: fv.v.short, writers: ws, v: fv.v, pkg: s.fs.pass.Pkg}
		// One response at the value when every site sends it with the same
		// headers; else one at each site, so that a site setting the header
		// first is fine and one that does not is reported there.
		at := map[ast.Node]*headerState{}
		var nodes []ast.Node
		for _, st := range fv.sites {
			at[st.at], nodes = via.headerState().with(st.before), append(nodes, st.at)
		}
		if len(nodes) == 0 || allSame(at) {
			st := via.headerState()
			if len(nodes) > 0 {
				st = at[nodes[0]]
			}
			at, nodes = map[ast.Node]*headerState{node: st}, []ast.Node{node}
		}
		for _, n := range nodes {
			file := res.fileOf(n.Pos())
			if file == nil || !res.reportable[file] {
				continue
			}
			r := &Response{File: file, At: n, Value: status, Const: true, Body: BodyUnknown, Via: via}
			out = append(out, r)
			states[r] = at[n]
		}
		if fv.v.obj != nil && fv.v.obj.Pkg() == s.fs.pass.Pkg {
			judged[fv.v.obj] = true
		} else if lit, ok := fv.v.decl.(*ast.CompositeLit); ok {
			judgedLits[lit] = true
		}
	}
	return out, states, judged, judgedLits
}

// with returns st with what a site did to the writer first added.
func (st *headerState) with(before *headerState) *headerState {
	if before == nil {
		return st
	}
	for n := range before.set {
		st.set[n] = true
		delete(st.maybe, n)
	}
	for n := range before.maybe {
		if !st.set[n] {
			st.maybe[n] = true
		}
	}
	st.unknown = st.unknown || before.unknown
	return st
}

// allSame reports whether the header states of the sites are one.
func allSame(states map[ast.Node]*headerState) bool {
	var first *headerState
	for _, st := range states {
		if first == nil {
			first = st
			continue
		}
		if !sameState(st, first) {
			return false
		}
	}
	return true
}

// fileOf returns the file of the package holding pos.
func (r *Result) fileOf(pos token.Pos) *ast.File {
	for _, f := range r.files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// judgeValues finds the error values of the package that are responses
// written by a central writer (§11) and adds them to the written
// responses, with the headers their writers set for them.
func (res *Result) judgeValues(fs *flowStep, et *errTypes, units []*unit, centrals map[*types.Func]*central, graphs *graphCache) {
	s := &sentStep{fs: fs, et: et, centrals: map[*types.Func]*central{}, sentinel: map[*types.Var]*errValue{},
		sent: map[*types.Func]bool{}, sentPar: map[*types.Func]map[int]bool{}, sentLit: map[*ast.FuncLit]bool{}, callerBefore: map[*types.Func]map[token.Pos]*headerState{}, graphs: graphs, found: map[foundKey]*foundValue{},
		firstSite: map[any]ast.Node{}}
	for fn, c := range centrals {
		s.centrals[fn] = c
	}
	s.sentinels()
	s.frameworkHandlers()
	if len(centrals) == 0 && len(s.defaults) == 0 && !importsCentral(fs.pass.AllObjectFacts()) {
		s.exportValues(nil)
		s.exportReturns(nil)
		return // no writer of error values in sight: nothing is a response here
	}
	s.run(units)
	written, states, judged, judgedLits := s.responses(res)
	s.exportValues(judged)
	s.exportReturns(judgedLits)
	if len(written) == 0 {
		return
	}
	if res.headers == nil {
		res.headers = &headerIndex{state: map[*Response]*headerState{}}
	}
	for _, r := range written {
		res.headers.written = append(res.headers.written, r)
		res.headers.state[r] = states[r]
	}
}

// returnedBy returns the sentinels a function of another package returns,
// by its fact.
func (s *sentStep) returnedBy(fn *types.Func) []*errValue {
	f := imported[ValueFact](s.fs.pass, fn)
	if f == nil {
		return nil
	}
	var out []*errValue
	for _, name := range f.Returns {
		if v, ok := fn.Pkg().Scope().Lookup(name).(*types.Var); ok {
			if ev := s.errValueOf(v); ev != nil {
				out = append(out, ev)
			}
		}
	}
	for _, l := range f.Lits {
		tn := typeNameIn(append([]*types.Package{fn.Pkg()}, fn.Pkg().Imports()...), l.Type)
		if tn == nil {
			continue
		}
		t := tn.Type()
		lit := fn.Pkg().Path() + "." + l.Func + fmt.Sprint(l.Fields)
		out = append(out, &errValue{t: t, key: l.Type, fields: fieldMap(l.Fields), short: fn.Pkg().Name() + "." + l.Func + "()", fn: fn, lit: lit, judged: l.Judged})
	}
	return out
}

// typeNameIn returns the type named by key (pkgpath.Name) if one of pkgs
// declares it, else nil.
func typeNameIn(pkgs []*types.Package, key string) *types.TypeName {
	path, m, ok := parseFullName(key)
	if !ok || m.recv != "" {
		return nil
	}
	for _, p := range pkgs {
		if p.Path() == path {
			tn, _ := p.Scope().Lookup(m.name).(*types.TypeName)
			return tn
		}
	}
	return nil
}

// exportReturns exports, for each function of the package whose error
// results come from its sentinels or error-type literals (directly or
// through other functions of the package), a ValueFact naming them;
// judged holds the literals this package reported.
func (s *sentStep) exportReturns(judged map[ast.Node]bool) {
	direct := map[*types.Func]map[any]bool{} // a sentinel's name, or a literal
	calls := map[*types.Func][]*types.Func{}
	lits := map[*ast.CompositeLit]*errValue{}
	litFn := map[*ast.CompositeLit]*types.Func{} // the function returning it directly
	for fn, fd := range s.fs.decls {
		sig := fn.Type().(*types.Signature)
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				for i, r := range n.Results {
					if len(n.Results) != sig.Results().Len() || !isErrorResult(sig.Results().At(i).Type()) {
						continue
					}
					o := s.originsOf(fd, r)
					for _, v := range o.values {
						var key any
						if v.obj != nil && v.obj.Pkg() == s.fs.pass.Pkg {
							key = v.obj.Name()
						} else if lit, ok := v.decl.(*ast.CompositeLit); ok && len(v.fields) > 0 {
							key, lits[lit] = lit, v
							if litFn[lit] == nil {
								litFn[lit] = fn
							}
						} else {
							continue
						}
						if direct[fn] == nil {
							direct[fn] = map[any]bool{}
						}
						direct[fn][key] = true
					}
					calls[fn] = append(calls[fn], o.funcs...)
				}
			}
			return true
		})
	}
	for range 8 { // through the package's own calls, to a fixed point
		changed := false
		for fn, callees := range calls {
			for _, c := range callees {
				for key := range direct[c] {
					if direct[fn] == nil {
						direct[fn] = map[any]bool{}
					}
					if !direct[fn][key] {
						direct[fn][key], changed = true, true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	for fn, keys := range direct {
		f := &ValueFact{}
		var ls []*ast.CompositeLit
		for key := range keys {
			switch key := key.(type) {
			case string:
				f.Returns = append(f.Returns, key)
			case *ast.CompositeLit:
				ls = append(ls, key)
			}
		}
		slices.Sort(f.Returns)
		slices.SortFunc(ls, func(a, b *ast.CompositeLit) int { return int(a.Pos() - b.Pos()) })
		for _, lit := range ls {
			v := lits[lit]
			f.Lits = append(f.Lits, LitValue{Func: shortFuncName(litFn[lit]), Type: v.key, Fields: fieldValues(v.fields), Judged: judged[lit]})
		}
		s.fs.pass.ExportObjectFact(fn, f)
	}
}

// isErrorResult reports whether a result of type t may carry an error
// value: error itself, or a type implementing it (func ErrFoo() *Error).
func isErrorResult(t types.Type) bool {
	return types.Identical(t, errorType) || types.Implements(t, errorType.Underlying().(*types.Interface))
}

// importsCentral reports whether facts hold a central writer's.
func importsCentral(facts []analysis.ObjectFact) bool {
	for _, f := range facts {
		if w, ok := f.Fact.(*WriterFact); ok && w.Err != 0 {
			return true
		}
	}
	return false
}
