package response

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// An error writer is a row of the knowledge table (§6), like a framework
// call: status, code and body are the parameters (0-based, receiver not
// counted; -1 or none when absent) carrying the status, the code and a
// structured body; implied is the status a code-only writer always sends
// with its code (0 when none); field says the status parameter reaches
// only status fields of error types recognised by their shape. Its
// response writer is the first argument of a writer type. The writers:
// entries of the configuration, the writers inferred here and those
// imported as facts are all such rows.

// errorWriterRow returns the row of an error writer.
func errorWriterRow(status, code, body, carries int, field bool) position {
	return position{status: status, code: argAt(code), body: body, implied: carries, field: field, rule: bodyStructured, writer: byArgType, commits: true}
}

// noWriter is the row of no error writer: no status, no code, no body.
var noWriter = errorWriterRow(-1, -1, -1, 0, false)

// isErrorWriter reports whether p, an error writer's row, describes an
// error writer at all.
// A row that only carries a status (a fixed-status helper over a builder,
// §11) is one too.
func (p position) isErrorWriter() bool {
	return p.status >= 0 || p.code.index() >= 0 || p.body >= 0 || p.implied != 0
}

// errorWriterString prints p, an error writer's row, as its fact.
func (p position) errorWriterString() string {
	var parts []string
	if p.status >= 0 {
		parts = append(parts, fmt.Sprintf("status=%d", p.status))
	}
	if i := p.code.index(); i >= 0 {
		parts = append(parts, fmt.Sprintf("code=%d", i))
	}
	if p.body >= 0 {
		parts = append(parts, fmt.Sprintf("body=%d", p.body))
	}
	if p.implied != 0 {
		parts = append(parts, fmt.Sprintf("carries %d", p.implied))
	}
	if p.field {
		parts = append(parts, "field")
	}
	return "errwriter(" + strings.Join(parts, ", ") + ")"
}

// WriterFact is the object fact exported for every inferred error writer, so
// that callers in other packages are checked the way printf wrappers are.
//
// Revision 4 adds the central writer (§11, values.go): Err is the error
// parameter it reads an error type's status field from (index + 1; 0: not
// a central writer), Writer the response-writer parameter (index + 1),
// Types the keys of the error types it finds, and Sets the headers it sets
// on the writer before the status, each under the conditions errlint read
// (Unknown: the writer is handed to a function errlint cannot see into).
type WriterFact struct {
	Status  int8 // parameter index + 1; 0 when none
	Code    int8 // parameter index + 1; 0 when none
	Body    int8 // parameter index + 1; 0 when none
	Field   bool
	Carries int16

	Err         int8
	Recv        bool   // the error is the receiver (a Render method): Err is then 1
	StatusField string // the status field it writes
	Writer      int8
	Types       []string
	Sets        []CondSet
	Unknown     bool
}

// AFact marks WriterFact as an analysis fact.
func (*WriterFact) AFact() {}

func (f *WriterFact) String() string {
	s := ""
	if f.row().isErrorWriter() {
		s = f.row().errorWriterString()
	}
	if f.Err != 0 {
		if s != "" {
			s += " "
		}
		s += fmt.Sprintf("central(err=%d, writer=%d, %s", f.Err-1, f.Writer-1, strings.Join(f.Types, " "))
		for _, set := range f.Sets {
			s += "; " + set.String()
		}
		if f.Unknown {
			s += "; unknown"
		}
		s += ")"
	}
	return s
}

// String prints a header set and its conditions: "www-authenticate if HTTPCode==401".
func (c CondSet) String() string {
	if len(c.Conds) == 0 {
		return c.Name
	}
	parts := make([]string, 0, len(c.Conds))
	for _, k := range c.Conds {
		op := "=="
		if k.Neg {
			op = "!="
		}
		switch k.Kind {
		case condField:
			parts = append(parts, k.Field+op+k.Value)
		case condIs:
			parts = append(parts, "err"+op+k.Value)
		case condType:
			parts = append(parts, "type"+op+k.Value)
		default:
			parts = append(parts, "?")
		}
	}
	return c.Name + " if " + strings.Join(parts, " && ")
}

// row returns the error writer's row f records.
func (f *WriterFact) row() position {
	return errorWriterRow(int(f.Status)-1, int(f.Code)-1, int(f.Body)-1, int(f.Carries), f.Field)
}

// factOf returns the fact recording w, an error writer's row.
func factOf(w position) *WriterFact {
	return &WriterFact{Status: int8(w.status + 1), Code: int8(w.code.index() + 1), Body: int8(w.body + 1), Carries: int16(w.implied), Field: w.field}
}

// inferWriter derives the error writer's row of fn from the responses and
// codes found in its body. A parameter counts only when it reaches the
// position unchanged (conversions allowed) and is never assigned.
func inferWriter(info *types.Info, decl *ast.FuncDecl, fn *types.Func, u *unit) position {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || decl.Body == nil || sig.Params().Len() == 0 {
		return noWriter
	}
	ps := writerParams{info: info, sig: sig, index: make(map[*types.Var]int, sig.Params().Len())}
	for i := range sig.Params().Len() {
		ps.index[sig.Params().At(i)] = i
	}
	if sig.Variadic() {
		delete(ps.index, sig.Params().At(sig.Params().Len()-1))
	}
	// Most functions write nothing from their parameters: look for one
	// before walking the body for assignments.
	if !ps.reachAny(u) {
		return noWriter
	}
	for v := range assignedVars(info, decl.Body) {
		delete(ps.index, v)
	}
	if len(ps.index) == 0 {
		return noWriter
	}
	w := noWriter
	w.status, w.field = ps.status(u)
	var bodyStatus int
	w.body, bodyStatus = ps.body(u, w.status)
	var carried map[int]bool
	w.code, carried = ps.code(u)
	if w.code.index() >= 0 && w.status < 0 && len(carried) == 1 {
		for s := range carried {
			w.implied = s
		}
	}
	if w.body >= 0 && w.code.index() < 0 && w.status < 0 {
		w.implied = bodyStatus
	}
	return w
}

// writerParams are the parameters of a function that may make it an error
// writer: neither variadic nor assigned, by index.
type writerParams struct {
	info  *types.Info
	sig   *types.Signature
	index map[*types.Var]int
}

// of returns the index of the parameter e is, conversions aside, or -1.
func (ps writerParams) of(e ast.Expr) int {
	if v := usedVar(ps.info, unconvert(ps.info, e)); v != nil {
		if i, ok := ps.index[v]; ok {
			return i
		}
	}
	return -1
}

// reachAny reports whether a parameter reaches a status, body or code of u.
func (ps writerParams) reachAny(u *unit) bool {
	reaches := func(e ast.Expr) bool { return e != nil && ps.of(e) >= 0 }
	return slices.ContainsFunc(u.responses, func(r *Response) bool { return reaches(r.Status) || reaches(r.BodyArg) }) ||
		slices.ContainsFunc(u.codes, func(c *Code) bool { return reaches(c.Expr) })
}

// status returns the integer parameter written as a status in u (-1 when
// none), and whether it reaches only status fields of error types
// recognised by their shape.
func (ps writerParams) status(u *unit) (status int, field bool) {
	status = -1
	for _, r := range u.responses {
		if r.Status == nil {
			continue
		}
		if i := ps.of(r.Status); i >= 0 && isKind(ps.sig.Params().At(i).Type(), types.IsInteger) {
			status = i
			break
		}
	}
	if status < 0 {
		return -1, false
	}
	field = !slices.ContainsFunc(u.responses, func(r *Response) bool {
		return r.Status != nil && ps.of(r.Status) == status && !r.Field
	})
	return status, field
}

// body returns the parameter written as a structured body in u with a
// status the writer knows (-1 when none), and that status when constant
// and the writer has no status parameter.
func (ps writerParams) body(u *unit, status int) (body, bodyStatus int) {
	for _, r := range u.responses {
		if r.BodyArg == nil {
			continue
		}
		if i := ps.of(r.BodyArg); i >= 0 && i != status && (status >= 0 || r.Const) {
			if status < 0 {
				bodyStatus = validStatus(r.Value)
			}
			return i, bodyStatus
		}
	}
	return -1, 0
}

// code returns the first string parameter written as a code in u, and the
// constant statuses it is written with.
func (ps writerParams) code(u *unit) (code arg, carried map[int]bool) {
	carried = map[int]bool{}
	for _, c := range u.codes {
		i := ps.of(c.Expr)
		if i < 0 || !isKind(ps.sig.Params().At(i).Type(), types.IsString) {
			continue
		}
		if code.index() < 0 {
			code = argAt(i)
		}
		if i == code.index() && c.Status != nil && c.Status.Const {
			carried[c.Status.Value] = true
		}
	}
	return code, carried
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
