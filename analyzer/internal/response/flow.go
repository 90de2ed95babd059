package response

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// This file is revision 4's flow step (§11, §13): where does a value go,
// unchanged? It answers three questions over the units the extractor
// read, and records the answers as small facts:
//   - roles from flow: a struct field whose value reaches a status (or a
//     code) position is its type's status (or code) field (RoleFact);
//   - central writers: a function taking an error that finds an error type
//     and writes its status field (WriterFact's Err, Writer and Types,
//     values.go);
//   - which error values are responses: those returned from a handler or
//     passed to a central writer (values.go).
// Unchanged means through locals (constant defaults aside), conversions,
// and accessor methods returning a field.

// role is what a field is by flow.
type role uint8

const (
	roleNone role = iota
	roleStatus
	roleCode
)

func (r role) String() string {
	switch r {
	case roleStatus:
		return "status"
	case roleCode:
		return "code"
	}
	return "none"
}

// RoleFact is the object fact of a struct field (declared in the analysed
// package) whose value reaches a status or a code position: its type is
// then an error type with that field in that role, in every package that
// sees the type.
type RoleFact struct {
	Role uint8 // roleStatus or roleCode
}

// AFact marks RoleFact as an analysis fact.
func (*RoleFact) AFact() {}

func (f *RoleFact) String() string { return "role(" + role(f.Role).String() + ")" }

// flowStep holds the flow step's state for one package.
type flowStep struct {
	pass  *analysis.Pass
	info  *types.Info
	roles map[*types.Var]role   // inferred here, for fields of any package
	seen  map[*types.Var]seenAt // where each role inferred here was first seen
	asg   map[ast.Node]assignIndex
	decls map[*types.Func]*ast.FuncDecl // this package's functions with bodies
}

func newFlowStep(pass *analysis.Pass) *flowStep {
	fs := &flowStep{pass: pass, info: pass.TypesInfo, roles: map[*types.Var]role{}, seen: map[*types.Var]seenAt{}, asg: map[ast.Node]assignIndex{}, decls: map[*types.Func]*ast.FuncDecl{}}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					fs.decls[fn] = fd
				}
			}
		}
	}
	return fs
}

// role returns the role field f has by flow: inferred in this package, or
// imported with the field.
func (fs *flowStep) role(f *types.Var) role {
	if f == nil {
		return roleNone
	}
	f = f.Origin()
	if r, ok := fs.roles[f]; ok {
		return r
	}
	if fact := imported[RoleFact](fs.pass, f); fact != nil {
		return role(fact.Role)
	}
	return roleNone
}

// inferRoles records the roles fields of struct types have by flow in the
// units, and reports whether it found a new one. A field reaching both a
// status and a code position is a status (§13).
func (fs *flowStep) inferRoles(units []*unit) bool {
	changed := false
	set := func(f *types.Var, r role, at seenAt) {
		if f == nil || literalPositions[ownerKey(f)] != (literalPosition{}) {
			return // a framework row's field keeps its role
		}
		if old := fs.roles[f]; old == roleStatus || old == r {
			return
		}
		fs.roles[f], fs.seen[f] = r, at
		changed = true
	}
	for _, u := range units {
		for _, r := range u.responses {
			if r.Status != nil && !r.Const {
				if f, _ := fs.fieldOf(u.decl, r.Status); f != nil && isKind(f.Type(), types.IsInteger) {
					at := seenAt{pos: r.Status.Pos()}
					if r.call != nil {
						at.via = types.ExprString(r.call.Fun)
					}
					set(f, roleStatus, at)
				}
			}
		}
		for _, c := range u.codes {
			if !c.Const && !c.Bound {
				if f, _ := fs.fieldOf(u.decl, c.Expr); f != nil {
					set(f, roleCode, seenAt{pos: c.Expr.Pos()})
				}
			}
		}
	}
	return changed
}

// seenAt is where a field's value reached a status or a code position:
// the expression there, and the call writing the status ("" for a code).
type seenAt struct {
	pos token.Pos
	via string
}

// A FlowRole is a role a field of a type declared in this package has by
// flow (§11), with where it was seen: what errlint init writes down.
type FlowRole struct {
	Type  string // the full name of the field's struct type
	Field string
	Role  string // "status" or "code"
	Via   string // the call writing the status its value reaches (w.WriteHeader), "" when unknown or a code
	Pos   token.Position
}

// FlowRoles returns the roles the fields of this package's types have by
// flow, inferred in this package, by type and field.
func (r *Result) FlowRoles() []FlowRole {
	if r.flow == nil {
		return nil
	}
	fs := r.flow
	var out []FlowRole
	for f, ro := range fs.roles {
		if f.Pkg() != fs.pass.Pkg || isTest(fs.pass, f.Pos()) {
			continue
		}
		owner := ownerKey(f)
		if owner == "" {
			continue
		}
		at := fs.seen[f]
		out = append(out, FlowRole{Type: owner, Field: f.Name(), Role: ro.String(), Via: at.via, Pos: fs.pass.Fset.Position(at.pos)})
	}
	slices.SortFunc(out, func(a, b FlowRole) int { return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.Field, b.Field)) })
	return out
}

// exportRoles exports the roles of the fields declared in this package.
func (fs *flowStep) exportRoles() {
	for f, r := range fs.roles {
		if f.Pkg() == fs.pass.Pkg {
			fs.pass.ExportObjectFact(f, &RoleFact{Role: uint8(r)})
		}
	}
}

// ownerKey returns "pkgpath.Name" of the named struct type declaring field
// f, found by its position among the package's types; "" when unknown.
func ownerKey(f *types.Var) string {
	if f.Pkg() == nil {
		return ""
	}
	scope := f.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if st.Field(i) == f {
					return f.Pkg().Path() + "." + tn.Name()
				}
			}
		}
	}
	return ""
}

// An assignIndex holds, for each local variable of a declaration, the
// values assigned to it (nil for one errlint cannot name: a tuple, a
// range, an address taken).
type assignIndex map[*types.Var][]ast.Expr

// assignments returns the assignIndex of decl, built once.
func (fs *flowStep) assignments(decl ast.Node) assignIndex {
	if a, ok := fs.asg[decl]; ok {
		return a
	}
	a := assignIndex{}
	add := func(lhs ast.Expr, rhs ast.Expr) {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			return
		}
		v, _ := fs.info.ObjectOf(id).(*types.Var)
		if v == nil || v.IsField() {
			return
		}
		a[v] = append(a[v], rhs)
	}
	ast.Inspect(decl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					add(n.Lhs[i], n.Rhs[i])
				}
			} else if len(n.Rhs) == 1 {
				// v, err := f(): the call stands for each of its results.
				for _, l := range n.Lhs {
					add(l, &tupleOf{n.Rhs[0]})
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				switch {
				case len(n.Values) == len(n.Names):
					add(name, n.Values[i])
				case len(n.Values) == 1:
					add(name, &tupleOf{n.Values[0]})
				}
			}
		case *ast.RangeStmt:
			if n.Key != nil {
				add(n.Key, nil)
			}
			if n.Value != nil {
				add(n.Value, nil)
			}
		case *ast.IncDecStmt:
			add(n.X, nil)
		}
		return true
	})
	fs.asg[decl] = a
	return a
}

// tupleOf stands for one result of a call assigned to several variables.
type tupleOf struct{ ast.Expr }

// fieldOf returns the struct field whose value e (in decl) is, unchanged,
// and the expression selecting it; nil when e is no field.
func (fs *flowStep) fieldOf(decl ast.Node, e ast.Expr) (*types.Var, *ast.SelectorExpr) {
	return fs.fieldOfDepth(decl, e, 0)
}

func (fs *flowStep) fieldOfDepth(decl ast.Node, e ast.Expr, depth int) (*types.Var, *ast.SelectorExpr) {
	if e == nil || depth > 4 {
		return nil, nil
	}
	e = unconvert(fs.info, e)
	switch e := e.(type) {
	case *ast.SelectorExpr:
		if sel := fs.info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			if v, ok := sel.Obj().(*types.Var); ok {
				return v.Origin(), e
			}
		}
	case *ast.Ident:
		v, _ := fs.info.Uses[e].(*types.Var)
		if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return nil, nil
		}
		var found *types.Var
		var foundSel *ast.SelectorExpr
		for _, rhs := range fs.assignments(decl)[v] {
			if rhs == nil {
				return nil, nil
			}
			if _, tuple := rhs.(*tupleOf); tuple {
				return nil, nil
			}
			if _, ok := intConst(fs.info, rhs); ok {
				continue // a constant default: if s == 0 { s = 500 }
			}
			f, sel := fs.fieldOfDepth(decl, rhs, depth+1)
			if f == nil || found != nil && found != f {
				return nil, nil
			}
			found, foundSel = f, sel
		}
		return found, foundSel
	case *ast.CallExpr:
		// An accessor: a method of this package taking nothing whose body
		// returns a field of its receiver (StatusCode() int).
		if len(e.Args) != 0 {
			return nil, nil
		}
		fn, _ := typeutil.Callee(fs.info, e).(*types.Func)
		fd := fs.decls[fn]
		if fd == nil || fd.Recv == nil || len(fd.Body.List) != 1 {
			return nil, nil
		}
		ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			return nil, nil
		}
		f, _ := fs.fieldOfDepth(fd, ret.Results[0], depth+1)
		if f == nil {
			return nil, nil
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
			return f, &ast.SelectorExpr{X: sel.X, Sel: ast.NewIdent(f.Name())}
		}
	}
	return nil, nil
}

// constFields returns the constant fields of an error-type literal, by
// field name, as exact constant text.
func constFields(info *types.Info, lit *ast.CompositeLit) map[string]string {
	out := map[string]string{}
	t := info.TypeOf(lit)
	if t == nil {
		return out
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return out
	}
	for i, el := range lit.Elts {
		name, val := "", el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			name, val = id.Name, kv.Value
		} else if i < st.NumFields() && len(lit.Elts) == st.NumFields() {
			name = st.Field(i).Name()
		}
		if tv, ok := info.Types[val]; ok && tv.Value != nil && name != "" {
			out[name] = tv.Value.ExactString()
		}
	}
	return out
}

// constText returns e's constant value as exact text.
func constText(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return "", false
	}
	return tv.Value.ExactString(), true
}

// exactInt returns the integer exact text holds.
func exactInt(text string) (int, bool) {
	v := constant.MakeFromLiteral(text, token.INT, 0)
	if v.Kind() != constant.Int {
		return 0, false
	}
	n, ok := constant.Int64Val(v)
	return int(n), ok
}
