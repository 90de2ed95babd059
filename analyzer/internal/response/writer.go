package response

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// Writer says which parameters of an error writer carry the status and the
// code (0-based, receiver not counted; -1 when none) and the constant status
// a code-only writer always sends with its code (0 when none).
type Writer struct {
	Status  int
	Code    int
	Body    int // the parameter that is a structured response body; -1 when none
	Carries int
	Field   bool // the status parameter reaches only status fields of error types recognised by their shape
}

// IsWriter reports whether w describes an error writer at all.
func (w Writer) IsWriter() bool { return w.Status >= 0 || w.Code >= 0 || w.Body >= 0 }

func (w Writer) String() string {
	var parts []string
	if w.Status >= 0 {
		parts = append(parts, fmt.Sprintf("status=%d", w.Status))
	}
	if w.Code >= 0 {
		parts = append(parts, fmt.Sprintf("code=%d", w.Code))
	}
	if w.Body >= 0 {
		parts = append(parts, fmt.Sprintf("body=%d", w.Body))
	}
	if w.Carries != 0 {
		parts = append(parts, fmt.Sprintf("carries %d", w.Carries))
	}
	if w.Field {
		parts = append(parts, "field")
	}
	return "errwriter(" + strings.Join(parts, ", ") + ")"
}

// WriterFact is the object fact exported for every inferred error writer, so
// that callers in other packages are checked the way printf wrappers are.
type WriterFact struct {
	Status  int8 // parameter index + 1; 0 when none
	Code    int8 // parameter index + 1; 0 when none
	Body    int8 // parameter index + 1; 0 when none
	Field   bool
	Carries int16
}

// AFact marks WriterFact as an analysis fact.
func (*WriterFact) AFact() {}

func (f *WriterFact) String() string { return f.writer().String() }

func (f *WriterFact) writer() Writer {
	return Writer{Status: int(f.Status) - 1, Code: int(f.Code) - 1, Body: int(f.Body) - 1, Carries: int(f.Carries), Field: f.Field}
}

func factOf(w Writer) *WriterFact {
	return &WriterFact{Status: int8(w.Status + 1), Code: int8(w.Code + 1), Body: int8(w.Body + 1), Carries: int16(w.Carries), Field: w.Field}
}

// noWriter is the zero description: no status, no code.
var noWriter = Writer{Status: -1, Code: -1, Body: -1}

// inferWriter derives the writer description of fn from the responses and
// codes found in its body. A parameter counts only when it reaches the
// position unchanged (conversions allowed) and is never assigned.
func inferWriter(info *types.Info, decl *ast.FuncDecl, fn *types.Func, u *unit) Writer {
	w := noWriter
	sig, ok := fn.Type().(*types.Signature)
	if !ok || decl.Body == nil || sig.Params().Len() == 0 {
		return w
	}
	params := make(map[*types.Var]int, sig.Params().Len())
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = i
	}
	if sig.Variadic() {
		delete(params, sig.Params().At(sig.Params().Len()-1))
	}
	// Most functions write nothing from their parameters: look for one
	// before walking the body for assignments.
	reaches := func(e ast.Expr) bool {
		v := usedVar(info, unconvert(info, e))
		_, ok := params[v]
		return v != nil && ok
	}
	if !slices.ContainsFunc(u.responses, func(r *Response) bool {
		return r.Status != nil && reaches(r.Status) || r.BodyArg != nil && reaches(r.BodyArg)
	}) &&
		!slices.ContainsFunc(u.codes, func(c *Code) bool { return reaches(c.Expr) }) {
		return w
	}
	for v := range assignedVars(info, decl.Body) {
		delete(params, v)
	}
	if len(params) == 0 {
		return w
	}
	param := func(e ast.Expr) int {
		if v := usedVar(info, unconvert(info, e)); v != nil {
			if i, ok := params[v]; ok {
				return i
			}
		}
		return -1
	}
	for _, r := range u.responses {
		if r.Status == nil {
			continue
		}
		if i := param(r.Status); i >= 0 && isKind(sig.Params().At(i).Type(), types.IsInteger) {
			w.Status = i
			break
		}
	}
	if w.Status >= 0 {
		w.Field = !slices.ContainsFunc(u.responses, func(r *Response) bool {
			return r.Status != nil && param(r.Status) == w.Status && !r.Field
		})
	}
	bodyStatus := 0
	for _, r := range u.responses {
		if r.BodyArg == nil {
			continue
		}
		if i := param(r.BodyArg); i >= 0 && i != w.Status && (w.Status >= 0 || r.Const) {
			w.Body = i // a structured body parameter, written with a status the writer knows
			if w.Status < 0 {
				bodyStatus = validStatus(r.Value)
			}
			break
		}
	}
	carried := map[int]bool{}
	for _, c := range u.codes {
		i := param(c.Expr)
		if i < 0 || !isKind(sig.Params().At(i).Type(), types.IsString) {
			continue
		}
		if w.Code < 0 {
			w.Code = i
		}
		if i == w.Code && c.Status != nil && c.Status.Const {
			carried[c.Status.Value] = true
		}
	}
	if w.Code >= 0 && w.Status < 0 && len(carried) == 1 {
		for s := range carried {
			w.Carries = s
		}
	}
	if w.Body >= 0 && w.Code < 0 && w.Status < 0 {
		w.Carries = bodyStatus
	}
	return w
}

// assignedVars returns the variables assigned, incremented or whose address
// is taken anywhere in body.
func assignedVars(info *types.Info, body ast.Node) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				out[v] = true
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mark(l)
			}
		case *ast.IncDecStmt:
			mark(n.X)
		case *ast.UnaryExpr:
			if n.Op.String() == "&" {
				mark(n.X)
			}
		}
		return true
	})
	return out
}
