package response

import (
	"strconv"

	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// BodyKind says what errlint knows about the body of a response.
type BodyKind uint8

const (
	BodyUnknown BodyKind = iota // errlint cannot see into it: it may carry a code
	BodyNone                    // the status is written without a body
	BodyText                    // a plain-text body, which cannot carry a code
	BodyNoCode                  // a literal body with no code in it
	BodyCode                    // a body that carries a code
)

// A Response is one place where an HTTP status is written.
type Response struct {
	File    *ast.File
	Status  ast.Expr // the status expression; nil when implied (http.NotFound) or carried
	At      ast.Node // where a finding about the status goes: Status, or the call
	Value   int      // the status, when Const
	Const   bool     // the type checker made the status a constant
	Carried bool     // the status is the one a code-only error writer always sends
	Field   bool     // the status field of an error type recognised by its shape, or a writer parameter reaching only such fields: an out-of-range constant there is no response
	Type    string   // the error type recognised by its shape whose field this is ("" otherwise)
	Body    BodyKind
	BodyArg ast.Expr // the structured body argument, if any (a writer's body parameter flows here)
	Code    *Code    // the code paired with this status, if any
	// Via, for an error value that is a response (§11), names the central
	// writers that write it; At is then the value's declaration or literal.
	Via *Via

	// BodyLit is the literal written as the body, when the body is one.
	BodyLit *ast.CompositeLit
	// Commit is the call that sends the status (§7): the status call for
	// rows that send it at once and error-writer calls, else the later body
	// call on the same writer, found by the headers step (nil until then,
	// and when the status is sent as the function returns).
	Commit ast.Node
	call   *ast.CallExpr // the call writing the status, if a call does
	// NotSent marks an error value that flows only into what is no
	// response (§11): template data of a page, a log call, a field of a
	// struct that is no error type. rawstatus rule 2 and §7 skip it.
	NotSent bool
	value   ast.Expr   // the error value this response is (a constructor call, a literal), if one
	writer  *writerRef // the writer the call has in hand, if errlint can name it
	echoes  *Response  // the response whose status this nested one (Google's "code") repeats, if one
}

// Echoes returns the response whose status r, the nested integer "code"
// of Google's error shape, repeats (c.JSON(404, {"error": {"code": 404,
// …}})): the status on the wire, which a fix of r's status must move too.
// nil when r is no such echo, or the two differ.
func (r *Response) Echoes() *Response { return r.echoes }

// A Code is an expression in a code position.
type Code struct {
	File   *ast.File
	Expr   ast.Expr
	Value  string    // the code, when Const: an integer's canonical decimal text
	Const  bool      // the type checker made the code a constant
	Int    bool      // the code is an integer (shown as a number, never suggested a nearest code)
	Status *Response // the status paired with this code, if any
	Type   string    // the error type recognised by its shape whose field this is ("" otherwise)
	Bound  bool      // a bound identifier (a sentinel or a Go catalog's): its code is checked where it is declared
	Decl   bool      // a Go catalog's own declaration: the catalog itself, never reported as a code
	// Compared marks a constant compared with a code-role expression
	// (SPEC §12): a code the client reads, not one it sends.
	Compared bool

	// descriptor marks the code of a literal with a constant status: a
	// constant there gives the code a meaning (collisions, §13).
	descriptor bool

	// weak marks the "code" key of a map body written with a status that
	// is not constant: not a code position, but a parameter flowing there
	// still makes an error writer.
	weak bool
	// success marks the code of a literal of a type recognised only by its
	// shape, sent as the body of a 1xx–3xx response (or by a body call
	// with no status, which sends 200) without ok: false: a code position
	// only when the catalog has its code (§13, Coupon{Code: "SPRING25"}).
	success bool
}

// Subject names the code in a message: `error code "X"`, with the error
// type it was read from when that type was recognised by its shape, so a
// user sees why errlint read it as an error (and can list it in
// ignore_types).
func (c *Code) Subject(quoted bool) string {
	v := c.Value
	if quoted && !c.Int {
		v = strconv.Quote(v)
	}
	if c.Type != "" {
		return "error code " + v + " in " + c.Type
	}
	return "error code " + v
}

// A unit holds what one top-level declaration writes.
type unit struct {
	file      *ast.File
	decl      ast.Decl
	fn        *types.Func // the declared function, for FuncDecls
	responses []*Response
	codes     []*Code
	callees   map[*types.Func]bool // functions of this package it calls
}

// extractor finds responses and codes in declarations.
type extractor struct {
	pkg      *types.Package
	info     *types.Info
	errTypes *errTypes
	writerOf func(*types.Func) (position, bool) // the row of an error writer
	bound    *bindings                          // sentinels and Go catalogs' bound identifiers
	insp     *inspector.Inspector
	decls    map[ast.Decl]inspector.Cursor // the cursor of each declaration, built once

	// per-unit state
	u     *unit
	pairs pairing // the pairing pass's answer for this declaration, read only
}

func (x *extractor) extract(file *ast.File, decl ast.Decl) *unit {
	x.u = &unit{file: file, decl: decl}
	if fd, ok := decl.(*ast.FuncDecl); ok {
		x.u.fn, _ = x.info.Defs[fd.Name].(*types.Func)
	}
	cur := x.declCursor(decl)
	x.pairs = x.pair(cur)
	x.u.callees = x.pairs.callees
	cur.Inspect(nil, x.visit)
	return x.u
}

// declCursor returns the cursor of decl, a declaration of one of the
// package's files.
func (x *extractor) declCursor(decl ast.Decl) inspector.Cursor {
	if x.decls == nil {
		x.decls = map[ast.Decl]inspector.Cursor{}
		for file := range x.insp.Root().Children() {
			for d := range file.Children() {
				if n, ok := d.Node().(ast.Decl); ok {
					x.decls[n] = d
				}
			}
		}
	}
	return x.decls[decl]
}

// isFuncBody reports whether c is the body of a function declaration or
// literal.
func isFuncBody(c inspector.Cursor) bool {
	k := c.ParentEdgeKind()
	return k == edge.FuncDecl_Body || k == edge.FuncLit_Body
}

func (x *extractor) visit(c inspector.Cursor) bool {
	switch n := c.Node().(type) {
	case *ast.CallExpr:
		x.call(n)
	case *ast.CompositeLit:
		x.literal(c, n)
	}
	return true
}

// callee returns the function or method a call statically names.
func (x *extractor) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(x.info, call).(*types.Func)
	return fn
}

// call reads a call by the row the pairing pass found for it.
func (x *extractor) call(call *ast.CallExpr) {
	cr, ok := x.pairs.calls[call]
	switch {
	case !ok:
	case cr.errorWriter:
		x.errorWriterCall(call, cr.row)
	default:
		x.framework(call, cr.row) // huma.NewError included: a package-level variable of function type
	}
}

func (x *extractor) newResponse(status ast.Expr, at ast.Node) *Response {
	r := &Response{File: x.u.file, Status: status, At: at}
	if status != nil {
		r.Value, r.Const = intConst(x.info, status)
	}
	return r
}

// newCode records e as a code position paired with r, or returns nil when
// e is an integer echoing the status (§13): equal to the paired constant
// status, or spelled with a Status* constant — no code at all.
func (x *extractor) newCode(e ast.Expr, r *Response) *Code {
	c := &Code{File: x.u.file, Expr: e, Status: r}
	if be, ok := x.bound.expr(x.info, e); ok {
		// A bound identifier stands for its entry's code, whatever its own
		// value (minio's ErrInvalidBucketState is an integer enum).
		c.Value, c.Int, c.Const, c.Bound = be.code, be.isInt, true, true
	} else {
		c.Value, c.Int, c.Const = codeConstant(x.info, e)
		if c.Int && x.echoesStatus(e, c.Value, r) {
			return nil
		}
	}
	x.u.codes = append(x.u.codes, c)
	if r != nil && r.Code == nil {
		r.Code = c
	}
	return c
}

// echoesStatus reports whether the integer code e (value v) echoes a
// status: it is spelled with a Status* constant, or equals the constant
// status r it is paired with.
func (x *extractor) echoesStatus(e ast.Expr, v string, r *Response) bool {
	if isStatusConstant(x.info, e) {
		return true
	}
	return r != nil && r.Const && v == strconv.Itoa(r.Value)
}

// framework reads a call of the framework row p: the response it writes,
// the writer it has in hand, its body and a constructor's code.
func (x *extractor) framework(call *ast.CallExpr, p position) {
	if !x.writesResponse(call, p) {
		return
	}
	var r *Response
	if p.status >= 0 {
		r = x.newResponse(call.Args[p.status], call.Args[p.status])
	} else {
		r = x.newResponse(nil, call)
		r.Value, r.Const = p.implied, true
	}
	x.recordWriter(r, call, p)
	if tv, ok := x.info.Types[call]; ok && p.writer == nowhere && p.request == 0 && !tv.IsVoid() {
		r.value = call // a constructor: the value is a response only if sent
	}
	x.frameworkBody(r, call, p)
	if c := p.code.of(call); c != nil && call.Ellipsis == token.NoPos {
		r.Carried = p.status < 0 // the status the constructor always sends with its code
		if x.newCode(c, r) != nil {
			r.Body = BodyCode
		}
	}
	x.u.responses = append(x.u.responses, r)
}

// frameworkBody reads on r the body a call of the framework row p writes,
// by the row's rule: for a status-only write, the body the pairing pass
// found after it.
func (x *extractor) frameworkBody(r *Response, call *ast.CallExpr, p position) {
	switch p.rule {
	case bodyNone:
		r.Body = BodyNone
	case bodyText:
		r.Body = BodyText
	case bodyLater:
		if f, ok := x.pairs.after[call]; ok {
			r.Body = f.body.kind
			r.BodyArg = f.body.expr
			x.takeBody(r, f.body)
			r.BodyLit = f.lit
			x.sentBy(r, f)
		}
	case bodyStructured:
		if p.body < len(call.Args) && call.Ellipsis == token.NoPos {
			r.BodyArg = call.Args[p.body]
			x.takeBody(r, x.structured(call.Args[p.body]))
			r.BodyLit, _ = bodyLiteral(call.Args[p.body])
		}
	case bodyMessage:
		switch {
		case call.Ellipsis != token.NoPos:
		case p.body >= len(call.Args):
			r.Body = BodyText // echo sends the status text
		default:
			x.takeBody(r, x.message(call.Args[p.body]))
		}
	}
}

// sentBy records on r, a recorded status, the body call that sends it:
// its commit and, when the status was recorded on a request, the writer
// the body call has in hand (render.JSON(w, r, v)).
func (x *extractor) sentBy(r *Response, f follow) {
	if f.sends == nil || !f.sendsRow.commits {
		return
	}
	if r.Commit == nil {
		r.Commit = f.sends
	}
	if r.writer == nil {
		if e := writerExpr(f.sends, f.sendsRow); e != nil {
			if ref, ok := x.ref(e); ok {
				r.writer = &ref
			}
		}
	}
}

// takeBody records what a structured body tells about r. The "code" key
// of a map is a code position only when the map is written with an error
// status or holds "ok": false.
func (x *extractor) takeBody(r *Response, b bodyInfo) {
	r.Body = b.kind
	if b.code == nil {
		return
	}
	top := b.lit
	if b.outer != nil {
		top = b.outer
	}
	if top != nil && isStringMap(x.info.TypeOf(top)) && !x.hasOKFalse(top) && !(r.Const && r.Value >= 400) {
		if r.Const {
			return // a success body: not a code position
		}
		if c := x.newCode(b.code, r); c != nil {
			c.weak = true
		}
		return
	}
	if b.status != nil { // Google's shape: the nested integer code is the status
		inner := x.newResponse(b.status, b.status)
		inner.Body = BodyCode
		if r.Const && inner.Const && r.Value == inner.Value && r.Status != nil && !r.Carried {
			inner.echoes = r
		}
		x.u.responses = append(x.u.responses, inner)
		r = inner
	}
	c := x.newCode(b.code, r)
	if c == nil {
		if r.Body == BodyCode {
			r.Body = BodyUnknown // the integer echoes the status: no code, but errlint cannot prove the body holds none
		}
		return
	}
	c.success = r.Const && r.Value >= 100 && r.Value < 400 && b.outer == nil && x.isShapeOnly(b.lit)
}

// isShapeOnly reports whether lit is a literal of an error type recognised
// only by its shape (not named in types:) that does not set ok: false:
// sent with a 1xx–3xx status, it need not be an error at all.
func (x *extractor) isShapeOnly(lit *ast.CompositeLit) bool {
	if lit == nil {
		return false
	}
	et := x.errTypes.lookup(x.info.TypeOf(lit))
	if et == nil || et.named {
		return false
	}
	ok := structField(x.info, lit, et.ok)
	return ok == nil || !isBoolConst(x.info, ok, false)
}

// isStatuslessBody reports whether the literal at c is the body argument
// of a body call that sends no status of its own and follows none
// (fiber's c.JSON(v)): it sends 200.
func (x *extractor) isStatuslessBody(c inspector.Cursor) bool {
	for {
		switch n := c.Parent().Node().(type) {
		case *ast.ParenExpr:
			c = c.Parent()
			continue
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				c = c.Parent()
				continue
			}
		}
		break
	}
	k, i := c.ParentEdge()
	if k != edge.CallExpr_Args {
		return false
	}
	call := c.Parent().Node().(*ast.CallExpr)
	p, ok := rowOf(typeutil.Callee(x.info, call))
	return ok && p.sendsRecorded() && p.body == i && call.Ellipsis == token.NoPos
}

// message classifies echo's HTTPError message: text unless it is a literal
// errlint can look into.
func (x *extractor) message(e ast.Expr) bodyInfo {
	if isKind(x.info.TypeOf(e), types.IsString) {
		return bodyInfo{kind: BodyText}
	}
	if tv, ok := x.info.Types[e]; ok && tv.IsNil() {
		return bodyInfo{kind: BodyText}
	}
	return x.structured(e)
}

// errorWriterCall reads a call of the error writer w: the response it
// writes and the codes it is given.
func (x *extractor) errorWriterCall(call *ast.CallExpr, w position) {
	if !x.writesErrorResponse(call, w) {
		return
	}
	r := x.errorWriterResponse(call, w)
	x.errorWriterCodes(call, w, r)
}

// errorWriterResponse returns the response a call of the error writer w
// writes: with its status argument, with the status it always carries, or
// with the status-only write it follows (nil when none).
func (x *extractor) errorWriterResponse(call *ast.CallExpr, w position) *Response {
	switch {
	case w.status >= 0:
		r := x.newResponse(call.Args[w.status], call.Args[w.status])
		r.Field = w.field
		r.Body = BodyUnknown
		x.recordWriterArg(r, call)
		x.u.responses = append(x.u.responses, r)
		return r
	case w.implied != 0:
		r := &Response{File: x.u.file, At: call, Value: w.implied, Const: true, Carried: true, Body: BodyCode}
		x.recordWriterArg(r, call)
		if r.writer != nil {
			x.u.responses = append(x.u.responses, r) // written (§7); the code analyzers skip carried statuses
		}
		return r
	}
	return x.responseOf(x.pairs.errorWriterCalls[call])
}

// responseOf returns the response the call status writes, if read.
func (x *extractor) responseOf(status *ast.CallExpr) *Response {
	if status == nil {
		return nil
	}
	for _, r := range x.u.responses {
		if r.call == status {
			return r
		}
	}
	return nil
}

// errorWriterCodes reads the codes a call of the error writer w is given
// for r: its code argument, a bound identifier as its body, and the code
// of each literal argument no other response claimed.
func (x *extractor) errorWriterCodes(call *ast.CallExpr, w position, r *Response) {
	args := call.Args
	if c := w.code.of(call); c != nil {
		x.codeOf(c, r)
	}
	if w.body >= 0 && w.body < len(args) {
		if _, ok := x.bound.expr(x.info, args[w.body]); ok {
			x.codeOf(args[w.body], r) // a bound identifier passed as the body
		}
	}
	for i, a := range args {
		if i == w.status || i == w.code.index() {
			continue
		}
		lit, ok := bodyLiteral(a)
		if ok && r != nil && r.BodyLit == nil {
			r.BodyLit = lit // the body a writer sends (envelope reads its ok)
		}
		if !ok || x.pairs.isClaimedByOther(lit, call) {
			continue
		}
		if b := x.structured(lit); b.code != nil {
			x.codeOf(b.code, r)
		}
	}
}

// codeOf records e as a code sent with r, which then carries a code.
func (x *extractor) codeOf(e ast.Expr, r *Response) {
	if x.newCode(e, r) == nil {
		return
	}
	if r != nil {
		r.Body = BodyCode
	}
}

// bodyLiteral returns the composite literal e is, possibly behind & and
// parentheses.
func bodyLiteral(e ast.Expr) (*ast.CompositeLit, bool) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	return lit, ok
}

func (x *extractor) literal(cur inspector.Cursor, lit *ast.CompositeLit) {
	if x.pairs.isClaimed(lit) {
		return
	}
	t := x.info.TypeOf(lit)
	if t == nil {
		return
	}
	if lp, ok := literalPositions[typeKey(t)]; ok {
		x.frameworkLiteral(lit, lp)
		return
	}
	if isStringMap(t) {
		if x.hasOKFalse(lit) {
			if e := mapValue(x.info, lit, "code"); e != nil {
				x.newCode(e, nil)
			}
		}
		return
	}
	et := x.errTypes.lookup(t)
	if et == nil {
		return
	}
	var r *Response
	if s := structField(x.info, lit, et.status); s != nil {
		r = x.newResponse(s, s)
		if r.Const && (r.Value < 100 || r.Value > 599) && !et.named {
			return // Coupon{Code: "WELCOME", Status: 1}: a row, not a response
		}
		r.Body = BodyUnknown
		r.Field = !et.named
		r.Type = et.name
		r.BodyLit = lit
		r.value = lit
		x.u.responses = append(x.u.responses, r)
	}
	if c := structField(x.info, lit, et.code); c != nil {
		success := r == nil && x.isShapeOnly(lit) && x.isStatuslessBody(cur)
		for _, e := range codeElems(c) {
			if code := x.newCode(e, r); code != nil {
				code.Type, code.success = et.name, success
				code.descriptor = r != nil && r.Const && r.Value >= 100 && r.Value <= 599
				if r != nil {
					r.Body = BodyCode
				}
			}
		}
	}
}

// codeElems returns the codes a code field holds: the value itself, or
// each element of a slice literal (a types: code role may be a slice).
func codeElems(e ast.Expr) []ast.Expr {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		out := make([]ast.Expr, 0, len(lit.Elts))
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			out = append(out, el)
		}
		return out
	}
	return []ast.Expr{e}
}

// frameworkLiteral handles a literal of echo's HTTPError.
func (x *extractor) frameworkLiteral(lit *ast.CompositeLit, lp literalPosition) {
	s := structField(x.info, lit, lp.status)
	if s == nil {
		return
	}
	r := x.newResponse(s, s)
	r.value = lit
	if m := structField(x.info, lit, lp.message); m != nil {
		x.takeBody(r, x.message(m))
	} else {
		r.Body = BodyText
	}
	x.u.responses = append(x.u.responses, r)
}

// typeKey returns "pkgpath.Name" for a named type, or "".
func typeKey(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj() == nil || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// isStringMap reports whether t is a map keyed by strings (map[string]any,
// gin.H, echo.Map, …).
func isStringMap(t types.Type) bool {
	if t == nil {
		return false
	}
	m, ok := t.Underlying().(*types.Map)
	return ok && isKind(m.Key(), types.IsString)
}

// mapValue returns the value of the constant key in a map literal.
func mapValue(info *types.Info, lit *ast.CompositeLit, key string) ast.Expr {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if k, ok := stringConst(info, kv.Key); ok && k == key {
			return kv.Value
		}
	}
	return nil
}

// hasOKFalse reports whether a map literal holds "ok": false.
func (x *extractor) hasOKFalse(lit *ast.CompositeLit) bool {
	v := mapValue(x.info, lit, "ok")
	return v != nil && isBoolConst(x.info, v, false)
}

// structField returns the value given to the named field in a struct
// literal, keyed or positional.
func structField(info *types.Info, lit *ast.CompositeLit, name string) ast.Expr {
	if name == "" {
		return nil
	}
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
		}
	}
	if len(lit.Elts) == 0 {
		return nil
	}
	if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); keyed {
		return nil
	}
	t := info.TypeOf(lit)
	if t == nil {
		return nil
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || st.NumFields() != len(lit.Elts) {
		return nil
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return lit.Elts[i]
		}
	}
	return nil
}

// bodyInfo is what errlint sees in a response body.
type bodyInfo struct {
	kind   BodyKind
	code   ast.Expr          // the code written in it
	lit    *ast.CompositeLit // the literal holding code
	outer  *ast.CompositeLit // the body holding lit under "error", when the code is nested
	status ast.Expr          // the nested integer code of Google's shape, which is the status
	expr   ast.Expr          // the body argument itself
}

// nestedError returns the code of an error body nested one level down under
// "error": a string "code" (Microsoft's shape), or, beside an integer
// "code" that is then the status, a string "status" (Google's shape).
func (x *extractor) nestedError(outer, inner *ast.CompositeLit) (bodyInfo, bool) {
	t := x.info.TypeOf(inner)
	if t == nil {
		return bodyInfo{}, false
	}
	var code, status ast.Expr
	if isStringMap(t) {
		code, status = mapValue(x.info, inner, "code"), mapValue(x.info, inner, "status")
	} else if st, ok := t.Underlying().(*types.Struct); ok {
		code, status = structField(x.info, inner, roleField(st, "Code", "code")), structField(x.info, inner, roleField(st, "Status", "status"))
	}
	switch {
	case code == nil:
		return bodyInfo{}, false
	case isKind(x.info.TypeOf(code), types.IsString):
		return bodyInfo{kind: BodyCode, code: code, lit: inner, outer: outer}, true
	case isKind(x.info.TypeOf(code), types.IsInteger) && status != nil && isKind(x.info.TypeOf(status), types.IsString):
		return bodyInfo{kind: BodyCode, code: status, lit: inner, outer: outer, status: code}, true
	}
	return bodyInfo{}, false
}

// roleField returns the name of st's field called name or tagged
// json:"tag", or "".
func roleField(st *types.Struct, name, tag string) string {
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == name || jsonName(st.Tag(i)) == tag {
			return f.Name()
		}
	}
	return ""
}

// structured classifies an encoded body argument.
func (x *extractor) structured(e ast.Expr) bodyInfo {
	b := x.classify(e)
	b.expr = e
	return b
}

// classify is structured without recording the argument.
func (x *extractor) classify(e ast.Expr) bodyInfo {
	if tv, ok := x.info.Types[e]; ok && tv.Value != nil {
		return bodyInfo{kind: BodyNoCode} // a constant body: a string or a number
	}
	lit, ok := bodyLiteral(e)
	if !ok {
		if _, bound := x.bound.expr(x.info, e); bound {
			return bodyInfo{kind: BodyCode, code: e} // a sentinel or a Go catalog's identifier
		}
		return bodyInfo{kind: BodyUnknown}
	}
	t := x.info.TypeOf(lit)
	if t == nil {
		return bodyInfo{kind: BodyUnknown}
	}
	if isStringMap(t) {
		return x.mapBody(lit)
	}
	if et := x.errTypes.lookup(t); et != nil {
		if structField(x.info, lit, et.status) != nil {
			return bodyInfo{kind: BodyCode} // the literal pairs its own status and code
		}
		if c := structField(x.info, lit, et.code); c != nil {
			return bodyInfo{kind: BodyCode, code: c, lit: lit}
		}
		return bodyInfo{kind: BodyUnknown}
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		if inner, ok := bodyLiteral(structField(x.info, lit, roleField(st, "Error", "error"))); ok {
			if b, ok := x.nestedError(lit, inner); ok {
				return b
			}
		}
	}
	if mayCarryCode(t, 0) {
		return bodyInfo{kind: BodyUnknown}
	}
	return bodyInfo{kind: BodyNoCode}
}

// mapBody classifies a map literal body.
func (x *extractor) mapBody(lit *ast.CompositeLit) bodyInfo {
	var code ast.Expr
	var nested *bodyInfo
	mayCarry := false
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return bodyInfo{kind: BodyUnknown}
		}
		k, ok := stringConst(x.info, kv.Key)
		if !ok {
			return bodyInfo{kind: BodyUnknown} // a computed key might be "code"
		}
		if k == "code" {
			code = kv.Value
			continue
		}
		if inner, ok := bodyLiteral(kv.Value); ok && k == "error" && code == nil {
			if b, ok := x.nestedError(lit, inner); ok {
				nested = &b
				continue
			}
		}
		if inner, ok := bodyLiteral(kv.Value); ok {
			if x.structured(inner).kind != BodyNoCode {
				mayCarry = true
			}
			continue
		}
		if tv, ok := x.info.Types[kv.Value]; !ok || (tv.Value == nil && !tv.IsNil() && mayCarryCode(tv.Type, 0)) {
			mayCarry = true
		}
	}
	switch {
	case code != nil:
		return bodyInfo{kind: BodyCode, code: code, lit: lit}
	case nested != nil:
		return *nested
	case mayCarry:
		return bodyInfo{kind: BodyUnknown}
	}
	return bodyInfo{kind: BodyNoCode}
}
