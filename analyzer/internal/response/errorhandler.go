package response

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// This file reads the frameworks' error handlers (§11, §13): rows of the
// knowledge table (errorHandlers). Where a package creates the app, it
// sees which handler writes the framework's error values its handlers
// return: the one installed (a central writer of the package), else the
// framework's default, which sets no header. Where it cannot see (the app
// is created elsewhere, or a handler errlint cannot read is installed),
// returned framework errors are no §7 finding.

// frameworkHandlers adds the error handlers of the apps this package
// creates to s's writers, and marks the functions of their handler types
// as handlers.
func (s *sentStep) frameworkHandlers() {
	info := s.fs.info
	if !importsApp(s.fs.pass.Pkg) {
		return // most packages: no framework app is created here
	}
	created := map[string]bool{}
	installed := map[string][]*types.Func{}
	unreadable := map[string]bool{}
	install := func(field string, value ast.Expr) {
		for key, row := range errorHandlers {
			if !slices.Contains(row.install, field) {
				continue
			}
			if fn := funcValue(info, value); fn != nil {
				installed[key] = append(installed[key], fn)
			} else {
				unreadable[key] = true
			}
		}
	}
	for _, f := range s.fs.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				fn, _ := typeutil.Callee(info, n).(*types.Func)
				if fn == nil || fn.Pkg() == nil {
					return true
				}
				for key, row := range errorHandlers {
					if slices.Contains(row.app, fn.FullName()) {
						created[key] = true
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for i, l := range n.Lhs {
					sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
					if !ok {
						continue
					}
					if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
						if owner := typeKey(s.Recv()); owner != "" {
							install(owner+"."+sel.Sel.Name, n.Rhs[i])
						}
					} else if v, ok := info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
						install(v.Pkg().Path()+"."+v.Name(), n.Rhs[i]) // huma.NewError = …
					}
				}
			case *ast.CompositeLit:
				owner := typeKey(info.TypeOf(n))
				if owner == "" {
					return true
				}
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							install(owner+"."+id.Name, kv.Value)
						}
					}
				}
			}
			return true
		})
	}
	for key := range created {
		row := errorHandlers[key]
		if unreadable[key] {
			continue // a handler errlint cannot read: never guess
		}
		var writers []*central
		for _, fn := range installed[key] {
			c := s.centralOf(fn)
			if c == nil || !c.types[key] {
				writers = nil
				break
			}
			writers = append(writers, c)
		}
		if len(installed[key]) == 0 {
			s.defaults = append(s.defaults, &central{name: row.fallback, types: map[string]bool{key: true}})
		} else if writers == nil {
			continue
		}
		s.markHandlers(row.handler)
		s.markRegistered(row.register)
	}
}

// markRegistered marks the functions and function literals this package
// passes to a registering function of register (huma.Register(api, op,
// h)) as handlers.
func (s *sentStep) markRegistered(register map[string]int) {
	if len(register) == 0 {
		return
	}
	for _, f := range s.fs.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, _ := typeutil.Callee(s.fs.info, call).(*types.Func)
			if fn == nil {
				return true
			}
			i, ok := register[fn.Origin().FullName()]
			if !ok || i >= len(call.Args) {
				return true
			}
			if lit, ok := ast.Unparen(call.Args[i]).(*ast.FuncLit); ok {
				s.sentLit[lit] = true
			} else if h := funcValue(s.fs.info, call.Args[i]); h != nil && s.fs.decls[h] != nil {
				s.sent[h] = true
			}
			return true
		})
	}
}

// markHandlers marks the functions and function literals of this package
// whose signature is the handler type's (pkgpath.Name) as handlers.
func (s *sentStep) markHandlers(handler string) {
	if handler == "" {
		return
	}
	var sig *types.Signature // the handler function type, among the package's imports
	if tn := typeNameIn(s.fs.pass.Pkg.Imports(), handler); tn != nil {
		sig, _ = tn.Type().Underlying().(*types.Signature)
	}
	if sig == nil {
		return
	}
	for fn := range s.fs.decls {
		if types.Identical(fn.Type(), sig) {
			s.sent[fn] = true
		}
	}
	for _, f := range s.fs.pass.Files { // e.GET("/", func(c echo.Context) error { … })
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok && types.Identical(s.fs.info.TypeOf(lit), sig) {
				s.sentLit[lit] = true
			}
			return true
		})
	}
}

// frameworkValue returns the value a framework constructor's call is (an
// error type some errorHandlers row writes, with a constant status).
func (s *sentStep) frameworkValue(call *ast.CallExpr) *errValue {
	obj := typeutil.Callee(s.fs.info, call) // a function, or a package-level variable (huma.NewError)
	if obj == nil {
		return nil
	}
	p, ok := rowOf(obj)
	if !ok || p.writer != nowhere {
		return nil
	}
	t := s.fs.info.TypeOf(call)
	key := typeKey(t)
	field := statusField(key)
	if _, handled := errorHandlers[key]; field == "" || !handled {
		return nil
	}
	status := ""
	switch {
	case p.status >= 0 && p.status < len(call.Args):
		status, ok = constText(s.fs.info, call.Args[p.status])
	case p.implied != 0:
		status, ok = strconv.Itoa(p.implied), true
	}
	if !ok {
		return nil
	}
	return &errValue{t: t, key: key, fields: map[string]string{field: status}, short: "this " + shortName(pointee(t)) + " value", decl: call}
}

// statusField returns the status field of a framework's error type (its
// literalPositions row), or the name an interface error type's values
// record their status under.
func statusField(key string) string {
	if lp, ok := literalPositions[key]; ok {
		return lp.status
	}
	return errorHandlers[key].status
}

// pointee returns the element type of a pointer type, else t.
func pointee(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// importsApp reports whether pkg imports the package of an
// errorHandlers row's app constructor.
func importsApp(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		for _, row := range errorHandlers {
			for _, app := range row.app {
				if strings.HasPrefix(app, imp.Path()+".") && !strings.Contains(app[len(imp.Path())+1:], "/") {
					return true
				}
			}
		}
	}
	return false
}
