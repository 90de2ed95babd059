package response

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// follow is what comes after a status-only write (w.WriteHeader(s),
// c.Status(s)) in its block.
type follow struct {
	body            bodyInfo
	lit             *ast.CompositeLit // the literal written as the body, if it is one
	errorWriterCall *ast.CallExpr     // a code-only error writer called with w
	sends           *ast.CallExpr     // the body call of a row that sends the recorded status
	sendsRow        position          // its row
}

// writerRef identifies the writer a status was written to: the variable at
// the root of the expression and the fields and known accessors that lead
// from it to the writer (w; c.Writer; c.Response()). Two expressions denote
// the same writer when both agree, however they are spelled.
type writerRef struct {
	root types.Object
	path []types.Object // *types.Var fields and *types.Func accessors, in order
}

// same reports whether r and o denote the same writer.
func (r writerRef) same(o writerRef) bool {
	return r.root == o.root && slices.Equal(r.path, o.path)
}

// aliases returns the variables of the enclosing function that are made
// from the writer (enc := json.NewEncoder(w), bw := bufio.NewWriter(w),
// write := func() { … w … }): a write through one of them is a write to
// the writer. encoders maps those made by json.NewEncoder(w).
func (x *extractor) aliases(ref writerRef, at inspector.Cursor) (all map[types.Object]bool, encoders map[types.Object]bool) {
	as := &aliasSet{x: x, ref: ref, all: map[types.Object]bool{}, encoders: map[types.Object]bool{}}
	body, ok := funcBody(at)
	if !ok {
		return as.all, as.encoders
	}
	for range 2 { // aliases of aliases
		for c := range body.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := c.Node().(type) {
			case *ast.AssignStmt:
				if len(n.Rhs) > 0 {
					as.add(n.Lhs, n.Rhs)
				}
			case *ast.ValueSpec:
				if len(n.Values) > 0 {
					lhs := make([]ast.Expr, len(n.Names))
					for i, id := range n.Names {
						lhs[i] = id
					}
					as.add(lhs, n.Values)
				}
			}
		}
	}
	return as.all, as.encoders
}

// funcBody returns the body of the function declaration or literal
// enclosing at.
func funcBody(at inspector.Cursor) (inspector.Cursor, bool) {
	for c := range at.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch f := c.Node().(type) {
		case *ast.FuncDecl:
			if f.Body != nil {
				return c.Child(f.Body), true
			}
		case *ast.FuncLit:
			return c.Child(f.Body), true
		}
		break
	}
	return inspector.Cursor{}, false
}

// aliasSet gathers the aliases of the writer ref.
type aliasSet struct {
	x        *extractor
	ref      writerRef
	all      map[types.Object]bool
	encoders map[types.Object]bool
}

// mentions reports whether e mentions the writer or one of its aliases.
func (as *aliasSet) mentions(e ast.Expr) bool {
	for n := range ast.Preorder(e) {
		if id, ok := n.(*ast.Ident); ok {
			if obj := as.x.info.ObjectOf(id); obj == as.ref.root || as.all[obj] {
				return true
			}
		}
	}
	return false
}

// add records as aliases the variables of lhs that can write and are
// assigned from rhs a value mentioning the writer.
func (as *aliasSet) add(lhs []ast.Expr, rhs []ast.Expr) {
	x := as.x
	for i, l := range lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := x.info.ObjectOf(id)
		if obj == nil || obj == as.ref.root {
			continue
		}
		if _, basic := obj.Type().Underlying().(*types.Basic); basic {
			continue // id := c.Param("id"): a string cannot write
		}
		if _, iface := obj.Type().Underlying().(*types.Interface); iface && !types.Implements(obj.Type(), ioWriter) {
			continue // an error or a reader made from w cannot write to it
		}
		r := rhs[0]
		if len(rhs) == len(lhs) {
			r = rhs[i]
		}
		if !as.mentions(r) {
			continue
		}
		as.all[obj] = true
		if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
			if p, ok := rowOf(x.callee(call)); ok && p.wraps.of(call) != nil && x.isWriter(p.wraps.of(call), as.ref) {
				as.encoders[obj] = true // enc := json.NewEncoder(w)
			}
		}
	}
}

// marshalled maps variables assigned once in list from an encoding call
// (json.Marshal(v)) to the value encoded.
func (x *extractor) marshalled(list []ast.Stmt) map[types.Object]ast.Expr {
	out := map[types.Object]ast.Expr{}
	seen := map[types.Object]bool{}
	for _, s := range list {
		as, ok := s.(*ast.AssignStmt)
		if !ok || len(as.Lhs) == 0 {
			continue
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		if !ok {
			continue
		}
		obj := x.info.ObjectOf(id)
		if obj == nil {
			continue
		}
		if seen[obj] {
			delete(out, obj) // assigned twice: unknown
			continue
		}
		seen[obj] = true
		if len(as.Rhs) != 1 {
			continue
		}
		if call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok {
			if p, ok := rowOf(x.callee(call)); ok && p.encodes.of(call) != nil {
				out[obj] = p.encodes.of(call)
			}
		}
	}
	return out
}

// ref returns the writerRef of e, if e is a variable or a chain of field
// selections and calls of known accessors on one.
func (x *extractor) ref(e ast.Expr) (writerRef, bool) {
	var rev [][]types.Object // the steps, last first
	for {
		e = ast.Unparen(e)
		switch n := e.(type) {
		case *ast.Ident:
			obj, ok := x.info.ObjectOf(n).(*types.Var)
			if !ok {
				return writerRef{}, false
			}
			var path []types.Object
			for i := len(rev) - 1; i >= 0; i-- {
				path = append(path, rev[i]...)
			}
			return writerRef{root: obj, path: path}, true
		case *ast.SelectorExpr:
			sel := x.info.Selections[n]
			if sel == nil || sel.Kind() != types.FieldVal {
				return writerRef{}, false // a package-qualified name, a method value, …
			}
			steps, ok := selectionPath(sel)
			if !ok {
				return writerRef{}, false
			}
			rev = append(rev, steps)
			e = n.X
		case *ast.CallExpr:
			if p, ok := rowOf(x.callee(n)); ok && (p.chains || p.wraps != 0) {
				if p.wraps != 0 {
					e = p.wraps.of(n) // json.NewEncoder(w) writes to w
				} else {
					e = writerExpr(n, p) // c.Status(404) returns c
				}
				if e == nil {
					return writerRef{}, false
				}
				continue
			}
			fun, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || len(n.Args) != 0 {
				return writerRef{}, false
			}
			sel := x.info.Selections[fun]
			if sel == nil || sel.Kind() != types.MethodVal || !isAccessor(x.callee(n)) {
				return writerRef{}, false
			}
			steps, ok := selectionPath(sel)
			if !ok {
				return writerRef{}, false
			}
			rev = append(rev, steps)
			e = fun.X
		default:
			return writerRef{}, false
		}
	}
}

// selectionPath returns the fields a field or method selection goes
// through, the embedded ones it leaves implicit included, and then the
// selected field or method: c.Writer and c.Embedded.Writer give the same
// path.
func selectionPath(sel *types.Selection) ([]types.Object, bool) {
	idx := sel.Index()
	if len(idx) == 0 {
		return nil, false
	}
	fields := idx
	if sel.Kind() == types.MethodVal {
		fields = idx[:len(idx)-1]
	}
	out := make([]types.Object, 0, len(idx))
	t := sel.Recv()
	for _, i := range fields {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i < 0 || i >= st.NumFields() {
			return nil, false
		}
		f := st.Field(i)
		out = append(out, f)
		t = f.Type()
	}
	if sel.Kind() == types.MethodVal {
		fn, ok := sel.Obj().(*types.Func)
		if !ok {
			return nil, false
		}
		out = append(out, fn.Origin())
	}
	return out, true
}

// isWriter reports whether e denotes the writer ref.
func (x *extractor) isWriter(e ast.Expr, ref writerRef) bool {
	r, ok := x.ref(e)
	return ok && r.same(ref)
}

// refers reports whether n mentions the writer other than to reach its
// headers (w.Header().Set(…), c.Header(…)).
func (x *extractor) refers(n ast.Node, ref writerRef, aliases map[types.Object]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if x.isHeaderMethod(n) && x.isWriter(n.X, ref) {
				return false
			}
		case *ast.Ident:
			if obj := x.info.ObjectOf(n); obj == ref.root || aliases[obj] {
				found = true
			}
		}
		return true
	})
	return found
}

// bodySearch is the search, after a status-only write, for the body that
// sends its status.
type bodySearch struct {
	ref        writerRef // the response writer, or the request, the status is on
	status     position  // the status row
	marshalled map[types.Object]ast.Expr
	aliases    map[types.Object]bool // variables made from the writer
	encoders   map[types.Object]bool // those made by json.NewEncoder(w)
	none       follow                // what no body at all means
	straight   bool                  // no branch since the status
}

// unknownBody is the follow of a body errlint cannot pair.
var unknownBody = follow{body: bodyInfo{kind: BodyUnknown}}

// follow classifies what is written to ref after a status-only write, from
// the statements rest that follow it in its list. owner is the list's
// owner and its ancestors, to go on after the end of the list.
//
// A body pairs with the status only in straight-line code: the same list,
// simple statements between. To prove that nothing follows at all (a
// status-only response), the scan goes on past the end of the list to what
// runs next, up to the end of the function or a return.
func (x *extractor) follow(ref writerRef, status position, rest []ast.Stmt, funcBody bool, marshalled map[types.Object]ast.Expr, owner inspector.Cursor) follow {
	bs := &bodySearch{ref: ref, status: status, marshalled: marshalled, straight: true, none: follow{body: bodyInfo{kind: BodyNone}}}
	if status.request != 0 {
		bs.none = unknownBody // a status on the request: whoever renders it later (a Renderer) sends the body
	}
	bs.aliases, bs.encoders = x.aliases(ref, owner)
	for {
		for _, s := range rest {
			if f, done := x.nextStmt(bs, s); done {
				return f
			}
		}
		if funcBody {
			return bs.none
		}
		bs.straight = false
		var ok bool
		rest, funcBody, owner, ok = continuation(owner)
		if !ok {
			return unknownBody
		}
	}
}

// nextStmt reads s, the next statement to run after the status: done
// when s decides what follows it.
func (x *extractor) nextStmt(bs *bodySearch, s ast.Stmt) (f follow, done bool) {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		if !x.refers(s, bs.ref, bs.aliases) {
			return bs.none, true
		}
		if bs.straight && len(s.Results) == 1 {
			return x.bodyWrite(s, bs), true // return json.NewEncoder(w).Encode(v)
		}
		return unknownBody, true
	case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.IncDecStmt, *ast.SendStmt:
		if !x.refers(s, bs.ref, bs.aliases) {
			return follow{}, false // logging, metrics, …
		}
		if !bs.straight {
			return unknownBody, true // a body after a branch: never paired
		}
		return x.bodyWrite(s, bs), true
	case *ast.EmptyStmt:
		return follow{}, false
	case *ast.BranchStmt, *ast.GoStmt, *ast.DeferStmt, *ast.LabeledStmt:
		return unknownBody, true
	}
	if x.refers(s, bs.ref, bs.aliases) {
		return unknownBody, true
	}
	bs.straight = false // a branch or loop that leaves the writer alone
	return follow{}, false
}

// continuation returns what runs after the statement list owned by owner
// (a block, case or comm clause) completes: the statements after the
// enclosing if, switch, select or block in its own list, and that list's
// owner. ok is false in a loop, where the list may run again, or where the
// shape is not known.
func continuation(owner inspector.Cursor) (rest []ast.Stmt, funcBody bool, up inspector.Cursor, ok bool) {
	// Climb from the list's owner to the statement that holds it.
	for child, p := owner, owner.Parent(); p.Node() != nil; child, p = p, p.Parent() {
		switch p.Node().(type) {
		case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			continue
		case *ast.BlockStmt:
			switch child.Node().(type) {
			case *ast.CaseClause, *ast.CommClause:
				continue // the body of a switch or select
			}
		case *ast.CaseClause, *ast.CommClause:
		default:
			return nil, false, inspector.Cursor{}, false // a loop, a function literal, …
		}
		// p owns a list; child is the statement in it.
		list := stmtList(p.Node())
		for j, s := range list {
			if s == child.Node() {
				return list[j+1:], isFuncBody(p), p, true
			}
		}
		return nil, false, inspector.Cursor{}, false
	}
	return nil, false, inspector.Cursor{}, false
}

// stmtList returns the statement list n owns.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// bodyWrite classifies s, the statement that writes to the response writer
// (or the request) of bs after its status.
func (x *extractor) bodyWrite(s ast.Stmt, bs *bodySearch) follow {
	call, ok := writeCall(s)
	if !ok {
		return unknownBody
	}
	obj := typeutil.Callee(x.info, call) // a function, or a package-level variable (render.Respond)
	if p, ok := rowOf(obj); ok {
		if !p.sendsRecorded() || !x.sendsTo(call, p, bs.ref, bs.status, bs.encoders) {
			return unknownBody
		}
		return x.sentBody(call, p, bs.marshalled)
	}
	fn, _ := obj.(*types.Func)
	if fn != nil && x.isCodeOnlyErrorWriter(fn) && bs.status.request == 0 && x.handsOver(call, bs.ref) {
		return follow{body: bodyInfo{kind: BodyCode}, errorWriterCall: call}
	}
	return unknownBody
}

// writeCall returns the call s makes: the call s is, the one value it
// assigns or returns.
func writeCall(s ast.Stmt) (*ast.CallExpr, bool) {
	var e ast.Expr
	switch s := s.(type) {
	case *ast.ExprStmt:
		e = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 {
			return nil, false
		}
		e = s.Rhs[0]
	case *ast.ReturnStmt:
		if len(s.Results) != 1 {
			return nil, false
		}
		e = s.Results[0]
	default:
		return nil, false
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil, false
	}
	return call, true
}

// isCodeOnlyErrorWriter reports whether fn is an error writer taking a
// code and neither a status nor carrying one: it sends the status written
// before it.
func (x *extractor) isCodeOnlyErrorWriter(fn *types.Func) bool {
	w, ok := x.writerOf(fn.Origin())
	return ok && w.status < 0 && w.implied == 0 && w.code.index() >= 0
}

// handsOver reports whether call is given the response writer ref.
func (x *extractor) handsOver(call *ast.CallExpr, ref writerRef) bool {
	for _, a := range call.Args {
		if x.isWriter(a, ref) {
			return true
		}
	}
	return false
}

// pairingExpr returns the expression of call that a later body call must
// share with it to send its status: the request for a row that records the
// status on it (render.Status(r, s)), else the response writer.
func pairingExpr(call *ast.CallExpr, p position) ast.Expr {
	if p.request != 0 {
		return p.request.of(call)
	}
	return writerExpr(call, p)
}

// writerExpr returns the response writer of call by its row's writer role,
// or nil.
func writerExpr(call *ast.CallExpr, p position) ast.Expr {
	switch {
	case p.writer == onReceiver:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
	case p.writer >= 0 && p.writer < len(call.Args):
		return call.Args[p.writer]
	}
	return nil
}

// sendsTo reports whether call, of row p, sends its body to the writer or
// request ref on which a row like status recorded its status.
func (x *extractor) sendsTo(call *ast.CallExpr, p position, ref writerRef, status position, encoders map[types.Object]bool) bool {
	if status.request != 0 {
		e := p.request.of(call)
		return e != nil && x.isWriter(e, ref)
	}
	if p.request != 0 {
		return false // render.JSON sends the request's status, not one written to w
	}
	e := writerExpr(call, p)
	if e == nil {
		return false
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok && encoders[x.info.ObjectOf(id)] {
		return true // enc := json.NewEncoder(w) earlier
	}
	return x.isWriter(e, ref)
}

// sentBody reads the body that call, of a row sending a recorded status,
// writes.
func (x *extractor) sentBody(call *ast.CallExpr, p position, marshalled map[types.Object]ast.Expr) follow {
	f := follow{body: bodyInfo{kind: BodyUnknown}}
	switch {
	case p.rule == bodyNone:
		f.body.kind = BodyNone
	case p.body < 0 || p.body >= len(call.Args):
	case p.rule == bodyText:
		f.body.kind = BodyText
	case p.rule == bodyStructured:
		f = structuredFollow(x, call.Args[p.body])
	case p.rule == bodyMessage:
		f.body = x.message(call.Args[p.body])
	case p.rule == bodyConst:
		f = x.constBody(call.Args[p.body:], marshalled)
	}
	f.sends, f.sendsRow = call, p
	return f
}

// constBody reads bytes or text written to a writer: text when every
// argument is a constant, the value marshalled into a variable written
// alone (w.Write(b) after b, _ := json.Marshal(v)), else unknown.
func (x *extractor) constBody(args []ast.Expr, marshalled map[types.Object]ast.Expr) follow {
	if id, ok := ast.Unparen(args[0]).(*ast.Ident); ok && len(args) == 1 {
		if v, ok := marshalled[x.info.ObjectOf(id)]; ok {
			return structuredFollow(x, v)
		}
	}
	for _, a := range args {
		if tv, ok := x.info.Types[unconvert(x.info, a)]; !ok || tv.Value == nil {
			return follow{body: bodyInfo{kind: BodyUnknown}}
		}
	}
	return follow{body: bodyInfo{kind: BodyText}}
}

// structuredFollow is the follow of a structured body e.
func structuredFollow(x *extractor, e ast.Expr) follow {
	lit, _ := bodyLiteral(e)
	return follow{body: x.structured(e), lit: lit}
}

// recordWriter records on r the writer a framework call has in hand (by its
// row's writer role) and, for a row that sends the status at once, the
// call as its commit. A WriteHeader on a writer that only records the
// status (gin's) commits later, like gin's c.Status.
func (x *extractor) recordWriter(r *Response, call *ast.CallExpr, p position) {
	r.call = call
	e := writerExpr(call, p)
	if e == nil {
		return
	}
	ref, ok := x.ref(e)
	if !ok {
		return
	}
	r.writer = &ref
	if p.commits && !recordingWriters[typeKey(x.info.TypeOf(e))] {
		r.Commit = call
	}
}

// recordWriterArg records on r, written by an error-writer call, the writer
// passed to it (the first argument that is a response writer or a
// framework context), and the call as its commit.
func (x *extractor) recordWriterArg(r *Response, call *ast.CallExpr) {
	r.call = call
	for _, a := range call.Args {
		if !isWriterType(x.info.TypeOf(a)) {
			continue
		}
		if ref, ok := x.ref(a); ok {
			r.writer, r.Commit = &ref, call
		}
		return
	}
}

// isWriterType reports whether a value of type t is a response writer or a
// framework context holding one.
func isWriterType(t types.Type) bool {
	if t == nil {
		return false
	}
	if contexts[typeKey(t)] {
		return true
	}
	if _, basic := t.Underlying().(*types.Basic); basic {
		return false
	}
	return isResponseWriter(t)
}
