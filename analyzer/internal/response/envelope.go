package response

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// The envelope's fields (§7): besides the code, an error body says
// "ok": false and whether the client may retry.
const (
	FieldOK        = "ok"
	FieldRetryable = "retryable"
)

// envelopeFields maps an envelope field's JSON name to the Go field name
// that holds it when no tag says otherwise.
var envelopeFields = map[string]string{FieldOK: "OK", FieldRetryable: "Retryable"}

// EnvelopeField returns the value lit gives to the envelope field name
// (FieldOK, FieldRetryable): the map key of that name, or the boolean struct
// field named OK / Retryable or tagged json:"ok" / json:"retryable".
func (r *Result) EnvelopeField(lit *ast.CompositeLit, name string) ast.Expr {
	if lit == nil {
		return nil
	}
	t := r.info.TypeOf(lit)
	if t == nil {
		return nil
	}
	if isStringMap(t) {
		return mapValue(r.info, lit, name)
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !isKind(f.Type(), types.IsBoolean) {
			continue
		}
		if tag := jsonName(st.Tag(i)); tag == name || tag == "" && f.Name() == envelopeFields[name] {
			return structField(r.info, lit, f.Name())
		}
	}
	return nil
}

// BoolConst returns the value of e when the type checker made it a boolean
// constant.
func (r *Result) BoolConst(e ast.Expr) (value, ok bool) {
	if e == nil {
		return false, false
	}
	tv, found := r.info.Types[e]
	if !found || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(tv.Value), true
}

// LiteralOf returns the composite literal whose element c's code is (a map
// or struct body holding it), or nil.
func (r *Result) LiteralOf(c *Code) *ast.CompositeLit {
	if c == nil || c.Expr == nil || r.insp == nil {
		return nil
	}
	cur, ok := r.insp.Root().FindByPos(c.Expr.Pos(), c.Expr.End())
	if !ok || cur.Node() != c.Expr {
		return nil
	}
	p := cur.Parent()
	if _, ok := p.Node().(*ast.KeyValueExpr); ok {
		p = p.Parent()
	}
	lit, _ := p.Node().(*ast.CompositeLit)
	return lit
}

// BoolFix returns the fix replacing the boolean expression e in file with
// the constant v, when the universe's true and false are visible there.
func (r *Result) BoolFix(file *ast.File, e ast.Expr, v bool) (analysis.SuggestedFix, bool) {
	text := "false"
	if v {
		text = "true"
	}
	if r.lookup(file, text, e.Pos()) != types.Universe.Lookup(text) {
		return analysis.SuggestedFix{}, false // shadowed
	}
	return analysis.SuggestedFix{
		Message:   "Use " + text,
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}}, // as small as the change
	}, true
}
