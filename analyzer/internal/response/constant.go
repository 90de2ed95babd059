package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// intConst returns the value of e when the type checker made it an integer
// constant. Nothing else is guessed at.
func intConst(info *types.Info, e ast.Expr) (int, bool) {
	if info == nil || e == nil {
		return 0, false
	}
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v := constant.ToInt(tv.Value)
	if v.Kind() != constant.Int {
		return 0, false
	}
	n, exact := constant.Int64Val(v)
	if !exact || n < -1<<31 || n > 1<<31-1 {
		return 0, false
	}
	return int(n), true
}

// stringConst returns the value of e when the type checker made it a string
// constant.
func stringConst(info *types.Info, e ast.Expr) (string, bool) {
	if info == nil || e == nil {
		return "", false
	}
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// codeConstant returns the code e holds when the type checker made it a
// constant: a string, or an integer of any kind (typed constants
// included) as its canonical decimal text, with isInt set. Integer 0,
// like "", is the empty code.
func codeConstant(info *types.Info, e ast.Expr) (code string, isInt, ok bool) {
	if info == nil || e == nil {
		return "", false, false
	}
	tv, found := info.Types[e]
	if !found || tv.Value == nil {
		return "", false, false
	}
	switch tv.Value.Kind() {
	case constant.String:
		return constant.StringVal(tv.Value), false, true
	case constant.Int:
		if !isKind(tv.Type, types.IsInteger) && !isUntypedInt(tv.Type) {
			return "", false, false // a float or rune kind holding an integer value is no code
		}
		if constant.Sign(tv.Value) == 0 {
			return "", true, true
		}
		return tv.Value.ExactString(), true, true
	}
	return "", false, false
}

func isUntypedInt(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedInt
}

// isStatusConstant reports whether e names a constant spelled Status*
// with a value in 100–599 (http.StatusBadRequest, fiber.StatusNotFound):
// at a code position it echoes a status, it is no code.
func isStatusConstant(info *types.Info, e ast.Expr) bool {
	id := identOf(unconvert(info, e))
	if id == nil || info == nil {
		return false
	}
	k, ok := info.Uses[id].(*types.Const)
	if !ok || !strings.HasPrefix(k.Name(), "Status") {
		return false
	}
	v, ok := intConst(info, e)
	return ok && v >= 100 && v <= 599
}

// isBoolConst reports whether e is the boolean constant want.
func isBoolConst(info *types.Info, e ast.Expr, want bool) bool {
	if info == nil || e == nil {
		return false
	}
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false
	}
	return constant.BoolVal(tv.Value) == want
}

// unconvert strips parentheses and type conversions from e: a parameter
// converted on its way to a position still flows there unchanged.
func unconvert(info *types.Info, e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.CallExpr:
			if len(x.Args) == 1 && x.Ellipsis == 0 && info != nil {
				if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
					e = x.Args[0]
					continue
				}
			}
		}
		return e
	}
}

// IsIntLiteral reports whether e, without parentheses, is an integer
// literal: a raw status.
func IsIntLiteral(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	return ok && lit.Kind == token.INT
}

// usedVar returns the variable e names, if it is a plain identifier.
func usedVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := e.(*ast.Ident)
	if !ok || info == nil {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// isKind reports whether t's underlying type is a basic type with info. For
// a type parameter, every type of its type set must be (C ~string).
func isKind(t types.Type, info types.BasicInfo) bool {
	if t == nil {
		return false
	}
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return termsAre(tp.Constraint(), info, 0)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&info != 0
}

// termsAre reports whether the constraint restricts its type set to basic
// types with info.
func termsAre(constraint types.Type, info types.BasicInfo, depth int) bool {
	iface, ok := constraint.Underlying().(*types.Interface)
	if !ok || depth > 4 {
		return false
	}
	restricted := false
	for i := range iface.NumEmbeddeds() {
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := range e.Len() {
				if !isKind(e.Term(j).Type(), info) {
					return false
				}
			}
			restricted = true
		case *types.Interface, *types.Named, *types.Alias:
			if _, isIface := e.Underlying().(*types.Interface); isIface {
				if termsAre(e, info, depth+1) {
					restricted = true
				}
				continue
			}
			if !isKind(e, info) {
				return false
			}
			restricted = true
		default:
			if !isKind(e, info) {
				return false
			}
			restricted = true
		}
	}
	return restricted
}
