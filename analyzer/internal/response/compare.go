package response

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
)

// This file reads conditions on the client side (SPEC §12, §13 "Clients"):
// which expressions are a code (a code-role expression) or a status (a
// status-role expression), and the atoms a condition is made of — a code
// compared with constants, a status compared with a constant, a transport
// failure tested. The comparisons with constant codes are code positions.
// In the design's vocabulary (ARCHITECTURE, revision 4) an atom is a
// `compare` sink of a code-role or status-role expression.

// atomKind says what an atom tests.
type atomKind uint8

const (
	atomCode      atomKind = iota + 1 // a code-role expression against constant codes
	atomStatus                        // a status-role expression against a constant status
	atomTransport                     // a transport failure (*url.Error, net.Error, a deadline)
)

// codeConst is a constant code an atom compares with: written at expr, or
// (expr nil) the code of a bound identifier.
type codeConst struct {
	value string
	expr  ast.Expr
	isInt bool // an integer code: no edit-distance suggestion or fix (§13)
}

// atom is one comparison of a condition.
type atom struct {
	kind   atomKind
	node   ast.Node    // the comparison, case expression or call
	op     token.Token // EQL or NEQ for codes; any comparison for statuses
	codes  []codeConst // atomCode: the constants it is equal to one of
	status int         // atomStatus
	class  string      // atomTransport: "network", "timeout" or "" (no class)
	typ    string      // atomCode: the error type recognised by its shape, for messages
}

// subject decides which expressions are codes in a condition: the
// code-role expressions, and in a predicate's body its code parameters.
type subject struct {
	params map[types.Object]bool
}

// codeRole returns the shape-recognised type name (or "") when e is a
// code-role expression: the code field of an error type of the user's
// modules (or named in types:), or the code field of a struct decoded from
// an *http.Response body. Only under a configured or found catalog.
func (c *client) codeRole(e ast.Expr, s *subject) (string, bool) {
	e = unconvert(c.info, e)
	if id, ok := e.(*ast.Ident); ok && s != nil && s.params[c.info.Uses[id]] {
		return "", true
	}
	if !c.on {
		return "", false
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	selection := c.info.Selections[sel]
	if selection == nil || selection.Kind() != types.FieldVal {
		return "", false
	}
	field, ok := selection.Obj().(*types.Var)
	if !ok || !isKind(field.Type(), types.IsString|types.IsInteger) {
		return "", false
	}
	owner := ownerOf(selection)
	if owner == nil || !c.userType(owner) {
		return "", false
	}
	if c.et.ignore[typeKey(owner)] {
		return "", false
	}
	if et := c.et.lookup(owner); et != nil && et.code == field.Name() {
		if et.named {
			return "", true
		}
		return et.name, true
	}
	if st, ok := owner.Underlying().(*types.Struct); ok && c.decodedAt(sel, owner) {
		for i := range st.NumFields() {
			if st.Field(i) == field && isCodeField(field, jsonName(st.Tag(i))) {
				return "", true
			}
		}
	}
	return "", false
}

// decodedAt reports whether the struct holding the field sel selects
// (owner) is decoded from a response body: owner itself, or a struct that
// holds it, selected on the way (env.Error.Code, env's type decoded where
// it is declared).
func (c *client) decodedAt(sel *ast.SelectorExpr, owner types.Type) bool {
	for range 4 {
		if c.isDecoded(owner) {
			return true
		}
		x, ok := unconvert(c.info, sel.X).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		s := c.info.Selections[x]
		if s == nil || s.Kind() != types.FieldVal {
			return false
		}
		if sel, owner = x, ownerOf(s); owner == nil {
			return false
		}
	}
	return false
}

// ownerOf returns the struct type (behind pointers) that directly holds
// the selected field.
func ownerOf(s *types.Selection) types.Type {
	t := s.Recv()
	idx := s.Index()
	for i, n := range idx {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if i == len(idx)-1 {
			return t
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || n >= st.NumFields() {
			return nil
		}
		t = st.Field(n).Type()
	}
	return nil
}

// statusRole reports whether e is a status-role expression:
// (*http.Response).StatusCode, or the status field of an error type.
func (c *client) statusRole(e ast.Expr) bool {
	sel, ok := unconvert(c.info, e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	selection := c.info.Selections[sel]
	if selection == nil || selection.Kind() != types.FieldVal {
		return false
	}
	owner := ownerOf(selection)
	if owner == nil {
		return false
	}
	name := selection.Obj().Name()
	if isResponseType(owner) {
		return name == "StatusCode"
	}
	if !c.userType(owner) {
		return false
	}
	et := c.et.lookup(owner)
	return et != nil && et.status == name
}

// userType reports whether t (behind a pointer) is declared in the user's
// code, or named in types:. An anonymous struct is the code that spells it.
func (c *client) userType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		_, isStruct := t.(*types.Struct)
		return isStruct
	}
	if _, named := c.et.roles[typeKey(n)]; named {
		return true
	}
	pkg := n.Obj().Pkg()
	if pkg == nil {
		return false
	}
	return c.userPackage(pkg.Path())
}

// userPackage reports whether the package at path is the user's: the
// analysed package, a package of its module (or of the modules flag), or,
// without module information, anything outside GOROOT.
func (c *client) userPackage(path string) bool {
	if path == c.pass.Pkg.Path() {
		return true
	}
	if m := c.pass.Module; m != nil && m.Path != "" {
		return hasPathPrefix(path, m.Path)
	}
	for _, prefix := range c.modules {
		if hasPathPrefix(path, prefix) {
			return true
		}
	}
	if len(c.modules) > 0 {
		return false
	}
	return !isStdPath(path) || !inGOROOT(path)
}

// inGOROOT reports whether GOROOT/src holds the package path.
func inGOROOT(path string) bool {
	if build.Default.GOROOT == "" {
		return true
	}
	_, err := os.Stat(filepath.Join(build.Default.GOROOT, "src", filepath.FromSlash(path)))
	return err == nil
}

// comparedCode returns the constant code e holds, read by codeConstant
// (integer 0, like "", is the empty code), and whether it is one a
// comparison names: a comparison with the empty code only tests presence,
// never a finding (SPEC §13).
func (c *client) comparedCode(e ast.Expr) (codeConst, bool) {
	v, isInt, ok := codeConstant(c.info, e)
	if !ok || v == "" {
		return codeConst{}, false
	}
	return codeConst{value: v, expr: e, isInt: isInt}, true
}

// atomOf returns the atom a boolean expression is, if any.
func (c *client) atomOf(e ast.Expr, s *subject) (atom, bool) {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.BinaryExpr:
		return c.binaryAtom(x, s)
	case *ast.IndexExpr:
		return c.memberAtom(x, x.X, x.Index, s)
	case *ast.CallExpr:
		return c.callAtom(x, s)
	}
	return atom{}, false
}

// binaryAtom reads X op Y with a code-role or status-role expression on
// one side and a constant on the other.
func (c *client) binaryAtom(x *ast.BinaryExpr, s *subject) (atom, bool) {
	switch x.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return atom{}, false
	}
	for _, side := range [2]struct {
		subj, other ast.Expr
		op          token.Token
	}{{x.X, x.Y, x.Op}, {x.Y, x.X, mirror(x.Op)}} {
		if x.Op == token.EQL || x.Op == token.NEQ {
			if typ, ok := c.codeRole(side.subj, s); ok {
				k, ok := c.comparedCode(side.other)
				if !ok {
					return atom{}, false // a variable, or a presence test
				}
				return atom{kind: atomCode, node: x, op: x.Op, codes: []codeConst{k}, typ: typ}, true
			}
		}
		if c.statusRole(side.subj) {
			if n, ok := intConst(c.info, side.other); ok {
				return atom{kind: atomStatus, node: x, op: side.op, status: n}, true
			}
		}
	}
	return atom{}, false
}

// mirror returns the operator of Y op' X equal to X op Y.
func mirror(op token.Token) token.Token {
	if m, ok := mirrored[op]; ok {
		return m
	}
	return op
}

// mirrored swaps the sides of an ordering; negated is the comparison that
// holds where op does not.
var (
	mirrored = map[token.Token]token.Token{token.LSS: token.GTR, token.GTR: token.LSS, token.LEQ: token.GEQ, token.GEQ: token.LEQ}
	negated  = map[token.Token]token.Token{
		token.EQL: token.NEQ, token.NEQ: token.EQL,
		token.LSS: token.GEQ, token.GEQ: token.LSS, token.LEQ: token.GTR, token.GTR: token.LEQ,
	}
)

// memberAtom reads a membership test of a code-role expression in a
// collection spelled as a literal (m[e.Code], slices.Contains(list,
// e.Code)): a comparison with each constant key or element. In a
// map[K]bool only the keys mapped to true are members.
func (c *client) memberAtom(node ast.Node, coll, elem ast.Expr, s *subject) (atom, bool) {
	typ, ok := c.codeRole(elem, s)
	if !ok {
		return atom{}, false
	}
	lit := c.literalOf(coll)
	if lit == nil {
		return atom{}, false
	}
	a := atom{kind: atomCode, node: node, op: token.EQL, typ: typ}
	t := c.info.TypeOf(lit)
	if t == nil {
		return atom{}, false
	}
	_, isMap := t.Underlying().(*types.Map)
	for _, el := range lit.Elts {
		k := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if !isMap {
				continue // an indexed array element
			}
			k = kv.Key
			if tv, ok := c.info.Types[kv.Value]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value) {
				continue // mapped to false: not a member
			}
		}
		if k, ok := c.comparedCode(k); ok {
			a.codes = append(a.codes, k)
		}
	}
	return a, len(a.codes) > 0
}

// literalOf returns the composite literal e is, or the one the variable e
// names is initialised with (and never assigned again in this package).
func (c *client) literalOf(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.CompositeLit); ok {
		return lit
	}
	id := identOf(e)
	if id == nil {
		return nil
	}
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok || c.assigned[v] {
		return nil
	}
	lit, _ := ast.Unparen(c.inits[v]).(*ast.CompositeLit)
	return lit
}

// callAtom reads errors.Is with a bound identifier or a transport value,
// errors.As into a transport type, x.Timeout(), and slices.Contains.
func (c *client) callAtom(call *ast.CallExpr, s *subject) (atom, bool) {
	role, fn := c.roleOf(call)
	if fn == nil {
		return atom{}, false
	}
	flow, _ := lookupMember(flowFuncs, fn)
	switch {
	case flow == flowIs && len(call.Args) == 2:
		target := unconvert(c.info, call.Args[1])
		if id := identOf(target); id != nil {
			if class, ok := transportValues[fullName(c.info.Uses[id])]; ok {
				return atom{kind: atomTransport, node: call, class: class}, true
			}
		}
		if b, ok := c.bound.expr(c.info, target); ok && b.code != "" {
			return atom{kind: atomCode, node: call, op: token.EQL, codes: []codeConst{{value: b.code, isInt: b.isInt}}}, true
		}
	case flow == flowAs && len(call.Args) == 2:
		if u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
			if p, ok := c.info.TypeOf(u.X).(*types.Pointer); ok {
				if class, ok := transportTypes[typeKey(p.Elem())]; ok {
					return atom{kind: atomTransport, node: call, class: class}, true
				}
			}
			if class, ok := transportTypes[typeKey(c.info.TypeOf(u.X))]; ok {
				return atom{kind: atomTransport, node: call, class: class}, true
			}
		}
	case role == roleContains && len(call.Args) == 2:
		return c.memberAtom(call, call.Args[0], call.Args[1], s)
	case fn.Name() == "Timeout" && len(call.Args) == 0:
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && sig.Results().Len() == 1 && isKind(sig.Results().At(0).Type(), types.IsBoolean) {
			return atom{kind: atomTransport, node: call, class: "timeout"}, true
		}
	}
	return atom{}, false
}

// caseAtoms returns the atoms of a case clause's expressions: against the
// tag of a switch over a code-role or status-role expression, or, in a
// switch with no tag, each a condition.
func (c *client) caseAtoms(sw *ast.SwitchStmt, cc *ast.CaseClause, s *subject) []atom {
	var out []atom
	if sw.Tag == nil {
		for _, e := range cc.List {
			c.walkCond(e, false, s, func(a atom, neg bool) {
				if !neg {
					out = append(out, a)
				}
			})
		}
		return out
	}
	if typ, ok := c.codeRole(sw.Tag, s); ok {
		for _, e := range cc.List {
			if k, ok := c.comparedCode(e); ok {
				out = append(out, atom{kind: atomCode, node: e, op: token.EQL, codes: []codeConst{k}, typ: typ})
			}
		}
		return out
	}
	if c.statusRole(sw.Tag) {
		for _, e := range cc.List {
			if n, ok := intConst(c.info, e); ok {
				out = append(out, atom{kind: atomStatus, node: e, op: token.EQL, status: n})
			}
		}
	}
	return out
}

// typeCaseAtoms returns the transport atoms of a type switch's case.
func (c *client) typeCaseAtoms(cc *ast.CaseClause) []atom {
	var out []atom
	for _, e := range cc.List {
		if class, ok := transportTypes[typeKey(c.info.TypeOf(e))]; ok {
			out = append(out, atom{kind: atomTransport, node: e, class: class})
		}
	}
	return out
}
