package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// This file finds central writers and the error values they write (§11
// "The central writer", §13 "Handlers and flow"). A central writer is a
// function of the user's code taking an error that finds an error type
// (errors.As, a type switch, an assertion, or the parameter itself) and
// writes that type's status field to a response writer it takes. An error
// value of such a type is a response when it is passed to the central
// writer, returned from a handler (a function whose result reaches one),
// or returned from a function whose result reaches one of those. Its
// headers are those the central writer sets before the status, under
// conditions errlint evaluates for the value (a status or code field equal
// to a constant, errors.Is with a sentinel, the value's type).

// A cond is one condition a header set of a central writer is under.
type Cond struct {
	Kind  uint8  // condField, condIs, condType, condUnknown
	Field string // condField: the field of the error value compared
	Value string // the constant's exact text, the sentinel's full name, or the type's key
	Neg   bool
}

const (
	condUnknown uint8 = iota
	condField
	condIs
	condType
)

// CondSet is a header a central writer sets under all of Conds.
type CondSet struct {
	Name  string // lower case
	Conds []Cond
}

// central is a central writer.
type central struct {
	fn      *types.Func     // nil for a framework's default error handler
	name    string          // how a message names a framework's default
	field   string          // the status field it writes
	err     int             // the error parameter; -1: the receiver (a Render method)
	writer  int             // the response-writer parameter
	types   map[string]bool // keys of the error types it writes
	sets    []CondSet       // headers set on the writer before the status
	unknown bool            // the writer handed before the status to a function errlint cannot see into
}

// centralOf returns the central writer f records, if any.
func (f *WriterFact) centralOf(fn *types.Func) *central {
	if f.Err == 0 {
		return nil
	}
	c := &central{fn: fn, err: int(f.Err) - 1, writer: int(f.Writer) - 1, field: f.StatusField, types: map[string]bool{}, sets: f.Sets, unknown: f.Unknown}
	if f.Recv {
		c.err = -1
	}
	for _, t := range f.Types {
		c.types[t] = true
	}
	return c
}

// record adds what c is to f.
func (c *central) record(f *WriterFact) {
	f.Err, f.Writer, f.Recv, f.StatusField = int8(c.err+1), int8(c.writer+1), c.err < 0, c.field
	if c.err < 0 {
		f.Err = 1 // a central writer all the same: Recv says of what
	}
	f.Types = slices.Sorted(maps.Keys(c.types))
	f.Sets, f.Unknown = c.sets, c.unknown
}

// displayName names c in a message.
// A writer of another package than from is named with its package
// (errs.Write).
func (c *central) displayName(from *types.Package) string {
	if c.fn == nil {
		return c.name
	}
	name := shortFuncName(c.fn)
	if c.fn.Pkg() == nil || c.fn.Pkg() == from {
		return name
	}
	pkg := c.fn.Pkg().Name() + "."
	for _, open := range []string{"(*", "("} { // (*Server).handleError → (*web.Server).handleError
		if recv, ok := strings.CutPrefix(name, open); ok {
			return open + pkg + recv
		}
	}
	return pkg + name
}

// shortFuncName names fn as a user reads it: handleError, (*Server).handleError.
func shortFuncName(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return fn.Name()
	}
	t, ptr := sig.Recv().Type(), ""
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), "*"
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return "(" + ptr + n.Obj().Name() + ")." + fn.Name()
	}
	return fn.Name()
}

// findCentral returns this package's central writers.
func (fs *flowStep) findCentral(units []*unit, et *errTypes) map[*types.Func]*central {
	out := map[*types.Func]*central{}
	for _, u := range units {
		fd, ok := u.decl.(*ast.FuncDecl)
		if !ok || fd.Body == nil || u.fn == nil {
			continue
		}
		sig := u.fn.Type().(*types.Signature)
		derived := fs.errDerived(fd, sig, et)
		if recv := receiverOf(fs.info, fd); recv != nil {
			derived[recv] = -1 // a method writing its receiver (render's Render)
		}
		if len(derived) == 0 {
			continue
		}
		for _, r := range u.responses {
			if r.Status == nil || r.Const {
				continue
			}
			root := types.Object(nil)
			if r.writer != nil {
				root = r.writer.root
			} else if i := writerParam(sig); i >= 0 {
				root = sig.Params().At(i) // a status recorded on the request (render.Status), sent to the writer it takes
			}
			if root == nil {
				continue
			}
			f, sel := fs.fieldOf(fd, r.Status)
			if f == nil {
				continue
			}
			id, ok := ast.Unparen(sel.X).(*ast.Ident)
			if !ok {
				continue
			}
			errIdx, ok := derived[fs.info.ObjectOf(id)]
			wIdx := paramIndex(sig, root)
			key := typeKey(fs.info.TypeOf(sel.X))
			if !ok || wIdx < 0 || key == "" {
				continue
			}
			c := out[u.fn]
			if c == nil {
				c = &central{fn: u.fn, err: errIdx, writer: wIdx, field: f.Name(), types: map[string]bool{}}
				out[u.fn] = c
				commit := r.At.Pos()
				if r.call != nil {
					commit = r.call.Pos()
				}
				if r.writer == nil {
					commit = fd.Body.End() // recorded: sent after the method returns
				}
				hc := &headerCollector{fs: fs, fd: fd, sig: sig, c: c, root: root, commit: commit, derived: derived}
				hc.stmts(fd.Body.List, nil)
			}
			c.types[key] = true
		}
	}
	return out
}

// paramIndex returns the index of obj among sig's parameters, or -1.
func paramIndex(sig *types.Signature, obj types.Object) int {
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == obj {
			return i
		}
	}
	return -1
}

// errDerived returns the variables of fd holding an error parameter's
// value as an error type: the parameter itself when of an error type, the
// target of errors.As, a type switch's bindings, an assertion's result;
// each mapped to the parameter's index.
func (fs *flowStep) errDerived(fd *ast.FuncDecl, sig *types.Signature, et *errTypes) map[types.Object]int {
	params := map[types.Object]int{}
	out := map[types.Object]int{} // never nil: the caller may add the receiver
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		switch {
		case types.Identical(p.Type(), errorType):
			params[p] = i
		case et.lookup(p.Type()) != nil:
			params[p], out[p] = i, i
		}
	}
	if len(params) == 0 {
		return out
	}
	paramOf := func(e ast.Expr) (int, bool) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			i, ok := params[fs.info.ObjectOf(id)]
			return i, ok
		}
		return 0, false
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if flowKindOf(fs.info, n) == flowAs && len(n.Args) == 2 {
				if i, ok := paramOf(n.Args[0]); ok {
					if u, ok := ast.Unparen(n.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
						if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
							out[fs.info.ObjectOf(id)] = i
						}
					}
				}
			}
		case *ast.TypeSwitchStmt:
			as, ok := n.Assign.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 {
				return true
			}
			ta, ok := as.Rhs[0].(*ast.TypeAssertExpr)
			if !ok {
				return true
			}
			if i, ok := paramOf(ta.X); ok {
				for _, s := range n.Body.List {
					if obj := fs.info.Implicits[s]; obj != nil {
						out[obj] = i
					}
				}
			}
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && len(n.Lhs) >= 1 {
				if ta, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); ok && ta.Type != nil {
					if i, ok := paramOf(ta.X); ok {
						if id, ok := n.Lhs[0].(*ast.Ident); ok {
							out[fs.info.ObjectOf(id)] = i
						}
					}
				}
			}
		}
		return true
	})
	delete(out, nil)
	return out
}

var errorType = types.Universe.Lookup("error").Type()

// headerCollector gathers the headers a central writer sets on its writer
// before the status, with the conditions each is under.
type headerCollector struct {
	fs      *flowStep
	fd      *ast.FuncDecl
	sig     *types.Signature
	c       *central
	root    types.Object
	commit  token.Pos
	derived map[types.Object]int
}

// stmts walks list under conds. A branch that ends in return (or panic)
// before the commit makes the rest of the list hold under its negation.
func (hc *headerCollector) stmts(list []ast.Stmt, conds []Cond) {
	for _, s := range list {
		if s.Pos() >= hc.commit {
			return
		}
		switch s := s.(type) {
		case *ast.IfStmt:
			if s.Init != nil {
				hc.leaf(s.Init, conds)
			}
			c := hc.cond(s.Cond)
			hc.stmts(s.Body.List, join(conds, c))
			neg := negate(c)
			if s.Else != nil {
				hc.stmts([]ast.Stmt{s.Else}, join(conds, neg))
			}
			if endsFlow(s.Body.List) && s.End() < hc.commit {
				conds = join(conds, neg)
			}
		case *ast.BlockStmt:
			hc.stmts(s.List, conds)
		case *ast.SwitchStmt:
			if !hc.switchStmt(s, conds) {
				hc.leaf(s, join(conds, []Cond{{Kind: condUnknown}}))
			}
		case *ast.TypeSwitchStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SelectStmt:
			// Cases errlint does not evaluate: what they set is unknown.
			hc.leaf(s, join(conds, []Cond{{Kind: condUnknown}}))
		default:
			hc.leaf(s, conds)
		}
	}
}

// switchStmt walks a switch on the error (switch e.HTTPCode { case
// http.StatusUnauthorized: … }, switch err { case errX: … }, or a tagless
// switch of such conditions): each case's body holds under its condition
// (a case of several expressions, under each of them) and the negations
// of the cases before it; default under the negations of all. A case
// expression errlint cannot evaluate holds as unknown, and so does its
// negation. It reports false, walking nothing, for a switch it cannot
// read that way: one with an init statement or a fallthrough.
func (hc *headerCollector) switchStmt(s *ast.SwitchStmt, conds []Cond) bool {
	if s.Init != nil {
		return false
	}
	type clause struct {
		alts []Cond // one per case expression
		body []ast.Stmt
		def  bool
	}
	var clauses []clause
	for _, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		if n := len(cc.Body); n > 0 {
			if b, ok := cc.Body[n-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
				return false
			}
		}
		cl := clause{body: cc.Body, def: cc.List == nil}
		for _, e := range cc.List {
			c := []Cond{{Kind: condUnknown}}
			if s.Tag == nil {
				c = hc.cond(e)
			} else {
				for _, sides := range [][2]ast.Expr{{s.Tag, e}, {e, s.Tag}} {
					if cmp, ok := hc.compare(sides[0], sides[1]); ok {
						c = []Cond{cmp}
						break
					}
				}
			}
			if len(c) != 1 {
				c = []Cond{{Kind: condUnknown}} // a conjunction: its negation is unknown
			}
			cl.alts = append(cl.alts, c[0])
		}
		clauses = append(clauses, cl)
	}
	var before []Cond // the negations of the cases before
	for _, cl := range clauses {
		if cl.def {
			continue
		}
		for _, alt := range cl.alts {
			hc.stmts(cl.body, join(join(conds, before), []Cond{alt}))
		}
		for _, alt := range cl.alts {
			before = join(before, negate([]Cond{alt}))
		}
	}
	for _, cl := range clauses {
		if cl.def {
			hc.stmts(cl.body, join(conds, before))
		}
	}
	return true
}

// join returns conds and more, in a new slice.
func join(conds, more []Cond) []Cond { return slices.Concat(conds, more) }

// negate returns the negation of a conjunction: one condition negated, or
// unknown.
func negate(cs []Cond) []Cond {
	if len(cs) != 1 || cs[0].Kind == condUnknown {
		return []Cond{{Kind: condUnknown}}
	}
	c := cs[0]
	c.Neg = !c.Neg
	return []Cond{c}
}

// endsFlow reports whether list ends in a return, a panic, or a branch.
func endsFlow(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	switch s := list[len(list)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// leaf records the header sets and hand-offs of the writer in n.
func (hc *headerCollector) leaf(n ast.Node, conds []Cond) {
	info := hc.fs.info
	ast.Inspect(n, func(n ast.Node) bool {
		if n == nil || n.Pos() >= hc.commit {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt: // w.Header()[k] = v
			for _, l := range n.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && hc.isHeaderOf(ix.X) {
					hc.set(ix.Index, conds)
				}
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil {
				return true
			}
			if p, ok := rowOf(fn); ok && p.header != nil {
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && p.header.name < len(n.Args) {
					if p.writer == onHeader && hc.isHeaderOf(sel.X) || p.writer == onReceiver && hc.isRoot(sel.X) {
						hc.set(n.Args[p.header.name], conds)
					}
				}
				return true
			}
			for _, a := range n.Args {
				if hc.isRoot(a) {
					hc.handed(fn, n, a, conds)
				}
			}
		}
		return true
	})
}

// isRoot reports whether e is the writer parameter, or what an accessor
// of it returns (echo's c.Response()).
func (hc *headerCollector) isRoot(e ast.Expr) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if fn, _ := typeutil.Callee(hc.fs.info, call).(*types.Func); isAccessor(fn) {
				e = ast.Unparen(sel.X)
			}
		}
	}
	id, ok := e.(*ast.Ident)
	return ok && hc.fs.info.ObjectOf(id) == hc.root
}

// isHeaderOf reports whether e is w.Header() of the writer parameter.
func (hc *headerCollector) isHeaderOf(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && isHeaderAccessor(hc.fs.info, sel) && hc.isRoot(sel.X)
}

// set records header name e set under conds; a name that is no constant
// makes the headers unknown.
func (hc *headerCollector) set(e ast.Expr, conds []Cond) {
	name, ok := stringConst(hc.fs.info, e)
	if !ok {
		hc.c.unknown = true
		return
	}
	hc.c.sets = append(hc.c.sets, CondSet{Name: strings.ToLower(name), Conds: slices.Clone(conds)})
}

// handed records the writer handed to fn: its header fact's headers
// count, as set under conds; without one the headers are unknown.
func (hc *headerCollector) handed(fn *types.Func, call *ast.CallExpr, w ast.Expr, conds []Cond) {
	if _, ok := writerUsers[fn.FullName()]; ok {
		return
	}
	f := imported[HeaderFact](hc.fs.pass, fn)
	if f == nil || int(f.Writer) >= len(call.Args) || call.Args[f.Writer] != w {
		hc.c.unknown = true
		return
	}
	for _, n := range f.Always {
		hc.c.sets = append(hc.c.sets, CondSet{Name: n, Conds: slices.Clone(conds)})
	}
	for _, n := range f.Maybe {
		hc.c.sets = append(hc.c.sets, CondSet{Name: n, Conds: join(conds, []Cond{{Kind: condUnknown}})})
	}
}

// cond returns the conjunction e is, as far as errlint can evaluate it.
func (hc *headerCollector) cond(e ast.Expr) []Cond {
	info := hc.fs.info
	unknown := []Cond{{Kind: condUnknown}}
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return negate(hc.cond(e.X))
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			return join(hc.cond(e.X), hc.cond(e.Y))
		case token.EQL, token.NEQ:
			neg := e.Op == token.NEQ
			for _, sides := range [][2]ast.Expr{{e.X, e.Y}, {e.Y, e.X}} {
				if c, ok := hc.compare(sides[0], sides[1]); ok {
					c.Neg = c.Neg != neg
					return []Cond{c}
				}
			}
		}
	case *ast.CallExpr:
		switch {
		case flowKindOf(info, e) == flowIs && len(e.Args) == 2:
			if hc.isErrParam(e.Args[0]) {
				if name, ok := packageVar(info, e.Args[1]); ok {
					return []Cond{{Kind: condIs, Value: name}}
				}
			}
		case flowKindOf(info, e) == flowAs && len(e.Args) == 2:
			if u, ok := ast.Unparen(e.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND && hc.isErrParam(e.Args[0]) {
				if key := typeKey(info.TypeOf(u.X)); key != "" {
					return []Cond{{Kind: condType, Value: key}}
				}
			}
		}
	}
	return unknown
}

// compare reads x == y where x is a field of the error value and y a
// constant, or x the error and y a sentinel.
func (hc *headerCollector) compare(x, y ast.Expr) (Cond, bool) {
	info := hc.fs.info
	if f, sel := hc.fs.fieldOf(hc.fd, x); f != nil {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			if _, ok := hc.derived[info.ObjectOf(id)]; ok {
				if v, ok := constText(info, y); ok {
					return Cond{Kind: condField, Field: f.Name(), Value: v}, true
				}
			}
		}
	}
	if hc.isErrParam(x) {
		if name, ok := packageVar(info, y); ok {
			return Cond{Kind: condIs, Value: name}, true
		}
	}
	return Cond{}, false
}

// isErrParam reports whether e is the error parameter or a variable
// derived from it.
func (hc *headerCollector) isErrParam(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	obj := hc.fs.info.ObjectOf(id)
	if _, ok := hc.derived[obj]; ok {
		return true
	}
	return paramIndex(hc.sig, obj) == hc.c.err
}

// packageVar returns the full name (pkgpath.Name) of the package-level
// variable e names.
func packageVar(info *types.Info, e ast.Expr) (string, bool) {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return "", false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return "", false
	}
	return v.Pkg().Path() + "." + v.Name(), true
}

// receiverOf returns the receiver variable of a method declaration.
func receiverOf(info *types.Info, fd *ast.FuncDecl) types.Object {
	if fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
		return nil
	}
	return info.Defs[fd.Recv.List[0].Names[0]]
}

// writerParam returns the index of the first parameter of sig that is a
// response writer, or -1.
func writerParam(sig *types.Signature) int {
	for i := range sig.Params().Len() {
		if isWriterType(sig.Params().At(i).Type()) {
			return i
		}
	}
	return -1
}
