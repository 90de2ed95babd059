package response

import (
	"go/ast"
	"go/types"
)

// follow is what comes after a status-only write (w.WriteHeader(s),
// c.Status(s)) in its block.
type follow struct {
	body       bodyInfo
	writerCall *ast.CallExpr // a code-only error writer called with w
}

// writerRef identifies the writer a status was written to: the variable at
// the root of the expression and the expression's spelling (w, c.Writer).
type writerRef struct {
	root types.Object
	text string
}

const (
	ioWriteString = "io.WriteString"
	jsonMarshal   = "encoding/json.Marshal"
)

// scanList records, for each status-only write among the statements, the
// body that follows it. Straight-line code only: the scan stops at the first
// statement that is not simple.
func (x *extractor) scanList(list []ast.Stmt, funcBody bool) {
	var marshalled map[types.Object]ast.Expr
	for i, s := range list {
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		p, ok := lookupPosition(x.callee(call))
		if !ok || p.rule != bodyLater {
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		ref, ok := x.ref(sel.X)
		if !ok {
			continue
		}
		if marshalled == nil {
			marshalled = x.marshalled(list)
		}
		f := x.follow(ref, list[i+1:], funcBody, marshalled)
		if f.body.lit != nil {
			x.consumed[f.body.lit] = true // the literal may come before the status (json.Marshal)
		}
		x.later[call] = f
	}
}

// marshalled maps variables assigned once in list from json.Marshal(v) to v.
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
		if call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok && len(call.Args) == 1 {
			if fn := x.callee(call); fn != nil && fn.FullName() == jsonMarshal {
				out[obj] = call.Args[0]
			}
		}
	}
	return out
}

// ref returns the writerRef of e, if e is a variable or a field chain on one.
func (x *extractor) ref(e ast.Expr) (writerRef, bool) {
	e = ast.Unparen(e)
	root := e
	for {
		sel, ok := root.(*ast.SelectorExpr)
		if !ok {
			break
		}
		root = ast.Unparen(sel.X)
	}
	id, ok := root.(*ast.Ident)
	if !ok {
		return writerRef{}, false
	}
	obj, ok := x.info.ObjectOf(id).(*types.Var)
	if !ok {
		return writerRef{}, false
	}
	return writerRef{root: obj, text: types.ExprString(e)}, true
}

// isWriter reports whether e denotes the writer ref.
func (x *extractor) isWriter(e ast.Expr, ref writerRef) bool {
	r, ok := x.ref(e)
	return ok && r == ref
}

// refers reports whether n mentions the writer other than to reach its
// headers (w.Header().Set(…), c.Header(…)).
func (x *extractor) refers(n ast.Node, ref writerRef) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if n.Sel.Name == "Header" && x.isWriter(n.X, ref) {
				return false
			}
		case *ast.Ident:
			if x.info.ObjectOf(n) == ref.root {
				found = true
			}
		}
		return true
	})
	return found
}

func (x *extractor) follow(ref writerRef, rest []ast.Stmt, funcBody bool, marshalled map[types.Object]ast.Expr) follow {
	unknown := follow{body: bodyInfo{kind: BodyUnknown}}
	for _, s := range rest {
		switch s := s.(type) {
		case *ast.ReturnStmt:
			if x.refers(s, ref) {
				return unknown
			}
			return follow{body: bodyInfo{kind: BodyNone}}
		case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.IncDecStmt, *ast.SendStmt:
			if !x.refers(s, ref) {
				continue // logging, metrics, …
			}
			return x.bodyWrite(s, ref, marshalled)
		case *ast.EmptyStmt:
			continue
		default:
			return unknown // a branch, loop, block, defer, …: not straight-line
		}
	}
	if funcBody {
		return follow{body: bodyInfo{kind: BodyNone}}
	}
	return unknown // control goes on after the block
}

// bodyWrite classifies the statement that writes to the writer after its
// status.
func (x *extractor) bodyWrite(s ast.Stmt, ref writerRef, marshalled map[types.Object]ast.Expr) follow {
	unknown := follow{body: bodyInfo{kind: BodyUnknown}}
	var e ast.Expr
	switch s := s.(type) {
	case *ast.ExprStmt:
		e = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 {
			return unknown
		}
		e = s.Rhs[0]
	default:
		return unknown
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return unknown
	}
	fn := x.callee(call)
	if fn == nil {
		return unknown
	}
	args := call.Args
	switch name := fn.FullName(); {
	case name == encodeFn && len(args) == 1:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return unknown
		}
		enc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(enc.Args) != 1 {
			return unknown
		}
		if f := x.callee(enc); f == nil || f.FullName() != newEncode || !x.isWriter(enc.Args[0], ref) {
			return unknown
		}
		return follow{body: x.structured(args[0])}
	case fn.Name() == "Write" && len(args) == 1 && isMethodOn(call, x, ref):
		arg := ast.Unparen(args[0])
		if _, ok := stringConst(x.info, unconvert(x.info, arg)); ok {
			return follow{body: bodyInfo{kind: BodyText}}
		}
		if id, ok := arg.(*ast.Ident); ok {
			if v, ok := marshalled[x.info.ObjectOf(id)]; ok {
				return follow{body: x.structured(v)}
			}
		}
		return unknown
	case name == ioWriteString && len(args) == 2 && x.isWriter(args[0], ref):
		if _, ok := stringConst(x.info, args[1]); ok {
			return follow{body: bodyInfo{kind: BodyText}}
		}
		return unknown
	case (name == "fmt.Fprint" || name == "fmt.Fprintln" || name == "fmt.Fprintf") && len(args) >= 2 && x.isWriter(args[0], ref):
		for _, a := range args[1:] {
			if tv, ok := x.info.Types[a]; !ok || tv.Value == nil {
				return unknown
			}
		}
		return follow{body: bodyInfo{kind: BodyText}}
	}
	if w, ok := x.writerOf(fn.Origin()); ok && w.Status < 0 && w.Carries == 0 && w.Code >= 0 {
		for _, a := range args {
			if x.isWriter(a, ref) {
				return follow{body: bodyInfo{kind: BodyCode}, writerCall: call}
			}
		}
	}
	return unknown
}

// isMethodOn reports whether call is a method call on the writer ref.
func isMethodOn(call *ast.CallExpr, x *extractor, ref writerRef) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && x.isWriter(sel.X, ref)
}
