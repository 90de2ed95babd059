package response

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// Code-to-exit mappings (SPEC §12 exitcode, §13 "Exit mappings"): a switch
// or if-else chain over a code-role expression (or over transport
// failures) of at least two arms, each ending in os.Exit(N), log.Fatal*
// (1), or `return N` in a function whose result reaches os.Exit.

// exitArm is one arm of a mapping.
type exitArm struct {
	atoms []atom
	exit  int
	expr  ast.Expr // N, nil for log.Fatal*
}

// mapping is a code-to-exit mapping found in a function body.
type mapping struct {
	stmt       ast.Stmt
	at         ast.Node // where a missing-codes finding sits
	arms       []exitArm
	hasDefault bool
	overCode   bool // some arm compares a code
}

// findExitReach records the functions of this package whose result
// reaches os.Exit: os.Exit(f(…)), code := f(…); os.Exit(code), and,
// transitively, `return f(…)` in such a function.
func (c *client) findExitReach() {
	mark := func(e ast.Expr) {
		e = ast.Unparen(e)
		if id, ok := e.(*ast.Ident); ok {
			if v, ok := c.info.Uses[id].(*types.Var); ok {
				for _, call := range c.calls[v] {
					if _, fn := c.roleOf(call); fn != nil {
						c.exits[fn.Origin()] = true
					}
				}
			}
			return
		}
		if call, ok := e.(*ast.CallExpr); ok {
			if _, fn := c.roleOf(call); fn != nil {
				c.exits[fn.Origin()] = true
			}
		}
	}
	for cur := range c.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if role, _ := c.roleOf(call); role == roleExit && len(call.Args) == 1 {
			mark(call.Args[0])
		}
	}
	for range 8 {
		n := len(c.exits)
		for fn, f := range c.funcs {
			if !c.exits[fn] {
				continue
			}
			ast.Inspect(f.decl.Body, func(n ast.Node) bool {
				if _, lit := n.(*ast.FuncLit); lit {
					return false
				}
				if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) == 1 {
					mark(r.Results[0])
				}
				return true
			})
		}
		if len(c.exits) == n {
			return
		}
	}
}

// mappingsIn returns the mappings of a function body; returns says
// whether `return N` ends an arm (the function's result reaches os.Exit,
// or may in a dependent: for its fact), and sub which parameters are
// codes.
func (c *client) mappingsIn(body *ast.BlockStmt, returns bool, sub *subject) []*mapping {
	var out []*mapping
	elseIf := map[*ast.IfStmt]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		var m *mapping
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			m = &mapping{stmt: x, at: switchHead(x)}
			for _, s := range x.Body.List {
				cc := s.(*ast.CaseClause)
				if cc.List == nil {
					m.hasDefault = true
					continue
				}
				m.add(c, c.caseAtoms(x, cc, sub), cc.Body, returns)
			}
		case *ast.TypeSwitchStmt:
			m = &mapping{stmt: x, at: x.Assign}
			for _, s := range x.Body.List {
				cc := s.(*ast.CaseClause)
				if cc.List == nil {
					m.hasDefault = true
					continue
				}
				m.add(c, c.typeCaseAtoms(cc), cc.Body, returns)
			}
		case *ast.IfStmt:
			if elseIf[x] {
				return true
			}
			m = &mapping{stmt: x, at: x.Cond}
			for s := x; s != nil; {
				var atoms []atom
				c.walkCond(s.Cond, false, sub, func(a atom, neg bool) {
					if !neg && (a.kind == atomTransport || positive(a, neg)) {
						atoms = append(atoms, a)
					}
				})
				m.add(c, atoms, s.Body.List, returns)
				switch e := s.Else.(type) {
				case *ast.IfStmt:
					elseIf[e] = true
					s = e
				case *ast.BlockStmt:
					m.hasDefault = true
					s = nil
				default:
					s = nil
				}
			}
		}
		if m != nil && len(m.arms) >= 2 {
			out = append(out, m)
		}
		return true
	})
	return out
}

// returnSubject is the subject of fn's mappings: its code parameters when
// its result reaches os.Exit (a `return N` mapping over a code it is
// given), none otherwise (a command switch ending in os.Exit is no
// mapping of codes).
func (c *client) returnSubject(fn *types.Func, returns bool) *subject {
	sig, ok := fn.Type().(*types.Signature)
	if !returns || !ok {
		return nil
	}
	return codeParams(sig)
}

// switchHead is the range of "switch tag".
func switchHead(s *ast.SwitchStmt) ast.Node {
	if s.Tag != nil {
		return s.Tag
	}
	return s
}

// add records an arm when it tests something and ends in an exit.
func (m *mapping) add(c *client, atoms []atom, body []ast.Stmt, returns bool) {
	if len(atoms) == 0 || len(body) == 0 {
		return
	}
	arm := exitArm{atoms: atoms}
	var status ast.Expr // the exit status the arm ends with, when not log.Fatal's 1
	switch last := body[len(body)-1].(type) {
	case *ast.ExprStmt:
		call, ok := ast.Unparen(last.X).(*ast.CallExpr)
		if !ok {
			return
		}
		switch role, _ := c.roleOf(call); {
		case role == roleExit1:
			arm.exit = 1
		case role == roleExit && len(call.Args) == 1:
			status = call.Args[0]
		default:
			return
		}
	case *ast.ReturnStmt:
		if !returns || len(last.Results) != 1 {
			return
		}
		status = last.Results[0]
	default:
		return
	}
	if status != nil {
		n, ok := intConst(c.info, status)
		if !ok {
			return
		}
		arm.exit, arm.expr = n, status
	}
	for _, a := range atoms {
		m.overCode = m.overCode || a.kind == atomCode
	}
	m.arms = append(m.arms, arm)
}

// returnMapping returns, for a function with one integer result, the arms
// of its code-to-exit mapping, for the fact: a dependent that passes its
// result to os.Exit judges them.
func (c *client) returnMapping(fn *types.Func, body *ast.BlockStmt) ([]ExitArmFact, bool) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !isKind(sig.Results().At(0).Type(), types.IsInteger) {
		return nil, false
	}
	var arms []ExitArmFact
	def := true // an int function ends in a return: the code after its mapping is its default
	for _, m := range c.mappingsIn(body, true, codeParams(sig)) {
		for _, arm := range m.arms {
			af := ExitArmFact{Exit: arm.exit}
			for _, a := range arm.atoms {
				switch a.kind {
				case atomCode:
					for _, k := range a.codes {
						af.Codes = append(af.Codes, k.value)
					}
				case atomTransport:
					if af.Class != "timeout" {
						af.Class = a.class
					}
				}
			}
			arms = append(arms, af)
		}
	}
	if len(arms) == 0 {
		return nil, false // no arm: no mapping, whatever its shape
	}
	return arms, def
}

// classOf returns a code's class: classes: (the code beats its domain),
// else its default status's.
func (c *client) classOf(code string) (string, bool) {
	if cl, ok := c.keys.Classes[code]; ok {
		return cl, true
	}
	e, ok := c.res.Catalog.Lookup(code)
	if !ok {
		return "", false
	}
	if cl, ok := c.keys.Classes[e.Domain]; ok {
		return cl, true
	}
	cl, ok := classOfStatus[e.Statuses[0]]
	return cl, ok
}

// armClass returns the class of a transport arm's atoms: timeout when any
// says so (a Timeout() call, a deadline), network otherwise; "" with ok
// false for context.Canceled alone.
func armClass(atoms []atom) (string, bool) {
	class, ok := "", false
	for _, a := range atoms {
		if a.kind != atomTransport {
			continue
		}
		if a.class == "timeout" {
			return "timeout", true
		}
		if a.class != "" {
			class, ok = a.class, true
		}
	}
	return class, ok
}

// exitMappings judges the mappings of the user's files, under exit_codes.
func (c *client) exitMappings() {
	if len(c.keys.ExitCodes) == 0 {
		c.proposeExitCodes()
		return
	}
	for fn, f := range c.funcs {
		if !c.res.reportable[f.file] {
			continue
		}
		returns := c.exits[fn]
		if returns {
			f.fact.Checked = true
		}
		for _, m := range c.mappingsIn(f.decl.Body, returns, c.returnSubject(fn, returns)) {
			c.judge(m, f.decl.Body)
		}
	}
	// Function literals: os.Exit arms only (a literal's result has no name to follow).
	for _, root := range c.reportableFiles() {
		for cur := range root.Preorder((*ast.FuncLit)(nil)) {
			lit := cur.Node().(*ast.FuncLit)
			for _, m := range c.mappingsIn(lit.Body, false, nil) {
				c.judge(m, lit.Body)
			}
		}
	}
	c.dependencyMappings()
}

// judge reports a mapping's wrong arms, and the codes it misses.
func (c *client) judge(m *mapping, body *ast.BlockStmt) {
	covered := map[string]bool{}
	for _, arm := range m.arms {
		classes := map[string]bool{}
		type wrong struct {
			at      ast.Node
			subject string
			class   string
		}
		var wrongs []wrong
		for _, a := range arm.atoms {
			switch a.kind {
			case atomCode:
				for _, k := range a.codes {
					covered[k.value] = true
					class, ok := c.classOf(k.value)
					classes[class] = true
					if want, has := c.keys.ExitCodes[class]; ok && has && want != arm.exit {
						var at ast.Node = a.node
						if k.expr != nil {
							at = k.expr
						}
						wrongs = append(wrongs, wrong{at, k.value, class})
					}
				}
			}
		}
		// A transport arm is judged once, at what names the failure (a
		// Timeout() call beside it only makes it a timeout).
		if class, ok := armClass(arm.atoms); ok {
			classes[class] = true
			if want, has := c.keys.ExitCodes[class]; has && want != arm.exit {
				for _, a := range arm.atoms {
					if a.kind == atomTransport && !isTimeoutCall(a.node) {
						wrongs = append(wrongs, wrong{a.node, c.transportName(a), class})
						break
					}
				}
			}
		}
		for _, w := range wrongs {
			issue := ExitIssue{At: w.at, Subject: w.subject, Class: w.class, Want: c.keys.ExitCodes[w.class], Got: arm.exit, Mapping: m.stmt}
			if len(classes) == 1 && arm.expr != nil {
				issue.Fix = c.exitFix(arm.expr, issue.Want)
			}
			c.out.exits = append(c.out.exits, issue)
		}
	}
	if !m.overCode || m.hasDefault || c.continuesToExit(m.stmt, body) {
		return
	}
	var missing []string
	for _, e := range c.res.Catalog.Entries {
		if covered[e.Code] {
			continue
		}
		if class, ok := c.classOf(e.Code); ok {
			if _, has := c.keys.ExitCodes[class]; has {
				missing = append(missing, e.Code)
			}
		}
	}
	if len(missing) > 0 {
		issue := ExitIssue{At: m.at, Mapping: m.stmt, NMissing: len(missing)}
		issue.Missing = missing[:min(5, len(missing))]
		c.out.exits = append(c.out.exits, issue)
	}
}

// transportName names the failure a transport atom tests, for messages.
func (c *client) transportName(a atom) string {
	switch x := a.node.(type) {
	case *ast.CallExpr:
		if len(x.Args) == 2 {
			if u, ok := ast.Unparen(x.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
				return types.TypeString(c.info.TypeOf(u.X), func(p *types.Package) string { return p.Name() })
			}
			return types.ExprString(x.Args[1])
		}
		return types.ExprString(x.Fun)
	case ast.Expr:
		return types.ExprString(x)
	}
	return "the transport failure"
}

// exitFix rewrites the exit status expr to want: for a named constant, a
// constant of this package with that value, else the number.
func (c *client) exitFix(expr ast.Expr, want int) *analysis.SuggestedFix {
	text := strconv.Itoa(want)
	if id := identOf(expr); id != nil {
		if k, ok := c.info.Uses[id].(*types.Const); ok {
			scope := c.pass.Pkg.Scope()
			for _, name := range scope.Names() {
				o, ok := scope.Lookup(name).(*types.Const)
				if ok && types.Identical(o.Type(), k.Type()) && o.Val().Kind() == constant.Int {
					if v, exact := constant.Int64Val(o.Val()); exact && v == int64(want) {
						text = name
						break
					}
				}
			}
		}
	}
	return &analysis.SuggestedFix{
		Message:   "Exit with " + text,
		TextEdits: []analysis.TextEdit{{Pos: expr.Pos(), End: expr.End(), NewText: []byte(text)}},
	}
}

// continuesToExit reports whether control after the mapping stmt reaches
// another exit or a return of a value: then a code the mapping misses is
// handled there.
func (c *client) continuesToExit(stmt ast.Stmt, body *ast.BlockStmt) bool {
	root, ok := c.cursorOf(body)
	if !ok {
		return true
	}
	cur, ok := root.FindNode(stmt)
	if !ok {
		return true
	}
	for ; cur.Valid() && cur.Node() != body; cur = cur.Parent() {
		for sib, ok := cur.NextSibling(); ok; sib, ok = sib.NextSibling() {
			if c.exitsOrReturns(sib.Node()) {
				return true
			}
		}
	}
	return false
}

// exitsOrReturns reports whether n holds an exit call or a return of a
// value.
func (c *client) exitsOrReturns(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = found || len(x.Results) > 0
		case *ast.CallExpr:
			if role, _ := c.roleOf(x); role == roleExit || role == roleExit1 {
				found = true
			}
		}
		return !found
	})
	return found
}

// dependencyMappings judges, at each os.Exit(f(…)) of the user's files,
// the mapping of a function f of another package that its fact carries
// and that was not judged where it is declared. No fix: the arm is not in
// this package.
func (c *client) dependencyMappings() {
	for _, root := range c.reportableFiles() {
		for cur := range root.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			if role, _ := c.roleOf(call); role != roleExit || len(call.Args) != 1 {
				continue
			}
			for _, fn := range c.exitCallees(call.Args[0]) {
				if fn.Pkg() == c.pass.Pkg {
					continue
				}
				fact := c.factOf(fn)
				if fact == nil || fact.Checked || len(fact.Exits) < 2 {
					continue
				}
				c.judgeFact(call, fn, fact)
			}
		}
	}
}

// exitCallees returns the functions whose result the os.Exit argument e is.
func (c *client) exitCallees(e ast.Expr) []*types.Func {
	var calls []*ast.CallExpr
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		calls = []*ast.CallExpr{x}
	case *ast.Ident:
		if v, ok := c.info.Uses[x].(*types.Var); ok {
			calls = c.calls[v]
		}
	}
	var out []*types.Func
	for _, call := range calls {
		if _, fn := c.roleOf(call); fn != nil {
			out = append(out, fn.Origin())
		}
	}
	return out
}

// judgeFact reports the wrong arms of a dependency's mapping at call.
func (c *client) judgeFact(call *ast.CallExpr, fn *types.Func, fact *ClientFact) {
	name := fn.Pkg().Name() + "." + fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		name = fn.FullName()
	}
	for _, arm := range fact.Exits {
		report := func(subject, class string) {
			if want, has := c.keys.ExitCodes[class]; has && want != arm.Exit {
				c.out.exits = append(c.out.exits, ExitIssue{At: call, Subject: subject, Class: class, Want: want, Got: arm.Exit, Callee: name})
			}
		}
		for _, code := range arm.Codes {
			if class, ok := c.classOf(code); ok {
				report(code, class)
			}
		}
		if arm.Class != "" && len(arm.Codes) == 0 {
			report(fmt.Sprintf("a %s failure", arm.Class), arm.Class)
		}
	}
}

// isTimeoutCall reports whether n is a call of a Timeout() method.
func isTimeoutCall(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Timeout" && len(call.Args) == 0
}

// proposeExitCodes records, where no exit_codes applies, the exit status
// the package's mappings use most for each class, and where the first
// mapping is (errlint init proposes exit_codes from them). Codes count
// here under any catalog: init runs before one is configured.
func (c *client) proposeExitCodes() {
	on := c.on
	c.on = len(c.res.Catalog.Entries) > 0
	defer func() { c.on = on }()
	votes := map[string]map[int]int{}
	vote := func(class string, exit int) {
		if votes[class] == nil {
			votes[class] = map[int]int{}
		}
		votes[class][exit]++
	}
	for fn, f := range c.funcs {
		if !c.res.reportable[f.file] {
			continue
		}
		for _, m := range c.mappingsIn(f.decl.Body, c.exits[fn], c.returnSubject(fn, c.exits[fn])) {
			if p := c.pass.Fset.Position(m.stmt.Pos()); !c.out.mappingAt.IsValid() || p.Filename < c.out.mappingAt.Filename ||
				p.Filename == c.out.mappingAt.Filename && p.Line < c.out.mappingAt.Line {
				c.out.mappingAt = p
			}
			for _, arm := range m.arms {
				if class, ok := armClass(arm.atoms); ok {
					vote(class, arm.exit)
				}
				for _, a := range arm.atoms {
					for _, k := range a.codes {
						if class, ok := c.classOf(k.value); ok {
							vote(class, arm.exit)
						}
					}
				}
			}
		}
	}
	for class, byExit := range votes {
		best, n := 0, 0
		for exit, k := range byExit {
			if k > n || k == n && exit < best {
				best, n = exit, k
			}
		}
		if c.out.proposed == nil {
			c.out.proposed = map[string]int{}
		}
		c.out.proposed[class] = best
	}
}
