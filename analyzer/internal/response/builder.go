package response

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// This file finds response builders and the fixed-status helpers over
// them (§11 "Carried status through a builder"). A method of the user's
// code that stores a parameter in a field of its receiver
// (b.statusCode = code), where the field reaches a status position in
// another method (b.w.WriteHeader(b.statusCode): the field's role by
// flow), is a builder status method. A method storing its first parameter
// as a header name (b.w.Header().Set(k, v), b.headers[k] = v) is a builder
// header method. A function taking a response writer that calls a chain
// rooted at a call taking that writer (NewBuilder(w, r).WithStatus(401).
// WithHeader(…).Write()) with a constant status carries that status: it
// is an error writer's row (carries, no code), and the headers the chain
// (or the function, before it) sets are its header fact. Each call of
// the helper is then a written response on its writer, whose headers the
// headers step reads as for any error writer.

// builderMethods are the builder methods of a package: status and header
// methods, each with the parameter that matters.
type builderMethods struct {
	status map[*types.Func]int
	header map[*types.Func]int
}

// findBuilders returns the builder methods of this package.
func (fs *flowStep) findBuilders() builderMethods {
	b := builderMethods{status: map[*types.Func]int{}, header: map[*types.Func]int{}}
	for fn, fd := range fs.decls {
		if fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
			continue
		}
		recv := fs.info.Defs[fd.Recv.List[0].Names[0]]
		sig := fn.Type().(*types.Signature)
		if recv == nil || sig.Params().Len() == 0 {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for i, l := range n.Lhs {
					p := paramIndex(sig, fs.identObj(n.Rhs[i]))
					if p < 0 {
						continue
					}
					switch l := ast.Unparen(l).(type) {
					case *ast.SelectorExpr: // b.statusCode = code
						if f, _ := fs.fieldOf(fd, l); f != nil && fs.identObj(l.X) == recv && fs.role(f) == roleStatus && isKind(f.Type(), types.IsInteger) {
							b.status[fn] = p
						}
					}
				}
				for _, l := range n.Lhs { // b.headers[k] = v
					if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
						if sel, ok := ast.Unparen(ix.X).(*ast.SelectorExpr); ok && fs.identObj(sel.X) == recv {
							if k := paramIndex(sig, fs.identObj(ix.Index)); k >= 0 && isKind(sig.Params().At(k).Type(), types.IsString) {
								b.header[fn] = k
							}
						}
					}
				}
			case *ast.CallExpr: // b.w.Header().Set(k, v)
				callee, _ := typeutil.Callee(fs.info, n).(*types.Func)
				if callee == nil {
					return true
				}
				if p, ok := rowOf(callee); ok && p.header != nil && p.header.name < len(n.Args) {
					if k := paramIndex(sig, fs.identObj(n.Args[p.header.name])); k >= 0 {
						b.header[fn] = k
					}
				}
			}
			return true
		})
	}
	return b
}

// identObj returns the object e names, if an identifier.
func (fs *flowStep) identObj(e ast.Expr) types.Object {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return fs.info.ObjectOf(id)
	}
	return nil
}

// builderHelper is a function carrying a constant status through a
// builder chain.
type builderHelper struct {
	status  int
	writer  int
	headers map[string]bool
	unknown bool // a chain header of a name that is no constant
}

// findHelpers returns the functions of units that call a builder chain
// with a constant status on a writer parameter.
func (fs *flowStep) findHelpers(units []*unit, b builderMethods) map[*types.Func]*builderHelper {
	out := map[*types.Func]*builderHelper{}
	if len(b.status) == 0 {
		return out
	}
	for _, u := range units {
		fd, ok := u.decl.(*ast.FuncDecl)
		if !ok || fd.Body == nil || u.fn == nil {
			continue
		}
		if _, isBuilder := b.status[u.fn]; isBuilder {
			continue
		}
		sig := u.fn.Type().(*types.Signature)
		before := map[string]bool{} // headers set on the writer before the chain, unconditionally
		for _, s := range fd.Body.List {
			es, ok := s.(*ast.ExprStmt)
			if !ok {
				continue
			}
			call, ok := ast.Unparen(es.X).(*ast.CallExpr)
			if !ok {
				continue
			}
			if name, w, ok := fs.headerSetOn(call); ok {
				if paramIndex(sig, w) >= 0 {
					before[name] = true
				}
				continue
			}
			h := fs.chain(call, sig, b)
			if h == nil {
				continue
			}
			for n := range before {
				h.headers[n] = true
			}
			out[u.fn] = h
			break
		}
	}
	return out
}

// headerSetOn returns the header name a call w.Header().Set(name, v) sets
// with a constant name, and w.
func (fs *flowStep) headerSetOn(call *ast.CallExpr) (string, types.Object, bool) {
	fn, _ := typeutil.Callee(fs.info, call).(*types.Func)
	if fn == nil {
		return "", nil, false
	}
	p, ok := rowOf(fn)
	if !ok || p.header == nil || p.writer != onHeader || p.header.name >= len(call.Args) {
		return "", nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", nil, false
	}
	hc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok {
		return "", nil, false
	}
	hs, ok := ast.Unparen(hc.Fun).(*ast.SelectorExpr)
	if !ok || !isHeaderAccessor(fs.info, hs) {
		return "", nil, false
	}
	name, ok := stringConst(fs.info, call.Args[p.header.name])
	return strings.ToLower(name), fs.identObj(hs.X), ok
}

// chain reads a call chain ending in call: a builder status method called
// with a constant status, on a chain rooted at a call taking a writer
// parameter of sig. It returns nil when call is no such chain.
func (fs *flowStep) chain(call *ast.CallExpr, sig *types.Signature, b builderMethods) *builderHelper {
	h := &builderHelper{writer: -1, headers: map[string]bool{}}
	for e := ast.Expr(call); ; {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return nil
		}
		fn, _ := typeutil.Callee(fs.info, c).(*types.Func)
		if fn == nil {
			return nil
		}
		sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if i, ok := b.status[fn]; ok && i < len(c.Args) {
			if s, ok := intConst(fs.info, c.Args[i]); ok && h.status == 0 {
				h.status = s
			}
		}
		if i, ok := b.header[fn]; ok && i < len(c.Args) {
			if name, ok := stringConst(fs.info, c.Args[i]); ok {
				h.headers[strings.ToLower(name)] = true
			} else {
				h.unknown = true
			}
		}
		if isSel && fs.info.Selections[sel] != nil {
			e = sel.X // a method of the chain: go down to its receiver
			continue
		}
		for _, a := range c.Args { // the root: a call taking the writer
			if isWriterType(fs.info.TypeOf(a)) {
				h.writer = paramIndex(sig, fs.identObj(a))
				break
			}
		}
		break
	}
	if h.status < 100 || h.status > 599 || h.writer < 0 {
		return nil
	}
	return h
}

// headerFact returns the header fact of a helper; nil when a header of
// its chain has a name that is no constant (its headers are unknown).
func (h *builderHelper) headerFact() *HeaderFact {
	if h.unknown {
		return nil
	}
	return &HeaderFact{Writer: int8(h.writer), Always: slices.Sorted(maps.Keys(h.headers))}
}

// builderHelpers records the package's fixed-status helpers over a
// builder as error writers' rows in local, reads again the units calling
// them, and returns their header facts for the headers step.
func (res *Result) builderHelpers(fs *flowStep, x *extractor, units []*unit, byFunc map[*types.Func]*unit, local map[*types.Func]position) map[*types.Func]*HeaderFact {
	helpers := fs.findHelpers(units, fs.findBuilders())
	if len(helpers) == 0 {
		return nil
	}
	preset := map[*types.Func]*HeaderFact{}
	changed := map[*types.Func]bool{}
	for fn, h := range helpers {
		if _, ok := local[fn]; ok {
			continue // an error writer already: its own row wins
		}
		local[fn] = errorWriterRow(-1, -1, -1, h.status, false)
		changed[fn] = true
		if f := h.headerFact(); f != nil {
			preset[fn] = f
		}
	}
	for i, u := range units {
		if hasAny(u.callees, changed) {
			units[i] = x.extract(u.file, u.decl)
			if fn := units[i].fn; fn != nil {
				byFunc[fn] = units[i]
			}
		}
	}
	return preset
}
