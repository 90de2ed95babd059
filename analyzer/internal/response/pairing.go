package response

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file is the pairing pass (§6): the one place that decides, for a
// declaration, which status meets which body. It runs before the
// extraction walk and returns a pairing that the walk only reads.

// pairing is what the pairing pass decides for one declaration.
type pairing struct {
	// after maps each status-only write (w.WriteHeader(s), c.Status(s),
	// render.Status(r, s)) to the body that sends its status: the next
	// statement on the same response writer or request, or the body call
	// chained on it (c.Status(s).JSON(v)).
	after map[*ast.CallExpr]follow
	// claimed maps each literal whose code a response takes to the call
	// or literal writing that response: the extraction walk reads no code
	// of its own from a claimed literal.
	claimed map[*ast.CompositeLit]ast.Node
	// errorWriterCalls maps each call of a code-only error writer that
	// follows a status-only write on the same response writer to that
	// write: the code it is given goes with that status.
	errorWriterCalls map[*ast.CallExpr]*ast.CallExpr
	// calls holds the row of each call the extraction walk reads: a
	// framework row writing or recording a status, or an error writer's.
	calls map[*ast.CallExpr]callRow
	// callees are the functions of the package the declaration calls.
	callees map[*types.Func]bool
}

// callRow is the row of a call: a framework row, or an error writer's.
type callRow struct {
	row         position
	errorWriter bool
}

// isClaimed reports whether the code of lit belongs to a response.
func (ps pairing) isClaimed(lit *ast.CompositeLit) bool {
	_, ok := ps.claimed[lit]
	return ok
}

// isClaimedByOther reports whether the code of lit belongs to a response
// other than the one by writes.
func (ps pairing) isClaimedByOther(lit *ast.CompositeLit, by ast.Node) bool {
	owner, ok := ps.claimed[lit]
	return ok && owner != by
}

// claim records that the response written by by takes the code of lit.
func (ps pairing) claim(lit *ast.CompositeLit, by ast.Node) {
	if lit != nil {
		ps.claimed[lit] = by
	}
}

// claimBody records that the response written by by takes the code b
// holds, if any.
func (ps pairing) claimBody(b bodyInfo, by ast.Node) {
	if b.code != nil {
		ps.claim(b.lit, by)
	}
}

// pair is the pairing pass over the declaration decl.
func (x *extractor) pair(decl inspector.Cursor) pairing {
	ps := pairing{
		after:            map[*ast.CallExpr]follow{},
		claimed:          map[*ast.CompositeLit]ast.Node{},
		errorWriterCalls: map[*ast.CallExpr]*ast.CallExpr{},
		calls:            map[*ast.CallExpr]callRow{},
		callees:          map[*types.Func]bool{},
	}
	// Preorder: a call or literal is met before the literals inside it,
	// and a statement list before the calls in it.
	for c := range decl.Preorder((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.BlockStmt:
			x.pairList(ps, c, n.List, isFuncBody(c))
		case *ast.CaseClause:
			x.pairList(ps, c, n.Body, false)
		case *ast.CommClause:
			x.pairList(ps, c, n.Body, false)
		case *ast.CallExpr:
			x.pairCall(ps, c, n)
		case *ast.CompositeLit:
			x.pairLiteral(ps, n)
		}
	}
	return ps
}

// pairList records in ps, for each status-only write among the statements
// of list (owned by owner), the body that follows it. Straight-line code
// only: see follow.
func (x *extractor) pairList(ps pairing, owner inspector.Cursor, list []ast.Stmt, funcBody bool) {
	var marshalled map[types.Object]ast.Expr
	for i, s := range list {
		call, p, ok := x.statusOnlyStmt(s)
		if !ok {
			continue
		}
		ref, ok := x.ref(pairingExpr(call, p))
		if !ok {
			continue
		}
		if marshalled == nil {
			marshalled = x.marshalled(list)
		}
		f := x.follow(ref, p, list[i+1:], funcBody, marshalled, owner)
		ps.after[call] = f
		ps.claim(f.body.lit, call) // the literal may come before the status (json.Marshal)
		if f.errorWriterCall != nil {
			ps.errorWriterCalls[f.errorWriterCall] = call
		}
	}
}

// statusOnlyStmt returns the call s is, when it is a status-only write.
func (x *extractor) statusOnlyStmt(s ast.Stmt) (*ast.CallExpr, position, bool) {
	es, ok := s.(*ast.ExprStmt)
	if !ok {
		return nil, position{}, false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return nil, position{}, false
	}
	p, ok := lookupPosition(x.callee(call))
	if !ok || p.rule != bodyLater {
		return nil, position{}, false
	}
	return call, p, true
}

// pairCall records what the response written by call (at c) takes: the
// body chained on a status-only write, the literal a structured body is,
// or the literals an error writer is given.
func (x *extractor) pairCall(ps pairing, c inspector.Cursor, call *ast.CallExpr) {
	fn, p, ok := x.statusRow(call)
	if fn != nil && fn.Pkg() == x.pkg && fn.Pkg() != nil {
		ps.callees[fn.Origin()] = true
	}
	if ok {
		ps.calls[call] = callRow{row: p}
		if !x.writesResponse(call, p) {
			return
		}
		switch p.rule {
		case bodyLater:
			if f, ok := x.chained(c, call, p); ok {
				ps.after[call] = f
				ps.claim(f.lit, call)
				ps.claimBody(f.body, call)
			}
		case bodyStructured:
			if p.body < len(call.Args) && call.Ellipsis == token.NoPos {
				ps.claimBody(x.structured(call.Args[p.body]), call)
			}
		case bodyMessage:
			if p.body < len(call.Args) && call.Ellipsis == token.NoPos {
				ps.claimBody(x.message(call.Args[p.body]), call)
			}
		}
		return
	}
	if fn == nil {
		return
	}
	if w, ok := x.writerOf(fn.Origin()); ok {
		ps.calls[call] = callRow{row: w, errorWriter: true}
		x.pairErrorWriterCall(ps, call, w)
	}
}

// statusRow returns the function call names, if any, and the row of the
// knowledge table for its callee when that row writes or records a status
// (a function, a method or a package-level variable of function type:
// huma.NewError).
func (x *extractor) statusRow(call *ast.CallExpr) (*types.Func, position, bool) {
	switch obj := typeutil.Callee(x.info, call).(type) {
	case *types.Func:
		p, ok := lookupPosition(obj)
		return obj, p, ok
	case *types.Var:
		if p, ok := rowOf(obj); ok && p.writesStatus() {
			return nil, p, true
		}
	}
	return nil, position{}, false
}

// pairErrorWriterCall records the literals whose code the error-writer
// call takes: each literal argument but the status and the code.
func (x *extractor) pairErrorWriterCall(ps pairing, call *ast.CallExpr, w position) {
	if !x.writesErrorResponse(call, w) {
		return
	}
	for i, a := range call.Args {
		if i == w.status || i == w.code.index() {
			continue
		}
		if lit, ok := bodyLiteral(a); ok && !ps.isClaimedByOther(lit, call) {
			ps.claimBody(x.structured(lit), call)
		}
	}
}

// pairLiteral records the literal whose code a framework literal
// (echo.HTTPError{Code: s, Message: m}) takes.
func (x *extractor) pairLiteral(ps pairing, lit *ast.CompositeLit) {
	if ps.isClaimed(lit) {
		return
	}
	t := x.info.TypeOf(lit)
	if t == nil {
		return
	}
	lp, ok := literalPositions[typeKey(t)]
	if !ok || structField(x.info, lit, lp.status) == nil {
		return
	}
	if m := structField(x.info, lit, lp.message); m != nil {
		ps.claimBody(x.message(m), lit)
	}
}

// writesResponse reports whether call, of the framework row p, writes a
// response errlint reads: its status argument is there, and is not gin's
// negative "keep the status" idiom.
func (x *extractor) writesResponse(call *ast.CallExpr, p position) bool {
	if p.status < 0 {
		return true
	}
	if p.status >= len(call.Args) {
		return false
	}
	if p.keep {
		if v, ok := intConst(x.info, call.Args[p.status]); ok && v < 0 {
			return false // gin writes no status for a negative one: an idiom, not a mistake
		}
	}
	return true
}

// writesErrorResponse reports whether the call of the error writer w is
// read at all: its arguments are not spread, and a status argument that
// reaches only status fields is an HTTP status.
func (x *extractor) writesErrorResponse(call *ast.CallExpr, w position) bool {
	if call.Ellipsis != token.NoPos {
		return false // a spread slice: the argument positions are unknown
	}
	if w.status < 0 {
		return true
	}
	if w.status >= len(call.Args) {
		return false
	}
	if v, ok := intConst(x.info, call.Args[w.status]); ok && w.field && (v < 100 || v > 599) {
		return false // NewCoupon("WELCOME", 1): builds a row, not a response
	}
	return true
}

// chained returns the body of a call chained on call (at c), a status row
// that returns its receiver: c.Status(404).JSON(v).
func (x *extractor) chained(c inspector.Cursor, call *ast.CallExpr, p position) (follow, bool) {
	if !p.chains || c.ParentEdgeKind() != edge.SelectorExpr_X {
		return follow{}, false
	}
	sel := c.Parent()
	if sel.ParentEdgeKind() != edge.CallExpr_Fun {
		return follow{}, false
	}
	outer := sel.Parent().Node().(*ast.CallExpr)
	if outer.Ellipsis.IsValid() {
		return follow{}, false
	}
	q, ok := rowOf(x.callee(outer))
	if !ok || !q.sendsRecorded() || q.writer != onReceiver {
		return follow{}, false
	}
	return x.sentBody(outer, q, nil), true
}
