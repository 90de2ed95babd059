package response

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// SentinelFact is the object fact on a sentinel (§2, revision 3): a
// package-level error value with a constant code, never assigned after its
// declaration. Its code and status (0 when not constant) travel with it,
// so `c.JSON(http.StatusBadRequest, apierr.ErrNotFound)` in another
// package pairs the code with 400.
type SentinelFact struct {
	Code   string
	Status int16
	Int    bool // Code is an integer's decimal text
}

// AFact marks SentinelFact as an analysis fact.
func (*SentinelFact) AFact() {}

func (f *SentinelFact) String() string {
	if f.Status != 0 {
		return fmt.Sprintf("sentinel(%s, %d)", f.Code, f.Status)
	}
	return fmt.Sprintf("sentinel(%s)", f.Code)
}

// bindings answers which code a bound identifier stands for: a sentinel of
// this package, an identifier a reachable Go catalog binds, or a sentinel
// of another package (a fact).
type bindings struct {
	pass      *analysis.Pass
	sentinels map[types.Object]*boundEntry
	catalogs  map[string]*boundEntry // by full name
}

// of returns the binding of obj, a package-level constant or variable.
func (b *bindings) of(obj types.Object) (*boundEntry, bool) {
	if b == nil || obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return nil, false
	}
	if e, ok := b.sentinels[obj]; ok {
		return e, true
	}
	if len(b.catalogs) > 0 {
		if e, ok := b.catalogs[fullName(obj)]; ok {
			return e, true
		}
	}
	if _, ok := obj.(*types.Var); ok {
		if f := imported[SentinelFact](b.pass, obj); f != nil {
			return &boundEntry{code: f.Code, status: int(f.Status), isInt: f.Int}, true
		}
	}
	return nil, false
}

// expr returns the binding of the identifier e names, conversions
// (string(ErrX)) and parentheses aside.
func (b *bindings) expr(info *types.Info, e ast.Expr) (*boundEntry, bool) {
	if b == nil {
		return nil, false
	}
	id := identOf(unconvert(info, e))
	if id == nil {
		return nil, false
	}
	return b.of(info.Uses[id])
}

// findSentinels records this package's sentinels in b and exports their
// facts: package-level variables, never assigned after their declaration,
// initialised with an error-type literal (or & of one), a call of an error
// writer, or another sentinel, with a constant code. It reports whether it
// found any.
func findSentinels(pass *analysis.Pass, x *extractor, b *bindings, export bool) bool {
	candidates := map[*types.Var]*boundEntry{}
	eachPackageVar(pass.Files, func(f *ast.File, name *ast.Ident, value ast.Expr) {
		if strings.HasSuffix(pass.Fset.Position(f.Pos()).Filename, "_test.go") {
			return
		}
		v, ok := pass.TypesInfo.Defs[name].(*types.Var)
		if !ok || v.Parent() != pass.Pkg.Scope() {
			return
		}
		if e, ok := x.sentinelValue(value, b); ok {
			candidates[v] = e
			b.sentinels[v] = e // a later alias (ErrAlias = ErrNotFound) may name it
		}
	})
	if len(candidates) == 0 {
		return false // most packages: no walk of the function bodies
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				for v := range assignedVars(pass.TypesInfo, fd.Body) {
					delete(candidates, v) // assigned after its declaration: its code may change
					delete(b.sentinels, v)
				}
			}
		}
	}
	for v, e := range candidates {
		if export {
			pass.ExportObjectFact(v, &SentinelFact{Code: e.code, Status: int16(e.status), Int: e.isInt})
		}
	}
	return len(candidates) > 0
}

// sentinelValue returns the code and status a sentinel's initial value
// carries, when its code is constant.
func (x *extractor) sentinelValue(e ast.Expr, b *bindings) (*boundEntry, bool) {
	if lit, ok := bodyLiteral(e); ok {
		et := x.errTypes.lookup(x.info.TypeOf(lit))
		if et == nil {
			return nil, false
		}
		codeExpr := structField(x.info, lit, et.code)
		code, isInt, ok := x.codeValue(codeExpr)
		if !ok {
			return nil, false
		}
		status, _ := intConst(x.info, structField(x.info, lit, et.status))
		if isInt && (code == strconv.Itoa(status) || isStatusConstant(x.info, codeExpr)) {
			return nil, false // the integer echoes the status: no code
		}
		return &boundEntry{code: code, status: validStatus(status), isInt: isInt}, true
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && !call.Ellipsis.IsValid() {
		w, ok := x.writerOf(x.callee(call))
		c := w.code.of(call)
		if !ok || c == nil {
			return nil, false
		}
		code, isInt, ok := x.codeValue(c)
		if !ok {
			return nil, false
		}
		status := w.implied
		if w.status >= 0 && w.status < len(call.Args) {
			status, _ = intConst(x.info, call.Args[w.status])
		}
		if isInt && (code == strconv.Itoa(status) || isStatusConstant(x.info, c)) {
			return nil, false
		}
		return &boundEntry{code: code, status: validStatus(status), isInt: isInt}, true
	}
	return b.expr(x.info, e) // another sentinel
}

// codeValue returns the constant code e holds, or the code of the bound
// identifier it names.
func (x *extractor) codeValue(e ast.Expr) (code string, isInt, ok bool) {
	if e == nil {
		return "", false, false
	}
	if be, ok := x.bound.expr(x.info, e); ok {
		return be.code, be.isInt, true // a bound identifier stands for its entry's code
	}
	return codeConstant(x.info, e)
}

// validStatus returns s when it is an HTTP status, else 0.
func validStatus(s int) int {
	if s < 100 || s > 599 {
		return 0
	}
	return s
}
