package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Retry loops (SPEC §12 retrydecision, §13 "What a retry condition
// retries"): a for loop that repeats a request and goes round again after
// a sleep, a timer or a backoff call; a retry library's Retry with the
// operation it repeats; a retry library's check function. Their retry
// conditions are judged on the codes they name positively, and on 429 and
// 503 against the rate-limit headers the loop reads.

// retryLoops finds the retry loops of the user's files and judges their
// retry conditions.
func (c *client) retryLoops() {
	for _, root := range c.reportableFiles() {
		for cur := range root.Preorder((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
			switch x := cur.Node().(type) {
			case *ast.ForStmt:
				c.loop(cur, x.Body)
			case *ast.RangeStmt:
				c.loop(cur, x.Body)
			case *ast.CallExpr:
				if role, _ := c.roleOf(x); role == roleRetry && len(x.Args) > 0 {
					c.libraryRetry(x.Args[0])
				}
			case *ast.AssignStmt:
				c.checkRetry(x)
			}
		}
	}
}

// retryCond is a condition under which a loop goes round again; neg says
// it is the negation of cond (an early exit before the wait).
type retryCond struct {
	cond  ast.Expr
	neg   bool
	atoms []atom // a case clause's atoms, instead of cond
}

// loop judges a for loop that requests and waits.
func (c *client) loop(cur inspector.Cursor, body *ast.BlockStmt) {
	if !c.hasCall(body, isRequest) || !c.hasCall(body, isWait) {
		return
	}
	var conds []retryCond
	bodyCur, ok := cur.FindNode(body)
	if !ok {
		return
	}
	for s := range bodyCur.Preorder((*ast.IfStmt)(nil), (*ast.CaseClause)(nil)) {
		if !c.directlyIn(s, cur) {
			continue
		}
		switch x := s.Node().(type) {
		case *ast.IfStmt:
			switch {
			case continues(x.Body):
				if !c.recovers(x.Body) {
					conds = append(conds, retryCond{cond: x.Cond})
				}
			case leaves(x.Body) && c.waitsAfter(s, cur):
				conds = append(conds, retryCond{cond: x.Cond, neg: true})
			}
		case *ast.CaseClause:
			sw, ok := s.Parent().Parent().Node().(*ast.SwitchStmt)
			if !ok || !continues(&ast.BlockStmt{List: x.Body}) || c.recovers(&ast.BlockStmt{List: x.Body}) {
				continue
			}
			if sw.Tag == nil {
				for _, e := range x.List {
					conds = append(conds, retryCond{cond: e})
				}
			} else {
				conds = append(conds, retryCond{atoms: c.caseAtoms(sw, x, nil)})
			}
		}
	}
	c.judgeRetry(conds, c.readsRateLimit(body), true)
}

// directlyIn reports whether s belongs to the loop at loop itself, not to
// a nested loop or function literal.
func (c *client) directlyIn(s, loop inspector.Cursor) bool {
	for p := s.Parent(); p.Valid(); p = p.Parent() {
		if p == loop {
			return true
		}
		switch p.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			return false
		}
	}
	return false
}

// continues reports whether a branch ends by going round again: an
// unlabelled continue as its last statement.
func continues(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	br, ok := b.List[len(b.List)-1].(*ast.BranchStmt)
	return ok && br.Tok == token.CONTINUE && br.Label == nil
}

// leaves reports whether a branch leaves the loop: it ends in a return or
// a break.
func leaves(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch x := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return x.Tok == token.BREAK && x.Label == nil
	}
	return false
}

// waitsAfter reports whether a statement after s in the loop body waits:
// the loop falls through to a sleep and the next iteration.
func (c *client) waitsAfter(s, loop inspector.Cursor) bool {
	for cur := s; cur.Valid() && cur != loop; cur = cur.Parent() {
		for sib, ok := cur.NextSibling(); ok; sib, ok = sib.NextSibling() {
			if c.hasCall(sib.Node(), isWait) {
				return true
			}
		}
	}
	return false
}

// recovers reports whether a retry branch calls a function of the user's
// code other than a sleep, a backoff or a rate-limit reader before going
// round (a re-login): a recovery, not a retry.
func (c *client) recovers(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return !found
		}
		role, fn := c.roleOf(call)
		if role == roleWait {
			return false // its arguments compute the delay: a backoff
		}
		if fn == nil || fn.Pkg() == nil || !c.userPackage(fn.Pkg().Path()) {
			return !found
		}
		if f := c.factOf(fn); f != nil && (f.Waits || f.ReadsRateLimit) {
			return false
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Results().Len() == 1 && isDuration(sig.Results().At(0).Type()) {
			return false // computes a delay
		}
		found = true
		return false
	})
	return found
}

// judgeRetry reports the retry conditions' non-retryable codes, and their
// 429/503 when the loop reads no rate-limit header (askRateLimit false
// where a library's backoff reads it).
func (c *client) judgeRetry(conds []retryCond, readsRateLimit, askRateLimit bool) {
	throttledAt := map[int]bool{}
	// throttle reports a retry on s, a throttling status, once per status.
	throttle := func(at ast.Node, code string, s int) {
		if slices.Contains(throttleStatuses, s) && askRateLimit && !readsRateLimit && !throttledAt[s] {
			throttledAt[s] = true
			c.out.retries = append(c.out.retries, RetryIssue{At: at, Code: code, Status: s})
		}
	}
	visit := func(a atom, neg bool) {
		if positive(a, neg) {
			for _, k := range a.codes {
				e, ok := c.res.Catalog.Lookup(k.value)
				if !ok {
					continue
				}
				at := a.node
				if k.expr != nil {
					at = k.expr
				}
				if !e.Retryable && !asksToRetry(e) {
					c.out.retries = append(c.out.retries, RetryIssue{At: at, Code: k.value})
				}
				throttle(at, k.value, e.Statuses[0])
			}
		}
		throttle(a.node, "", throttled(a, neg))
	}
	for _, rc := range conds {
		if rc.cond != nil {
			c.walkCond(rc.cond, rc.neg, nil, visit)
		}
		for _, a := range rc.atoms {
			visit(a, false)
		}
	}
}

// funcBody returns the body of the operation a retry library repeats: a
// function literal, or a function of this package.
func (c *client) funcBody(e ast.Expr) *ast.BlockStmt {
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return x.Body
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := c.info.Uses[identOf(x)].(*types.Func); ok {
			if f, ok := c.funcs[fn]; ok {
				return f.decl.Body
			}
		}
		if v, ok := c.info.Uses[identOf(x)].(*types.Var); ok && !c.assigned[v] {
			if lit, ok := ast.Unparen(c.inits[v]).(*ast.FuncLit); ok {
				return lit.Body
			}
		}
	}
	return nil
}

// guardConds appends to conds the conditions that guard cur, each a
// retry condition of what cur does (a return of an error to retry).
func (c *client) guardConds(cur inspector.Cursor, conds []retryCond) []retryCond {
	c.guards(cur, nil, func(cond ast.Expr, neg bool) {
		conds = append(conds, retryCond{cond: cond, neg: neg})
	}, func(atoms []atom) {
		conds = append(conds, retryCond{atoms: atoms})
	})
	return conds
}

// libraryRetry judges the operation a retry library repeats (cenkalti's
// backoff.Retry): every return of an error that is not Permanent is a
// retry, under the conditions that guard it.
func (c *client) libraryRetry(op ast.Expr) {
	body := c.funcBody(op)
	if body == nil || !c.hasCall(body, isRequest) {
		return
	}
	var conds []retryCond
	for cur, ret := range c.returnsIn(body) {
		r := ast.Unparen(ret.Results[len(ret.Results)-1])
		if tv, ok := c.info.Types[r]; ok && tv.IsNil() {
			continue // success
		}
		if call, ok := r.(*ast.CallExpr); ok {
			if role, _ := c.roleOf(call); role == rolePermanent {
				continue // not retried
			}
		}
		conds = c.guardConds(cur, conds)
	}
	c.judgeRetry(conds, c.readsRateLimit(body), true)
}

// checkRetry judges a function assigned to a retry library's check field
// (retryablehttp's CheckRetry) as a retry condition: the codes it returns
// true for. The library's own backoff honours Retry-After, so only codes
// are judged.
func (c *client) checkRetry(x *ast.AssignStmt) {
	if len(x.Lhs) != 1 || len(x.Rhs) != 1 {
		return
	}
	sel, ok := ast.Unparen(x.Lhs[0]).(*ast.SelectorExpr)
	if !ok {
		return
	}
	s := c.info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || !retryCheckFields[typeKey(ownerOf(s))+"."+sel.Sel.Name] {
		return
	}
	body := c.funcBody(x.Rhs[0])
	if body == nil {
		return
	}
	var conds []retryCond
	for cur, ret := range c.returnsIn(body) {
		r := ret.Results[0]
		switch {
		case isBoolConst(c.info, r, true):
			conds = c.guardConds(cur, conds)
		case !isBoolConst(c.info, r, false):
			conds = append(conds, retryCond{cond: r})
		}
	}
	c.judgeRetry(conds, true, false)
}
