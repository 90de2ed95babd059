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
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file answers §7's question "is header H set on this response?" for
// every written response of a package, and infers the HeaderFacts that carry
// the answer for helpers and error writers across packages. It is one step
// of the base's run, after writer inference; the reporters only ask.

// HeaderFact is the object fact of a function of the user's code that takes
// the response writer: which headers it sets on it before sending the
// status. A function without one that is handed the writer makes the header
// state of the writer unknown.
type HeaderFact struct {
	Writer int8            // index of the response-writer parameter
	Status int8            // index + 1 of the status parameter When depends on; 0: none
	Always []string        // headers (lower case) set on every path
	When   []StatusHeaders // headers set on every path where the status parameter is Status
	Maybe  []string        // headers set on some paths only: unknown at a call
}

// StatusHeaders are headers set when a status parameter holds Status.
type StatusHeaders struct {
	Status int16
	Names  []string
}

// AFact marks HeaderFact as an analysis fact.
func (*HeaderFact) AFact() {}

func (f *HeaderFact) String() string {
	parts := []string{fmt.Sprintf("writer=%d", f.Writer)}
	if len(f.Always) > 0 {
		parts = append(parts, "always "+strings.Join(f.Always, " "))
	}
	for _, w := range f.When {
		parts = append(parts, fmt.Sprintf("status=%d is %d: %s", f.Status-1, w.Status, strings.Join(w.Names, " ")))
	}
	if len(f.Maybe) > 0 {
		parts = append(parts, "maybe "+strings.Join(f.Maybe, " "))
	}
	return "headers(" + strings.Join(parts, ", ") + ")"
}

// when returns the headers f sets when its status parameter is s.
func (f *HeaderFact) when(s int) []string {
	for _, w := range f.When {
		if int(w.Status) == s {
			return w.Names
		}
	}
	return nil
}

// PairedHeader is a header-setting call followed, in straight-line code
// (§2's rule), by a response on the same writer.
type PairedHeader struct {
	At       ast.Node // the call (or assignment) setting the header
	Name     string   // the header's name, lower case
	Response *Response
}

// headerState is what errlint knows of the headers set on one response.
type headerState struct {
	set     map[string]bool
	maybe   map[string]bool
	unknown bool // a header of unknown name, or the writer handed to an unknown function
}

// headerIndex is the headers step's answer for one package.
type headerIndex struct {
	written []*Response
	state   map[*Response]*headerState
	paired  []PairedHeader
}

// Written returns the written responses (§7) of the files errlint reports
// on: a constant status sent by a call that has a writer errlint can name
// in hand, whose header state errlint can tell.
func (r *Result) Written() []*Response {
	if r.headers == nil {
		return nil
	}
	return r.headers.written
}

// HeaderSet reports whether one of names (case-insensitive) is set on the
// written response resp before its commit. known is false when errlint
// cannot tell: then no finding may rest on the answer.
func (r *Result) HeaderSet(resp *Response, names ...string) (set, known bool) {
	if r.headers == nil {
		return false, false
	}
	st, ok := r.headers.state[resp]
	if !ok {
		return false, false
	}
	for _, n := range names {
		if st.set[strings.ToLower(n)] {
			return true, true
		}
	}
	if st.unknown {
		return false, false
	}
	for _, n := range names {
		if st.maybe[strings.ToLower(n)] {
			return false, false
		}
	}
	return false, true
}

// PairedHeaders returns the calls setting header name (case-insensitive)
// that pair with a later response on the same writer. Only Retry-After is
// paired (what retryafter asks); other names return nothing.
func (r *Result) PairedHeaders(name string) []PairedHeader {
	if r.headers == nil {
		return nil
	}
	name = strings.ToLower(name)
	var out []PairedHeader
	for _, p := range r.headers.paired {
		if p.Name == name {
			out = append(out, p)
		}
	}
	return out
}

// evKind is what an event does to a writer's headers.
type evKind uint8

const (
	evSet     evKind = iota // a header set; name "" when the name is not constant
	evUnknown               // the writer handed to something errlint knows nothing of
	evCall                  // the writer handed to a function of the user's code
	evCommit                // the status sent: a status call that sends, or a body write
	evRecord                // a status recorded for a later body call (gin's c.Status)
)

// pathKind says on which paths of its function an event happens.
type pathKind uint8

const (
	onSome   pathKind = iota // some paths, or errlint cannot tell
	onEvery                  // every path
	onStatus                 // every path where the status parameter is one of whens
)

// event is one thing that happens to a writer in a function body.
type event struct {
	kind   evKind
	node   ast.Node // the call or assignment
	ref    writerRef
	name   string        // evSet
	callee *types.Func   // evCall
	call   *ast.CallExpr // evCall, evCommit, evRecord
	status ast.Expr      // evCommit, evRecord: the status argument, if any

	path  pathKind
	param *types.Var     // onStatus: the status parameter
	whens []int          // onStatus: the statuses
	other bool           // onStatus: it may also happen when the status parameter is none of whens
	list  []ast.Stmt     // evSet of retry-after: the statement list holding it
	index int            // evCall: the argument that is the writer; evSet of retry-after: the statement's index in list
	inLit bool           // inside a function literal
	body  *ast.BlockStmt // the body of the innermost function holding it
}

// headerStep computes the header facts of the package's functions and the
// header state of its written responses.
type headerStep struct {
	pass     *analysis.Pass
	x        *extractor
	writerOf func(*types.Func) (position, bool) // the row of an error writer
	local    map[*types.Func]*HeaderFact
	isWriter map[types.Type]bool
	preset   map[*types.Func]*HeaderFact // facts another step knows (builder.go)
	graphs   *graphCache                 // control-flow graphs, built for the bodies that ask (paths.go)
}

// inferHeaders is the headers step: facts first (to a fixed point within
// the package), then the state of each written response in the reportable
// files. preset holds the facts of functions another step knows (fixed-status
// helpers over a builder, builder.go): they are not inferred again.
func inferHeaders(pass *analysis.Pass, x *extractor, units []*unit, user bool, reportable map[*ast.File]bool, preset map[*types.Func]*HeaderFact, graphs *graphCache) *headerIndex {
	h := &headerStep{pass: pass, x: x, writerOf: x.writerOf, local: maps.Clone(preset), isWriter: map[types.Type]bool{}, preset: preset, graphs: graphs}
	if h.local == nil {
		h.local = map[*types.Func]*HeaderFact{}
	}
	decls := h.headerDecls(units, user, reportable)
	h.inferFacts(decls)
	for fn, f := range h.local {
		pass.ExportObjectFact(fn, f)
	}
	idx := &headerIndex{state: map[*Response]*headerState{}}
	for _, d := range decls {
		if reportable[d.u.file] {
			h.index(idx, d)
		}
	}
	return idx
}

// headerDecl is a declaration the headers step reads: a function taking
// the writer, or one writing a response errlint reports on.
type headerDecl struct {
	u      *unit
	fd     *ast.FuncDecl
	events []event
	params map[types.Object]bool
	wparam int // the writer parameter, or -1
}

// headerDecls returns the declarations of units the headers step reads,
// with their events.
func (h *headerStep) headerDecls(units []*unit, user bool, reportable map[*ast.File]bool) []*headerDecl {
	var decls []*headerDecl
	for _, u := range units {
		fd, _ := u.decl.(*ast.FuncDecl)
		wparam := -1
		if user && fd != nil && fd.Body != nil && u.fn != nil {
			wparam = h.writerParam(u.fn)
		}
		hasWritten := reportable[u.file] && slices.ContainsFunc(u.responses, func(r *Response) bool { return r.writer != nil })
		if wparam < 0 && !hasWritten {
			continue // most declarations: nothing to do
		}
		evs, params := h.collect(u.decl)
		decls = append(decls, &headerDecl{u: u, fd: fd, events: evs, params: params, wparam: wparam})
	}
	return decls
}

// inferFacts infers the header facts of the functions of decls taking the
// writer, to a fixed point: a helper's fact makes its callers' known.
func (h *headerStep) inferFacts(decls []*headerDecl) {
	for range 8 {
		changed := false
		for _, d := range decls {
			if d.wparam < 0 || h.preset[d.u.fn] != nil {
				continue
			}
			f := h.infer(d.u.fn, d.fd, d.wparam, d.events)
			old, had := h.local[d.u.fn]
			switch {
			case f == nil && had:
				delete(h.local, d.u.fn)
				changed = true
			case f != nil && (!had || old.String() != f.String()):
				h.local[d.u.fn] = f
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// index records in idx the written responses of d, their header state,
// and its retry-after headers paired with a response.
func (h *headerStep) index(idx *headerIndex, d *headerDecl) {
	carries := 0 // the status d's function carries to its callers, if an error writer
	if d.u.fn != nil {
		if w, ok := h.writerOf(d.u.fn); ok {
			carries = w.implied
		}
	}
	for _, r := range d.u.responses {
		if r.writer == nil || !r.Const {
			continue
		}
		if carries != 0 && r.Value == carries && isParamOf(h.x.info, d.fd, r.writer.root) {
			continue // a status carried by an error writer: its finding is at each call
		}
		st, ok := h.state(r, d.u.decl, d.events, d.params)
		if !ok {
			continue
		}
		idx.written = append(idx.written, r)
		if st != nil {
			idx.state[r] = st
		}
	}
	idx.paired = append(idx.paired, h.pair(d.u, d.events)...)
}

// isParamOf reports whether obj is a parameter of fd (not of a function
// literal inside it).
func isParamOf(info *types.Info, fd *ast.FuncDecl, obj types.Object) bool {
	if fd == nil {
		return false
	}
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			if info.Defs[n] == obj {
				return true
			}
		}
	}
	return false
}

// writerParam returns the index of fn's first parameter that is a response
// writer or a framework context, or -1.
func (h *headerStep) writerParam(fn *types.Func) int {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return -1
	}
	for i := range sig.Params().Len() {
		if h.writerType(sig.Params().At(i).Type()) {
			return i
		}
	}
	return -1
}

func (h *headerStep) writerType(t types.Type) bool {
	if t == nil {
		return false
	}
	if v, ok := h.isWriter[t]; ok {
		return v
	}
	v := isWriterType(t)
	h.isWriter[t] = v
	return v
}

// canonical returns r without the framework fields and accessors that lead
// from a context to its writer: c, c.Writer and c.Response() are one writer.
func canonical(r writerRef) writerRef {
	p := r.path
	for len(p) > 0 {
		last := p[len(p)-1]
		if fn, ok := last.(*types.Func); ok && isAccessor(fn) {
			p = p[:len(p)-1]
			continue
		}
		if v, ok := last.(*types.Var); ok && v.IsField() && v.Pkg() != nil && httpPackages[v.Pkg().Path()] {
			p = p[:len(p)-1]
			continue
		}
		break
	}
	return writerRef{root: r.root, path: p}
}

// writerRefOf returns the canonical writer e denotes, if e is a writer errlint
// can name.
func (h *headerStep) writerRefOf(e ast.Expr) (writerRef, bool) {
	if !h.writerType(h.x.info.TypeOf(e)) {
		return writerRef{}, false
	}
	ref, ok := h.x.ref(e)
	if !ok {
		return writerRef{}, false
	}
	return canonical(ref), true
}

// collect returns, in textual order, what happens to writers in decl, and
// the parameters of its functions.
func (h *headerStep) collect(decl ast.Decl) ([]event, map[types.Object]bool) {
	ec := &eventCollector{h: h, params: map[types.Object]bool{}, headerVars: map[types.Object]writerRef{}}
	h.x.declCursor(decl).Inspect(nil, ec.visit)
	return ec.evs, ec.params
}

// eventCollector gathers the events of one declaration.
type eventCollector struct {
	h          *headerStep
	evs        []event
	params     map[types.Object]bool      // the parameters of its functions
	headerVars map[types.Object]writerRef // hdr := w.Header()
}

func (ec *eventCollector) visit(c inspector.Cursor) bool {
	switch n := c.Node().(type) {
	case *ast.FuncDecl:
		ec.addParams(n.Recv)
		ec.addParams(n.Type.Params)
	case *ast.FuncLit:
		ec.addParams(n.Type.Params)
	case *ast.CallExpr:
		ec.call(c, n)
	case *ast.AssignStmt:
		ec.assign(c, n)
	case *ast.ValueSpec:
		for _, v := range n.Values {
			ec.escapes(c, v)
		}
	case *ast.CompositeLit:
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			ec.escapes(c, el)
		}
	}
	return true
}

func (ec *eventCollector) addParams(fl *ast.FieldList) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		for _, n := range f.Names {
			if obj := ec.h.x.info.Defs[n]; obj != nil {
				ec.params[obj] = true
			}
		}
	}
}

// add records ev, met at c, with the body of the function it happens in.
func (ec *eventCollector) add(c inspector.Cursor, ev event) {
	ev.inLit = inFuncLit(c)
	ev.body = funcBodyOf(c)
	ec.evs = append(ec.evs, ev)
}

// funcBodyOf returns the body of the innermost function (declaration or
// literal) holding c, or nil.
func funcBodyOf(c inspector.Cursor) *ast.BlockStmt {
	for a := range c.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := a.Node().(type) {
		case *ast.FuncLit:
			return n.Body
		case *ast.FuncDecl:
			return n.Body
		}
	}
	return nil
}

// setHeader records the header named by nameExpr set on the writer ref by
// node, met at c.
func (ec *eventCollector) setHeader(c inspector.Cursor, node ast.Node, ref writerRef, nameExpr ast.Expr) {
	ev := event{kind: evSet, node: node, ref: ref}
	if v, ok := stringConst(ec.h.x.info, nameExpr); ok {
		ev.name = strings.ToLower(v)
	}
	if ev.name == "retry-after" {
		ev.list, ev.index = stmtOf(c)
	}
	ec.add(c, ev)
}

// escapes records an event for a writer stored or copied where errlint
// cannot follow it.
func (ec *eventCollector) escapes(c inspector.Cursor, e ast.Expr) {
	if ref, ok := ec.h.writerRefOf(e); ok {
		ec.add(c, event{kind: evUnknown, node: e, ref: ref})
	}
}

// headerOwner returns the writer whose headers e (an http.Header) are.
func (ec *eventCollector) headerOwner(e ast.Expr) (writerRef, bool) {
	info := ec.h.x.info
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		r, ok := ec.headerVars[info.ObjectOf(id)]
		return r, ok
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return writerRef{}, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !isHeaderAccessor(info, sel) {
		return writerRef{}, false
	}
	return ec.h.writerRefOf(sel.X)
}

// assign records the events of an assignment: a header set by index, a
// writer replaced or stored, and the variables holding a writer's headers.
func (ec *eventCollector) assign(c inspector.Cursor, n *ast.AssignStmt) {
	info := ec.h.x.info
	for i, l := range n.Lhs {
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && isHeaderType(info.TypeOf(ix.X)) {
			if ref, ok := ec.headerOwner(ix.X); ok {
				ec.setHeader(c, n, ref, ix.Index) // w.Header()[k] = v
			}
			continue
		}
		if ref, ok := ec.h.writerRefOf(l); ok && len(ref.path) == 0 && n.Tok == token.ASSIGN {
			ec.add(c, event{kind: evUnknown, node: n, ref: ref}) // w = wrap(w): another writer from here on
		}
		if len(n.Lhs) != len(n.Rhs) {
			continue
		}
		if id, ok := l.(*ast.Ident); ok {
			if ref, ok := ec.headerOwner(n.Rhs[i]); ok {
				if obj := info.ObjectOf(id); obj != nil {
					ec.headerVars[obj] = ref
				}
			}
		}
	}
	for _, r := range n.Rhs {
		ec.escapes(c, r)
	}
}

// call records the events of one call, met at c.
func (ec *eventCollector) call(c inspector.Cursor, call *ast.CallExpr) {
	obj := typeutil.Callee(ec.h.x.info, call) // a function, or a package-level variable (render.Respond)
	if p, ok := rowOf(obj); ok {
		ec.rowCall(c, call, p)
		return
	}
	fn, _ := obj.(*types.Func)
	if fn == nil {
		for _, a := range call.Args {
			if ref, ok := ec.h.writerRefOf(a); ok {
				ec.add(c, event{kind: evUnknown, node: call, ref: ref}) // a call through a function value
			}
		}
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && isCommitMethod(fn) {
		if ref, ok := ec.h.writerRefOf(sel.X); ok {
			ec.add(c, event{kind: evCommit, node: call, ref: ref, call: call})
			return
		}
	}
	ec.handedWriter(c, call, fn)
}

// rowCall records the event of a call of a row of the knowledge table: a
// header set, a status sent or a status recorded.
func (ec *eventCollector) rowCall(c inspector.Cursor, call *ast.CallExpr, p position) {
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	var ref writerRef
	var found bool
	switch {
	case p.writer == onHeader && sel != nil:
		ref, found = ec.headerOwner(sel.X)
	case p.writer == onReceiver && sel != nil:
		ref, found = ec.h.writerRefOf(sel.X)
	case p.writer >= 0 && p.writer < len(call.Args):
		ref, found = ec.h.writerRefOf(call.Args[p.writer])
	}
	if !found {
		return
	}
	if p.header != nil {
		if p.header.name < len(call.Args) {
			ec.setHeader(c, call, ref, call.Args[p.header.name])
		}
		return
	}
	ev := event{kind: evCommit, node: call, ref: ref, call: call}
	if p.status >= 0 && p.status < len(call.Args) {
		ev.status = call.Args[p.status]
	}
	if !p.commits || p.writesStatus() && p.writer == onReceiver && recordingWriters[typeKey(ec.h.x.info.TypeOf(sel.X))] {
		ev.kind = evRecord
	}
	ec.add(c, ev)
}

// handedWriter records the events of a call of fn, a function with no row,
// that is handed a response writer: nothing for a known writer user, a
// commit for one that writes a body, else a call whose fact tells.
func (ec *eventCollector) handedWriter(c inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	var user *writerUse
	for i, a := range call.Args {
		ref, ok := ec.h.writerRefOf(a)
		if !ok {
			continue
		}
		if user == nil {
			u, known := writerUsers[fn.FullName()]
			user = &writerUse{known: known, sends: u.sends}
		}
		switch {
		case user.sends:
			ec.add(c, event{kind: evCommit, node: call, ref: ref, call: call})
		case user.known:
		default:
			ec.add(c, event{kind: evCall, node: call, ref: ref, call: call, callee: fn.Origin(), index: i})
		}
	}
}

type writerUse struct{ known, sends bool }

// inFuncLit reports whether c is inside a function literal.
func inFuncLit(c inspector.Cursor) bool {
	for range c.Enclosing((*ast.FuncLit)(nil)) {
		return true
	}
	return false
}

// stmtOf returns the statement list holding the innermost statement
// enclosing c (c included), and its index there.
func stmtOf(c inspector.Cursor) ([]ast.Stmt, int) {
	for a := range c.Enclosing() {
		if _, ok := a.Node().(ast.Stmt); !ok {
			continue
		}
		switch k, i := a.ParentEdge(); k {
		case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
			return stmtList(a.Parent().Node()), i
		}
		return nil, -1
	}
	return nil, -1
}

// intParam returns the integer variable e names, if a parameter.
func (h *headerStep) intParam(e ast.Expr) *types.Var {
	v := usedVar(h.x.info, unconvert(h.x.info, e))
	if v == nil || !isKind(v.Type(), types.IsInteger) {
		return nil
	}
	return v
}

// factOf returns the header fact of fn: inferred in this package, or
// imported.
func (h *headerStep) factOf(fn *types.Func) (*HeaderFact, bool) {
	if fn.Pkg() == h.pass.Pkg {
		f, ok := h.local[fn]
		return f, ok
	}
	f := imported[HeaderFact](h.pass, fn)
	return f, f != nil
}

// infer returns the header fact of fn, whose parameter wparam is the
// writer, or nil when something handed the writer is unknown before it
// sends the status. Paths are read on the control-flow graph of fn's body
// (§13): a header counts when some path reaches it before the status is
// sent, on every path when no path from the entry sends the status (or
// ends the function) without passing it, and on every path where the
// status parameter is S when that holds with the conditions on the
// parameter decided for S.
func (h *headerStep) infer(fn *types.Func, fd *ast.FuncDecl, wparam int, evs []event) *HeaderFact {
	sig := fn.Type().(*types.Signature)
	pw := sig.Params().At(wparam)
	b := newFactBuilder()
	var own []event // what happens to the writer parameter itself
	needsGraph := false
	for _, ev := range evs {
		if ev.ref.root != pw || len(ev.ref.path) != 0 {
			continue
		}
		own = append(own, ev)
		needsGraph = needsGraph || ev.kind != evCommit && ev.kind != evRecord
	}
	if !needsGraph {
		return b.fact(wparam, sig) // sends the status, sets nothing: no graph to build
	}
	fg := h.graphs.of(fd.Body)
	cs := commits{}
	firstCommit := token.NoPos // in text, for events in function literals
	for _, ev := range own {
		if !h.sendsFor(ev) || ev.body != fd.Body {
			continue
		}
		if l, ok := fg.locate(ev.node.Pos()); ok {
			cs.add(l)
		}
		if !firstCommit.IsValid() {
			firstCommit = ev.node.Pos()
		}
	}
	assigned := assignedVars(h.x.info, fd.Body)
	status, ks := h.statusParam(fg, sig, assigned)
	for _, ev := range own {
		if ev.kind == evCommit || ev.kind == evRecord {
			continue
		}
		ev.path = onSome
		if ev.inLit || ev.body != fd.Body {
			if firstCommit.IsValid() && ev.node.Pos() > firstCommit {
				continue // in a function literal after the status is sent
			}
		} else {
			l, ok := fg.locate(ev.node.Pos())
			if !ok || !fg.beforeCommit(l, cs, nil) {
				continue // after the status is sent on every path, or never run
			}
			ev.path, ev.param, ev.whens, ev.other = h.pathOf(fg, l, cs, status, ks)
		}
		switch ev.kind {
		case evUnknown:
			return nil
		case evSet:
			if ev.name == "" {
				return nil
			}
			b.add(ev.name, ev.path, ev)
		case evCall:
			if !h.inferCall(b, ev, ev.path, assigned) {
				return nil
			}
		}
	}
	return b.fact(wparam, sig)
}

// sendsFor reports whether ev sends the status on its writer: a commit,
// or a call of an error writer handed it.
func (h *headerStep) sendsFor(ev event) bool {
	switch ev.kind {
	case evCommit:
		return true
	case evCall:
		w, ok := h.writerOf(ev.callee)
		return ok && w.isErrorWriter()
	}
	return false
}

// statusParam returns the integer parameter of sig (never assigned in the
// body) that the conditions of fg compare with constants, and those
// constants: the statuses a fact's When may name. The first such
// parameter wins.
func (h *headerStep) statusParam(fg *funcGraph, sig *types.Signature, assigned map[*types.Var]bool) (*types.Var, []int) {
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		if assigned[v] || !isKind(v.Type(), types.IsInteger) {
			continue
		}
		if ks := h.statusTests(fg, v); len(ks) > 0 {
			return v, ks
		}
	}
	return nil, nil
}

// pathOf says on which paths of its function the event at l happens
// before the status is sent: every path; every path where status (a
// parameter) holds one of ks, and whether it may also happen when status
// holds none of them (the final else); or some.
func (h *headerStep) pathOf(fg *funcGraph, l loc, cs commits, status *types.Var, ks []int) (path pathKind, param *types.Var, whens []int, other bool) {
	if !fg.avoidable(l, cs, nil) {
		return onEvery, nil, nil, false
	}
	for _, k := range ks {
		if !fg.avoidable(l, cs, h.statusBranch(fg, status, k)) {
			whens = append(whens, k)
		}
	}
	if len(whens) == 0 {
		return onSome, nil, nil, false
	}
	return onStatus, status, whens, fg.beforeCommit(l, cs, h.statusBranch(fg, status, otherStatus))
}

// inferCall adds to b the headers that ev, a call handed the writer on the
// paths path, sets by its callee's fact. It returns false when the callee
// has no fact for that parameter.
func (h *headerStep) inferCall(b *factBuilder, ev event, path pathKind, assigned map[*types.Var]bool) bool {
	g, ok := h.factOf(ev.callee)
	if !ok || int(g.Writer) != ev.index {
		return false
	}
	var sArg ast.Expr
	if g.Status > 0 && int(g.Status)-1 < len(ev.call.Args) {
		sArg = ev.call.Args[g.Status-1]
	}
	for _, n := range g.Maybe {
		b.maybe[n] = true
	}
	var sure []string // set on every path of the callee, for this call
	sure = append(sure, g.Always...)
	if k, ok := intConst(h.x.info, sArg); ok {
		sure = append(sure, g.when(k)...)
	} else if v := h.intParam(sArg); v != nil && path == onEvery && !assigned[v] && (b.status == nil || b.status == v) {
		for _, w := range g.When {
			b.addWhen(v, []int{int(w.Status)}, w.Names) // the caller's status parameter passed on
		}
	} else {
		for _, w := range g.When {
			for _, n := range w.Names {
				b.maybe[n] = true
			}
		}
	}
	for _, n := range sure {
		b.add(n, path, ev)
	}
	return true
}

// factBuilder gathers the headers a function sets on its writer parameter.
type factBuilder struct {
	always, maybe map[string]bool
	when          map[int]map[string]bool
	status        *types.Var // the status parameter when depends on
}

func newFactBuilder() *factBuilder {
	return &factBuilder{always: map[string]bool{}, maybe: map[string]bool{}, when: map[int]map[string]bool{}}
}

// addWhen records names as set on every path where v is one of ks. It
// returns false when the fact already depends on another variable.
func (b *factBuilder) addWhen(v *types.Var, ks []int, names []string) bool {
	if b.status == nil {
		b.status = v
	}
	if v != b.status {
		return false
	}
	for _, k := range ks {
		if b.when[k] == nil {
			b.when[k] = map[string]bool{}
		}
		for _, n := range names {
			b.when[k][n] = true
		}
	}
	return true
}

// add records header name as set by ev on the paths path.
func (b *factBuilder) add(name string, path pathKind, ev event) {
	switch path {
	case onEvery:
		b.always[name] = true
	case onStatus:
		if !b.addWhen(ev.param, ev.whens, []string{name}) || ev.other {
			b.maybe[name] = true
		}
	default:
		b.maybe[name] = true
	}
}

// fact returns the fact b gathered for the writer parameter wparam of a
// function of signature sig.
func (b *factBuilder) fact(wparam int, sig *types.Signature) *HeaderFact {
	return factFrom(wparam, b.status, sig, b.always, b.when, b.maybe)
}

func factFrom(wparam int, status *types.Var, sig *types.Signature, always map[string]bool, when map[int]map[string]bool, maybe map[string]bool) *HeaderFact {
	f := &HeaderFact{Writer: int8(wparam), Always: slices.Sorted(maps.Keys(always))}
	if status != nil {
		for i := range sig.Params().Len() {
			if sig.Params().At(i) == status {
				f.Status = int8(i + 1)
			}
		}
		if f.Status == 0 { // not a parameter: the conditions say nothing at a call
			for _, names := range when {
				for n := range names {
					maybe[n] = true
				}
			}
			when = nil
		}
	}
	for _, k := range slices.Sorted(maps.Keys(when)) {
		f.When = append(f.When, StatusHeaders{Status: int16(k), Names: slices.Sorted(maps.Keys(when[k]))})
	}
	for n := range maybe {
		if always[n] {
			delete(maybe, n)
		}
	}
	f.Maybe = slices.Sorted(maps.Keys(maybe))
	return f
}

// state returns what is known of the headers set on r before its commit.
// ok is false when r is not a written response after all (a status gin
// records and a later body call replaces). st is nil when nothing can be
// known.
func (h *headerStep) state(r *Response, decl ast.Decl, evs []event, params map[types.Object]bool) (st *headerState, ok bool) {
	ref := canonical(*r.writer)
	commit, ok := h.commitPos(r, decl, evs, ref)
	if !ok {
		return nil, false
	}
	if !params[ref.root] {
		return nil, true // a writer made in the function: errlint cannot follow what it wraps
	}
	st = &headerState{set: map[string]bool{}, maybe: map[string]bool{}}
	var target *commitTarget // built at the first event that needs it
	for _, ev := range evs {
		if ev.node.Pos() >= commit {
			break
		}
		if !ev.ref.same(ref) {
			continue
		}
		if target == nil {
			target = h.targetOf(r, decl, commit)
		}
		if target.reachedFrom(h, ev) {
			h.applyEvent(st, ev)
		}
	}
	if r.call != nil && r.Commit == r.call {
		h.applyErrorWriter(st, r.call)
	}
	return st, true
}

// commitTarget is where a response's status is sent, for the question
// "does this event reach it?" (§13, Paths).
type commitTarget struct {
	pos   token.Pos      // the commit, or the end of the declaration
	atEnd bool           // sent as the function returns
	body  *ast.BlockStmt // the body of the innermost function holding the commit
}

// targetOf returns where r's status, sent at commit (from commitPos), is
// sent.
func (h *headerStep) targetOf(r *Response, decl ast.Decl, commit token.Pos) *commitTarget {
	t := &commitTarget{pos: commit, atEnd: commit == decl.End()}
	anchor := r.At
	switch {
	case r.Commit != nil:
		anchor = r.Commit
	case r.call != nil:
		anchor = r.call
	}
	if anchor == nil {
		return t
	}
	if c, ok := h.x.declCursor(decl).FindByPos(anchor.Pos(), anchor.End()); ok {
		t.body = funcBodyOf(c)
	}
	return t
}

// reachedFrom reports whether ev, met before the commit in the text, is
// on a path that reaches it: in the same function, read on its
// control-flow graph; elsewhere (a function literal run who knows when),
// by the text alone, as before.
func (t *commitTarget) reachedFrom(h *headerStep, ev event) bool {
	if t.body == nil || ev.body != t.body {
		return true
	}
	fg := h.graphs.of(t.body)
	from, ok := fg.locate(ev.node.Pos())
	if !ok {
		return true
	}
	if t.atEnd {
		return fg.reachesExit(from)
	}
	to, ok := fg.locate(t.pos)
	if !ok {
		return true
	}
	return fg.reaches(from, to, t.pos)
}

// commitPos returns where r's status is sent: at its commit; else at the
// first later commit on its writer, which becomes r's commit; else as the
// function returns. ok is false when that later call writes a status of
// its own (c.Status(401); c.JSON(200, v)).
func (h *headerStep) commitPos(r *Response, decl ast.Decl, evs []event, ref writerRef) (pos token.Pos, ok bool) {
	if r.Commit != nil {
		return r.Commit.Pos(), true
	}
	if r.call == nil {
		return decl.End(), true
	}
	for _, ev := range evs {
		if ev.kind != evCommit || ev.node.Pos() < r.call.End() || !ev.ref.same(ref) {
			continue
		}
		if ev.status != nil {
			if v, ok := intConst(h.x.info, ev.status); !ok || v >= 0 {
				return token.NoPos, false // the later call writes its own status
			}
		}
		r.Commit = ev.call
		return ev.node.Pos(), true
	}
	return decl.End(), true
}

// applyEvent records in st what ev, before the commit on the same writer,
// does to its headers.
func (h *headerStep) applyEvent(st *headerState, ev event) {
	switch ev.kind {
	case evSet:
		if ev.name == "" {
			st.unknown = true
		} else {
			st.set[ev.name] = true
		}
	case evUnknown:
		st.unknown = true
	case evCall:
		if g, ok := h.factOf(ev.callee); ok && int(g.Writer) == ev.index {
			h.applyFact(st, g, ev.call)
		} else {
			st.unknown = true
		}
	}
}

// applyErrorWriter records in st the headers that the error writer called
// by call, which commits the response, sets before sending it.
func (h *headerStep) applyErrorWriter(st *headerState, call *ast.CallExpr) {
	fn := h.x.callee(call)
	if fn == nil {
		return
	}
	if _, row := rowOf(fn); row {
		return
	}
	if g, ok := h.factOf(fn.Origin()); ok {
		h.applyFact(st, g, call)
	} else {
		st.unknown = true
	}
}

// applyFact records in st the headers g says its function sets on the
// writer when called by call.
func (h *headerStep) applyFact(st *headerState, g *HeaderFact, call *ast.CallExpr) {
	for _, n := range g.Always {
		st.set[n] = true
	}
	for _, n := range g.Maybe {
		st.maybe[n] = true
	}
	var sArg ast.Expr
	if g.Status > 0 && int(g.Status)-1 < len(call.Args) {
		sArg = call.Args[g.Status-1]
	}
	if k, ok := intConst(h.x.info, sArg); ok {
		for _, n := range g.when(k) {
			st.set[n] = true
		}
		return
	}
	for _, w := range g.When {
		for _, n := range w.Names {
			st.maybe[n] = true
		}
	}
}

// pair returns the retry-after header calls of u that pair, by §2's
// straight-line rule, with a later response on the same writer: in the same
// statement list, with no return, branch or other status write between.
func (h *headerStep) pair(u *unit, evs []event) []PairedHeader {
	var out []PairedHeader
	for _, ev := range evs {
		if ev.kind != evSet || ev.list == nil || ev.index < 0 {
			continue
		}
	scan:
		for _, s := range ev.list[ev.index+1:] {
			var in []*Response
			for _, r := range u.responses {
				if r.call != nil && r.call.Pos() >= s.Pos() && r.call.End() <= s.End() {
					in = append(in, r)
				}
			}
			if len(in) > 0 {
				r := in[0]
				if r.writer != nil && canonical(*r.writer).same(ev.ref) {
					out = append(out, PairedHeader{At: ev.node, Name: ev.name, Response: r})
				}
				break scan
			}
			switch s.(type) {
			case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.IncDecStmt, *ast.EmptyStmt:
				continue
			}
			break scan
		}
	}
	return out
}
