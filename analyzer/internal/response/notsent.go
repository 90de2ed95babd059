package response

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file marks the error values that are never sent (§11): a value
// (a constructor's result, an error-type or framework error literal) that
// flows only into what is no response — template data of a page rendered
// with a 1xx–3xx status, a log call (the neverSent rows), a field of a
// struct that is no error type — is no response: rawstatus rule 2 and §7
// skip it. Where errlint cannot tell (a function of the user's code, a
// function value, a return), the value is a response, as before.

// markNotSent marks the responses of units that are values never sent.
func (x *extractor) markNotSent(units []*unit) {
	for _, u := range units {
		var decl inspector.Cursor
		for _, r := range u.responses {
			if r.value == nil {
				continue
			}
			if decl == (inspector.Cursor{}) {
				decl = x.declCursor(u.decl)
			}
			if cur, ok := decl.FindNode(r.value); ok && x.neverSent(u.decl, cur, 0) {
				r.NotSent = true
			}
		}
	}
}

// neverSent reports whether the value at cur provably reaches no response.
func (x *extractor) neverSent(decl ast.Decl, cur inspector.Cursor, depth int) bool {
	if depth > 6 {
		return false
	}
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.ParenExpr:
		return x.neverSent(decl, parent, depth+1)
	case *ast.UnaryExpr:
		return p.Op == token.AND && x.neverSent(decl, parent, depth+1)
	case *ast.ExprStmt:
		return true // built and dropped
	case *ast.CallExpr:
		return x.argNeverSent(decl, parent, p, cur.Node(), depth)
	case *ast.KeyValueExpr:
		if cur.Node() != p.Value {
			return false
		}
		return x.elementNeverSent(decl, parent.Parent(), depth)
	case *ast.CompositeLit:
		return x.elementNeverSent(decl, parent, depth)
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if r != cur.Node() || len(p.Lhs) != len(p.Rhs) {
				continue
			}
			switch l := ast.Unparen(p.Lhs[i]).(type) {
			case *ast.Ident:
				return x.usesNeverSent(decl, x.info.ObjectOf(l), depth)
			case *ast.IndexExpr: // data["error"] = v: where data goes
				if id, ok := ast.Unparen(l.X).(*ast.Ident); ok {
					return x.usesNeverSent(decl, x.info.ObjectOf(id), depth)
				}
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == cur.Node() && len(p.Names) == len(p.Values) {
				return x.usesNeverSent(decl, x.info.Defs[p.Names[i]], depth)
			}
		}
	}
	return false
}

// argNeverSent reports whether the argument arg of call is never sent: a
// log call's, template data, the opaque body of a page written with a
// 1xx–3xx status, or wrapped into a value that is never sent.
func (x *extractor) argNeverSent(decl ast.Decl, cur inspector.Cursor, call *ast.CallExpr, arg ast.Node, depth int) bool {
	idx := -1
	for i, a := range call.Args {
		if a == arg {
			idx = i
		}
	}
	if idx < 0 {
		return false // the callee itself
	}
	if flowKindOf(x.info, call) == flowWraps {
		return x.neverSent(decl, cur, depth+1)
	}
	fn, _ := typeutil.Callee(x.info, call).(*types.Func)
	if fn == nil {
		return false
	}
	if i, ok := lookupMember(neverSent, fn); ok && (i < 0 || i == idx) {
		return true
	}
	if p, ok := rowOf(fn); ok && p.body == idx && p.rule == bodyOpaque && p.status >= 0 && p.status < len(call.Args) {
		s, ok := intConst(x.info, call.Args[p.status])
		return ok && s >= 100 && s < 400 // a page: its data is not the response's error
	}
	return false
}

// elementNeverSent reports whether a value that is an element of the
// composite literal at lit is never sent: a field of a struct that is no
// error type is not; an element of a map or slice goes where the literal
// goes.
func (x *extractor) elementNeverSent(decl ast.Decl, lit inspector.Cursor, depth int) bool {
	cl, ok := lit.Node().(*ast.CompositeLit)
	if !ok {
		return false
	}
	t := x.info.TypeOf(cl)
	if t == nil {
		return false
	}
	if _, isStruct := t.Underlying().(*types.Struct); isStruct {
		return x.errTypes.lookup(t) == nil && literalPositions[typeKey(t)] == (literalPosition{})
	}
	return x.neverSent(decl, lit, depth+1)
}

// usesNeverSent reports whether every use of the local variable obj in
// decl is never sent (assignments into it aside).
func (x *extractor) usesNeverSent(decl ast.Decl, obj types.Object, depth int) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	dc := x.declCursor(decl)
	uses := 0
	all := true
	for c := range dc.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if x.info.Uses[id] != v {
			continue
		}
		if ix, ok := c.Parent().Node().(*ast.IndexExpr); ok && ix.X == id {
			if as, ok := c.Parent().Parent().Node().(*ast.AssignStmt); ok && isLHS(as, ix) {
				continue // data["error"] = v: filling it
			}
		}
		uses++
		if !x.neverSent(decl, c, depth+1) {
			all = false
			break
		}
	}
	return all && uses > 0
}

// isLHS reports whether e is assigned by as.
func isLHS(as *ast.AssignStmt, e ast.Expr) bool {
	for _, l := range as.Lhs {
		if l == e {
			return true
		}
	}
	return false
}
