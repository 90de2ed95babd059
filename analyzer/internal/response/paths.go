package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// This file answers the headers step's path questions (§13, Paths) on a
// control-flow graph of one function body (go/cfg): does a header set
// reach a commit, and is it set on every path (or on every path where a
// status parameter holds S) before the status is sent? Graphs are built
// only for bodies that ask: one with a header event on a writer that is
// also committed or handed on.

// funcGraph is the control-flow graph of one function body, with where
// each of its nodes sits.
type funcGraph struct {
	g     *cfg.CFG
	spans []nodeSpan
	back  map[edgeKey]bool      // the back edges of loops (and of gotos going up)
	tags  map[ast.Expr]ast.Expr // each case expression of a tagged switch → the tag
	exits []bool                // by block index: the block ends the function (a return, or the end of the body)
}

// nodeSpan is the range of one node of a block.
type nodeSpan struct {
	pos, end token.Pos
	loc      loc
}

// loc is where a node sits in a graph: its block and its index there.
type loc struct {
	block int32
	index int
}

type edgeKey struct{ from, to int32 }

// graphCache holds the control-flow graphs of one package's function
// bodies, each built once for every step that asks (headers.go, sent.go).
type graphCache struct {
	info   *types.Info
	graphs map[*ast.BlockStmt]*funcGraph
}

func newGraphCache(info *types.Info) *graphCache {
	return &graphCache{info: info, graphs: map[*ast.BlockStmt]*funcGraph{}}
}

// of returns the graph of the function body, built once.
func (c *graphCache) of(body *ast.BlockStmt) *funcGraph {
	if g, ok := c.graphs[body]; ok {
		return g
	}
	g := newFuncGraph(c.info, body)
	c.graphs[body] = g
	return g
}

func newFuncGraph(info *types.Info, body *ast.BlockStmt) *funcGraph {
	mayReturn := func(call *ast.CallExpr) bool {
		switch fn := typeutil.Callee(info, call).(type) {
		case *types.Builtin:
			return fn.Name() != "panic"
		case *types.Func:
			return !neverReturns(fn)
		}
		return true
	}
	fg := &funcGraph{g: cfg.New(body, mayReturn), back: map[edgeKey]bool{}, tags: map[ast.Expr]ast.Expr{}}
	fg.exits = make([]bool, len(fg.g.Blocks))
	for _, b := range fg.g.Blocks {
		for i, n := range b.Nodes {
			fg.spans = append(fg.spans, nodeSpan{pos: n.Pos(), end: n.End(), loc: loc{b.Index, i}})
		}
		fg.exits[b.Index] = b.Live && len(b.Succs) == 0 && !endsInNoReturn(b, mayReturn)
	}
	fg.findBackEdges()
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a graph of its own
		case *ast.SwitchStmt:
			if n.Tag != nil {
				for _, s := range n.Body.List {
					for _, e := range s.(*ast.CaseClause).List {
						fg.tags[e] = n.Tag
					}
				}
			}
		}
		return true
	})
	return fg
}

// endsInNoReturn reports whether block b ends in a call that does not
// return (panic, os.Exit): a path ending there sends no response.
func endsInNoReturn(b *cfg.Block, mayReturn func(*ast.CallExpr) bool) bool {
	if len(b.Nodes) == 0 {
		return false
	}
	es, ok := b.Nodes[len(b.Nodes)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	return ok && !mayReturn(call)
}

// findBackEdges marks the edges that go round a loop: those a depth-first
// walk from the entry takes to a block still on its stack.
func (fg *funcGraph) findBackEdges() {
	if len(fg.g.Blocks) == 0 {
		return
	}
	const (
		unseen = iota
		onStack
		done
	)
	state := make([]uint8, len(fg.g.Blocks))
	type frame struct {
		b    *cfg.Block
		next int
	}
	stack := []frame{{b: fg.g.Blocks[0]}}
	state[0] = onStack
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next == len(top.b.Succs) {
			state[top.b.Index] = done
			stack = stack[:len(stack)-1]
			continue
		}
		s := top.b.Succs[top.next]
		top.next++
		switch state[s.Index] {
		case onStack:
			fg.back[edgeKey{top.b.Index, s.Index}] = true
		case unseen:
			state[s.Index] = onStack
			stack = append(stack, frame{b: s})
		}
	}
}

// locate returns where the node at pos sits: in the block node holding
// it. ok is false for a position in no node of the graph (inside a
// function literal's body, which has a graph of its own, is still inside
// the node holding the literal).
func (fg *funcGraph) locate(pos token.Pos) (loc, bool) {
	for _, s := range fg.spans {
		if s.pos <= pos && pos < s.end {
			return s.loc, true
		}
	}
	return loc{}, false
}

// live reports whether l is reachable from the entry.
func (fg *funcGraph) live(l loc) bool {
	return fg.g.Blocks[l.block].Live
}

// reaches reports whether control at from can go on to reach to (at
// position toPos) without going round a loop that holds to: a header set
// in a branch that returns, or before a continue of the loop holding the
// commit, does not reach it.
func (fg *funcGraph) reaches(from, to loc, toPos token.Pos) bool {
	if !fg.live(from) {
		return false
	}
	if from.block == to.block && from.index <= to.index {
		return true // before it in its block, or within the commit's own node
	}
	return fg.search(from.block, func(b int32) bool { return b == to.block }, toPos)
}

// reachesExit reports whether control at from can go on to the end of the
// function (a return, or the end of its body).
func (fg *funcGraph) reachesExit(from loc) bool {
	if !fg.live(from) {
		return false
	}
	if fg.exits[from.block] {
		return true
	}
	return fg.search(from.block, func(b int32) bool { return fg.exits[b] }, token.NoPos)
}

// search reports whether a block for which found holds is reachable from
// the successors of block from, taking no back edge of a loop holding
// within (when valid).
func (fg *funcGraph) search(from int32, found func(int32) bool, within token.Pos) bool {
	seen := make([]bool, len(fg.g.Blocks))
	queue := []int32{from}
	for len(queue) > 0 {
		b := fg.g.Blocks[queue[0]]
		queue = queue[1:]
		for _, s := range b.Succs {
			if seen[s.Index] {
				continue
			}
			if within.IsValid() && fg.back[edgeKey{b.Index, s.Index}] && s.Stmt != nil && s.Stmt.Pos() <= within && within < s.Stmt.End() {
				continue // round the loop that holds the target: a later iteration
			}
			if found(s.Index) {
				return true
			}
			seen[s.Index] = true
			queue = append(queue, s.Index)
		}
	}
	return false
}

// commits are the places of a graph where the status is sent: by block,
// the index of the first.
type commits map[int32]int

func (c commits) add(l loc) {
	if i, ok := c[l.block]; !ok || l.index < i {
		c[l.block] = l.index
	}
}

// branchFunc decides which way a block ending in a condition goes: 0 (the
// condition holds), 1 (it does not), or -1 (either).
type branchFunc func(cond ast.Node) int

// beforeCommit reports whether some path from the entry reaches at before
// the status is sent (at itself may send it), when conditions go as branch
// says (nil: any way).
func (fg *funcGraph) beforeCommit(at loc, cs commits, branch branchFunc) bool {
	if !fg.live(at) {
		return false
	}
	found := false
	fg.walk(cs, branch, func(b int32, commit int, hasCommit bool) bool {
		if b == at.block && (!hasCommit || commit >= at.index) {
			found = true
		}
		return !found
	})
	return found
}

// avoidable reports whether some path from the entry sends the status (or
// ends the function) without passing at, when conditions go as branch
// says. A path ending in panic or os.Exit sends nothing.
func (fg *funcGraph) avoidable(at loc, cs commits, branch branchFunc) bool {
	avoided := false
	fg.walk(cs, branch, func(b int32, commit int, hasCommit bool) bool {
		switch {
		case b == at.block && (!hasCommit || commit >= at.index):
			return false // at runs first on this path
		case hasCommit || fg.exits[b]:
			avoided = true
			return false
		}
		return true
	})
	return avoided
}

// walk visits the blocks reachable from the entry, each once, going on
// past a block only while visit says so (and never past a commit), and
// along the branches branch allows.
func (fg *funcGraph) walk(cs commits, branch branchFunc, visit func(b int32, commit int, hasCommit bool) bool) {
	if len(fg.g.Blocks) == 0 {
		return
	}
	seen := make([]bool, len(fg.g.Blocks))
	seen[0] = true
	queue := []*cfg.Block{fg.g.Blocks[0]}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		commit, hasCommit := cs[b.Index]
		if !visit(b.Index, commit, hasCommit) || hasCommit {
			continue
		}
		succs := b.Succs
		if branch != nil && len(succs) == 2 && len(b.Nodes) > 0 {
			switch branch(b.Nodes[len(b.Nodes)-1]) {
			case 0:
				succs = succs[:1]
			case 1:
				succs = succs[1:]
			}
		}
		for _, s := range succs {
			if !seen[s.Index] {
				seen[s.Index] = true
				queue = append(queue, s)
			}
		}
	}
}

// statusBranch returns the branchFunc of the paths where the integer
// variable v holds k: `v == K`, `v != K`, `v < K` …, `case K:` of `switch
// v`, and those joined by &&, || and !. k == otherStatus stands for a
// value equal to no constant of the conditions, of which an order test
// says nothing.
func (h *headerStep) statusBranch(fg *funcGraph, v *types.Var, k int) branchFunc {
	return func(cond ast.Node) int {
		e, ok := cond.(ast.Expr)
		if !ok {
			return -1
		}
		var val, known bool
		if tag, ok := fg.tags[e]; ok {
			val, known = h.equalsUnder(tag, e, v, k)
		} else {
			val, known = h.evalUnder(e, v, k)
		}
		switch {
		case !known:
			return -1
		case val:
			return 0
		}
		return 1
	}
}

// otherStatus stands, for statusBranch, for a status none of the
// conditions names.
const otherStatus = math.MinInt

// evalUnder evaluates the condition e where v holds k, when it can.
func (h *headerStep) evalUnder(e ast.Expr, v *types.Var, k int) (val, known bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			val, known = h.evalUnder(e.X, v, k)
			return !val, known
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			a, ka := h.evalUnder(e.X, v, k)
			b, kb := h.evalUnder(e.Y, v, k)
			short := e.Op == token.LOR // the value that decides alone
			switch {
			case ka && a == short, kb && b == short:
				return short, true
			case ka && kb:
				return !short, true
			}
		case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ:
			return h.compareUnder(e.Op, e.X, e.Y, v, k)
		}
	}
	return false, false
}

// equalsUnder evaluates x == y where v holds k: one side names v, the
// other is an integer constant.
func (h *headerStep) equalsUnder(x, y ast.Expr, v *types.Var, k int) (val, known bool) {
	return h.compareUnder(token.EQL, x, y, v, k)
}

// compareUnder evaluates x op y where v holds k: one side names v, the
// other is an integer constant.
func (h *headerStep) compareUnder(op token.Token, x, y ast.Expr, v *types.Var, k int) (val, known bool) {
	a, b := x, y
	if h.intParam(a) != v {
		a, b, op = y, x, mirror(op) // k op' c, with the sides swapped
	}
	if h.intParam(a) != v {
		return false, false
	}
	c, ok := intConst(h.x.info, b)
	if !ok {
		return false, false
	}
	if k == otherStatus {
		switch op {
		case token.EQL:
			return false, true
		case token.NEQ:
			return true, true
		}
		return false, false
	}
	switch op {
	case token.EQL:
		return k == c, true
	case token.NEQ:
		return k != c, true
	case token.LSS:
		return k < c, true
	case token.GTR:
		return k > c, true
	case token.LEQ:
		return k <= c, true
	case token.GEQ:
		return k >= c, true
	}
	return false, false
}

// statusTests returns the constants the integer variable v is compared
// with in the conditions of fg, in order, each once.
func (h *headerStep) statusTests(fg *funcGraph, v *types.Var) []int {
	var ks []int
	addK := func(x, y ast.Expr) {
		for _, pair := range [2][2]ast.Expr{{x, y}, {y, x}} {
			if h.intParam(pair[0]) == v {
				if c, ok := intConst(h.x.info, pair[1]); ok && !containsInt(ks, c) {
					ks = append(ks, c)
				}
			}
		}
	}
	var visit func(e ast.Expr)
	visit = func(e ast.Expr) {
		switch e := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			visit(e.X)
		case *ast.BinaryExpr:
			switch e.Op {
			case token.LAND, token.LOR:
				visit(e.X)
				visit(e.Y)
			case token.EQL, token.NEQ:
				addK(e.X, e.Y)
			}
		}
	}
	for _, b := range fg.g.Blocks {
		if len(b.Succs) != 2 || len(b.Nodes) == 0 {
			continue
		}
		e, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
		if !ok {
			continue
		}
		if tag, ok := fg.tags[e]; ok {
			addK(tag, e)
		} else {
			visit(e)
		}
	}
	return ks
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
