package response

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strings"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// The client side (SPEC §12, §13 "Clients"): comparisons with codes are
// code positions, code-to-exit mappings and retry loops. The step runs
// after the server side's and reads the same error types and bound
// identifiers; what crosses packages is one ClientFact per function (or
// per decoded type).

// ClientFact is what a function of the user's code does on the client
// side, for the packages that call it; on a type, that it is decoded from
// an *http.Response body.
type ClientFact struct {
	Request        bool          // makes an HTTP request, transitively
	Waits          bool          // sleeps or waits for a timer (a backoff helper), transitively
	ReadsRateLimit bool          // reads Retry-After or a rate-limit header of a response it gets or is given
	Retries        []string      // as a predicate: the codes it returns true for, named positively
	RetriesStatus  []int         // as a predicate: 429 or 503 when it returns true for them
	Exits          []ExitArmFact // as a code-to-exit mapping: its arms
	ExitDefault    bool          // the mapping has a default (or code after it that exits)
	Checked        bool          // the mapping was judged where it is declared
	Decoded        bool          // a type: decoded from a response body; a function: returns one
}

// ExitArmFact is one arm of a code-to-exit mapping.
type ExitArmFact struct {
	Codes []string
	Class string // a transport arm's class
	Exit  int
}

func (*ClientFact) AFact() {}

func (f *ClientFact) String() string {
	var parts []string
	add := func(ok bool, s string) {
		if ok {
			parts = append(parts, s)
		}
	}
	add(f.Request, "request")
	add(f.Waits, "waits")
	add(f.ReadsRateLimit, "reads-rate-limit")
	add(len(f.Retries) > 0, "retries "+strings.Join(f.Retries, ","))
	add(len(f.RetriesStatus) > 0, fmt.Sprint("retries-status ", f.RetriesStatus))
	for _, a := range f.Exits {
		parts = append(parts, fmt.Sprintf("exit %d for %s%s", a.Exit, strings.Join(a.Codes, ","), a.Class))
	}
	add(f.Decoded, "decoded")
	return "client(" + strings.Join(parts, " ") + ")"
}

// StatusConflict is a comparison with a catalog code under a condition
// that requires a status the catalog never sends it with: a branch never
// taken (statusmismatch).
type StatusConflict struct {
	At     ast.Expr // the code constant
	Entry  *catalog.Entry
	Status int
}

// ExitIssue is an arm of a code-to-exit mapping whose exit status is not
// the one exit_codes gives the class of its code.
type ExitIssue struct {
	At       ast.Node // the code's case expression; the os.Exit call for a dependency's mapping
	Subject  string   // the code, or the transport failure ("*url.Error")
	Class    string
	Want     int
	Got      int
	Fix      *analysis.SuggestedFix // nil when the arm mixes classes, or the mapping is a dependency's
	Callee   string                 // the dependency's function, for its mapping
	Mapping  ast.Node
	Missing  []string // a missing-codes finding (At is the switch): the codes
	NMissing int
}

// RetryIssue is a retry condition that retries a code the catalog marks
// not retryable (Code set), or 429/503 without reading Retry-After
// (Status set).
type RetryIssue struct {
	At     ast.Node
	Code   string
	Status int
}

// clientResult is the client step's answer for a package.
type clientResult struct {
	conflicts []StatusConflict
	exits     []ExitIssue
	retries   []RetryIssue

	// siblings are, for a compared constant that is a case expression or
	// a key of a map literal, the constants beside it: a fix to one of
	// them would not compile (a duplicate case or key).
	siblings map[ast.Expr][]string

	proposed  map[string]int // where no exit_codes applies: the exit status per class the mappings use most
	mappingAt token.Position // the first mapping, for errlint init
}

// ProposedExitCodes returns, where no exit_codes applies, the exit status
// per class that the package's code-to-exit mappings use most, and where
// the first mapping is; nil when it has none (errlint init proposes
// exit_codes from them).
func (r *Result) ProposedExitCodes() (map[string]int, token.Position) {
	if r.client == nil {
		return nil, token.Position{}
	}
	return r.client.proposed, r.client.mappingAt
}

// FixCollides reports whether replacing the compared constant c by code
// would duplicate a case of its switch or a key of its map literal.
func (r *Result) FixCollides(c *Code, code string) bool {
	if r.client == nil {
		return false
	}
	return slices.Contains(r.client.siblings[c.Expr], code)
}

// StatusConflicts returns the comparisons of §12 that a status condition
// makes impossible.
func (r *Result) StatusConflicts() []StatusConflict {
	if r.client == nil {
		return nil
	}
	return r.client.conflicts
}

// ExitIssues returns the code-to-exit mappings' wrong arms and missing
// codes, under exit_codes.
func (r *Result) ExitIssues() []ExitIssue {
	if r.client == nil {
		return nil
	}
	return r.client.exits
}

// RetryIssues returns the retry conditions of the package's retry loops
// that retry what the catalog says not to, or 429/503 blind.
func (r *Result) RetryIssues() []RetryIssue {
	if r.client == nil {
		return nil
	}
	return r.client.retries
}

// client is the client step's state for one package.
type client struct {
	pass     *analysis.Pass
	info     *types.Info
	et       *errTypes
	bound    *bindings
	res      *Result
	insp     *inspector.Inspector
	cursors  map[ast.Node]inspector.Cursor // files and function bodies (cursorOf)
	modules  []string
	keys     config.ClientKeys
	on       bool // a catalog is configured or found: comparisons count
	decoded  map[types.Type]bool
	inits    map[*types.Var]ast.Expr
	assigned map[*types.Var]bool
	calls    map[*types.Var][]*ast.CallExpr // calls assigned to a variable
	funcs    map[*types.Func]*clientFunc
	exits    map[*types.Func]bool // functions whose result reaches os.Exit here
	out      clientResult
}

// clientFunc is a function of this package and its fact so far.
type clientFunc struct {
	decl *ast.FuncDecl
	file *ast.File
	fact ClientFact
}

// clientStep runs the client side on a package of the user's code: its
// facts, and its findings.
func (res *Result) clientStep(pass *analysis.Pass, et *errTypes, bound *bindings, modules []string, keys config.ClientKeys) {
	c := &client{
		pass: pass, info: pass.TypesInfo, et: et, bound: bound, res: res, insp: res.insp,
		modules: modules, keys: keys,
		on:       !res.Implicit && len(res.Catalog.Entries) > 0,
		decoded:  map[types.Type]bool{},
		inits:    map[*types.Var]ast.Expr{},
		assigned: map[*types.Var]bool{},
		calls:    map[*types.Var][]*ast.CallExpr{},
		funcs:    map[*types.Func]*clientFunc{},
		exits:    map[*types.Func]bool{},
	}
	res.client = &c.out
	if !c.mayHoldClientCode() {
		return // no comparison, request, wait, exit or candidate predicate: nothing to find or export
	}
	if c.insp == nil {
		c.insp = inspector.New(pass.Files)
	}
	c.scan()
	c.inferFuncs()
	c.findExitReach()
	c.comparisons()
	c.exitMappings()
	c.retryLoops()
	for fn, f := range c.funcs {
		if f.fact.String() != (&ClientFact{}).String() {
			fact := f.fact
			pass.ExportObjectFact(fn, &fact)
		}
	}
	for t := range c.decoded {
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == pass.Pkg {
			pass.ExportObjectFact(n.Obj(), &ClientFact{Decoded: true})
		}
	}
	byPos := func(a, b ast.Node) int { return int(a.Pos()) - int(b.Pos()) }
	slices.SortStableFunc(c.out.conflicts, func(a, b StatusConflict) int { return byPos(a.At, b.At) })
	slices.SortStableFunc(c.out.exits, func(a, b ExitIssue) int { return byPos(a.At, b.At) })
	slices.SortStableFunc(c.out.retries, func(a, b RetryIssue) int { return byPos(a.At, b.At) })
}

// mayHoldClientCode reports whether the package can hold anything of the
// client step's, a finding or a fact a dependent needs, so that the step
// walks only packages that compare codes, loop over requests, exit, or
// declare a predicate or mapping (SPEC §12 "Performance"). It reads the
// type checker's maps, signatures and the facts in reach, never a body:
//   - a use of a client row that starts something (a request, a wait, an
//     exit, a header read, a retry library), of a function or method of a
//     package carrying a ClientFact, or of a bound sentinel of another
//     package;
//   - a field of net/http's Response (its Body decoded, its StatusCode or
//     Header read), of an error type (its code or status), of a type of a
//     package carrying a ClientFact (decoded there), or a retry library's
//     check field;
//   - a function with a boolean first result or one integer result and a
//     string, integer or error parameter: a predicate or a mapping, whose
//     fact a dependent reads, wherever its package stands;
//   - identifiers bound to codes by a Go catalog or a sentinel here.
func (c *client) mayHoldClientCode() bool {
	if len(c.bound.sentinels) > 0 || len(c.bound.catalogs) > 0 {
		return true
	}
	withFacts, withSentinels := map[*types.Package]bool{}, map[*types.Package]bool{}
	for _, f := range c.pass.AllObjectFacts() {
		if f.Object == nil || f.Object.Pkg() == nil {
			continue
		}
		switch f.Fact.(type) {
		case *ClientFact:
			withFacts[f.Object.Pkg()] = true
		case *SentinelFact:
			withSentinels[f.Object.Pkg()] = true
		}
	}
	for _, obj := range c.info.Uses {
		switch o := obj.(type) {
		case *types.Func:
			if role, _ := lookupMember(clientRoles, o); startsClientCode(role) || withFacts[o.Pkg()] {
				return true
			}
		case *types.Var:
			if !o.IsField() && withSentinels[o.Pkg()] && o.Pkg() != c.pass.Pkg {
				return true
			}
		}
	}
	for _, s := range c.info.Selections {
		if s.Kind() != types.FieldVal {
			continue
		}
		owner := ownerOf(s)
		if owner == nil {
			continue
		}
		if isResponseType(owner) || c.et.lookup(owner) != nil || withFacts[s.Obj().Pkg()] ||
			retryCheckFields[typeKey(owner)+"."+s.Obj().Name()] {
			return true
		}
	}
	for _, obj := range c.info.Defs {
		if fn, ok := obj.(*types.Func); ok && mayJudgeCodes(fn) {
			return true
		}
	}
	return false
}

// startsClientCode reports whether a row of role can, by itself, make its
// caller client code: the other rows (decoding, membership) matter only
// beside a response or a code.
func startsClientCode(role clientRole) bool {
	switch role {
	case roleRequest, roleWait, roleExit, roleExit1, roleHeaderGet, roleRetry, rolePermanent:
		return true
	}
	return false
}

// mayJudgeCodes reports whether fn's signature lets it be a retry
// predicate (a boolean first result) or a code-to-exit mapping (one
// integer result) over a parameter: a string or integer (a code) or an
// error.
func mayJudgeCodes(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return false
	}
	first := sig.Results().At(0).Type()
	if !isKind(first, types.IsBoolean) && !(sig.Results().Len() == 1 && isKind(first, types.IsInteger)) {
		return false
	}
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if isKind(t, types.IsString|types.IsInteger) || types.Identical(t, errorType) {
			return true
		}
	}
	return false
}

// isTest reports whether f is a test file, which errlint never reads for
// findings.
func (c *client) isTest(f *ast.File) bool {
	return strings.HasSuffix(c.pass.Fset.Position(f.Pos()).Filename, "_test.go")
}

// scan records the package's functions, the initialisers and assignments
// of variables, and the types decoded from response bodies.
func (c *client) scan() {
	for _, f := range c.pass.Files {
		if c.isTest(f) {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := c.info.Defs[fd.Name].(*types.Func); ok {
					c.funcs[fn] = &clientFunc{decl: fd, file: f}
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.ValueSpec:
				for i, name := range x.Names {
					if v, ok := c.info.Defs[name].(*types.Var); ok && i < len(x.Values) && len(x.Values) == len(x.Names) {
						c.inits[v] = x.Values[i]
					}
				}
			case *ast.AssignStmt:
				c.assignment(x)
			case *ast.CallExpr:
				c.decode(x)
			}
			return true
		})
	}
}

// assignment records what an assignment gives its variables.
func (c *client) assignment(x *ast.AssignStmt) {
	for i, lhs := range x.Lhs {
		var v *types.Var
		switch l := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			v, _ = c.info.ObjectOf(l).(*types.Var)
		case *ast.IndexExpr:
			if id := identOf(l.X); id != nil {
				if mv, ok := c.info.Uses[id].(*types.Var); ok {
					c.assigned[mv] = true // a map or slice changed after its literal
				}
			}
		}
		if v == nil {
			continue
		}
		var rhs ast.Expr
		switch {
		case len(x.Rhs) == len(x.Lhs):
			rhs = x.Rhs[i]
		case len(x.Rhs) == 1 && i == 0:
			rhs = x.Rhs[0] // b, err := io.ReadAll(r)
		}
		if x.Tok == token.DEFINE && c.info.Defs[ast.Unparen(lhs).(*ast.Ident)] != nil {
			if rhs != nil {
				c.inits[v] = rhs
			}
		} else {
			c.assigned[v] = true
		}
		if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok {
			c.calls[v] = append(c.calls[v], call)
		}
	}
}

// roleOf returns the client row of a call's callee.
func (c *client) roleOf(call *ast.CallExpr) (clientRole, *types.Func) {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	if fn == nil {
		return 0, nil
	}
	role, _ := lookupMember(clientRoles, fn)
	return role, fn
}

// decode records the type a response body is decoded into:
// json.NewDecoder(resp.Body).Decode(&v), or json.Unmarshal(b, &v) of b
// read from resp.Body by io.ReadAll; or the types of another package's
// function that returns a decoded body (by its fact: the type may be
// declared in a third package, which carries no fact of it).
func (c *client) decode(call *ast.CallExpr) {
	role, fn := c.roleOf(call)
	if fn != nil && fn.Pkg() != c.pass.Pkg {
		if f := c.factOf(fn); f != nil && f.Decoded {
			for i := range fn.Signature().Results().Len() {
				c.markDecoded(fn.Signature().Results().At(i).Type(), 0)
			}
			return
		}
	}
	var src, dst ast.Expr
	switch role {
	case roleDecode:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || len(call.Args) != 1 {
			return
		}
		src, dst = c.producedBy(sel.X, roleNewDecoder), call.Args[0]
	case roleUnmarshal:
		if len(call.Args) != 2 {
			return
		}
		src, dst = c.producedBy(call.Args[0], roleReadAll), call.Args[1]
	default:
		return
	}
	if src == nil || !c.isResponseBody(src) {
		return
	}
	if t, ok := c.info.TypeOf(dst).(*types.Pointer); ok {
		c.markDecoded(t.Elem(), 0)
	}
}

// producedBy returns the argument 0 of the call of role that e is (or that
// the variable e names was initialised with).
func (c *client) producedBy(e ast.Expr, role clientRole) ast.Expr {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := c.info.Uses[id].(*types.Var); ok {
			e = ast.Unparen(c.inits[v])
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return nil
	}
	if r, _ := c.roleOf(call); r != role {
		return nil
	}
	return call.Args[0]
}

// isResponseBody reports whether e is the Body of an *http.Response.
func (c *client) isResponseBody(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Body" {
		return false
	}
	s := c.info.Selections[sel]
	return s != nil && s.Kind() == types.FieldVal && isResponseType(ownerOf(s))
}

// markDecoded records t, and the struct types of its fields, as decoded
// from a response body (an envelope's nested "error" object is too).
func (c *client) markDecoded(t types.Type, depth int) {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if depth > 3 || c.decoded[t] {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	c.decoded[t] = true
	for i := range st.NumFields() {
		c.markDecoded(st.Field(i).Type(), depth+1)
	}
}

// isDecoded reports whether values of t are decoded from a response body,
// here or, by fact, where t is declared.
func (c *client) isDecoded(t types.Type) bool {
	t = types.Unalias(t)
	if c.decoded[t] {
		return true
	}
	n, ok := t.(*types.Named)
	if !ok {
		return false
	}
	f := imported[ClientFact](c.pass, n.Obj())
	return f != nil && f.Decoded
}

// factOf returns the client fact of a function: this package's so far,
// or imported.
func (c *client) factOf(fn *types.Func) *ClientFact {
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	if f, ok := c.funcs[fn]; ok {
		return &f.fact
	}
	return imported[ClientFact](c.pass, fn)
}

// inferFuncs computes the facts of this package's functions, to a fixed
// point over the calls between them. Each body is walked once (infer);
// the fixed point runs over the calls of the package's own functions it
// recorded.
func (c *client) inferFuncs() {
	local := map[*clientFunc][]*clientFunc{}
	for _, f := range c.funcs {
		local[f] = c.infer(f)
	}
	for range len(c.funcs) + 1 {
		changed := false
		for f, callees := range local {
			for _, g := range callees {
				req, wait, rl := f.fact.Request || g.fact.Request, f.fact.Waits || g.fact.Waits, f.fact.ReadsRateLimit || g.fact.ReadsRateLimit
				if req != f.fact.Request || wait != f.fact.Waits || rl != f.fact.ReadsRateLimit {
					f.fact.Request, f.fact.Waits, f.fact.ReadsRateLimit = req, wait, rl
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	for fn, f := range c.funcs {
		f.fact.Decoded = c.returnsDecoded(fn)
		f.fact.Retries, f.fact.RetriesStatus = c.predicate(fn, f.decl.Type, f.decl.Body)
		f.fact.Exits, f.fact.ExitDefault = c.returnMapping(fn, f.decl.Body)
	}
}

// returnsDecoded reports whether a result of fn is (behind a pointer) a
// struct type decoded from a response body in this package.
func (c *client) returnsDecoded(fn *types.Func) bool {
	res := fn.Signature().Results()
	for i := range res.Len() {
		t := types.Unalias(res.At(i).Type())
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		if c.decoded[t] {
			return true
		}
	}
	return false
}

// infer computes what f's body does itself, and what the facts of the
// functions of other packages it calls add: requests, waits, rate-limit
// reads. It returns the package's own functions it calls, whose facts
// inferFuncs adds to a fixed point.
func (c *client) infer(f *clientFunc) []*clientFunc {
	var local []*clientFunc
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			role, fn := c.roleOf(x)
			switch role {
			case roleRequest:
				f.fact.Request = true
			case roleWait:
				f.fact.Waits = true
			case roleHeaderGet:
				if len(x.Args) == 1 && c.isRateLimitName(x.Args[0]) {
					f.fact.ReadsRateLimit = true
				}
			}
			if fn == nil {
				break
			}
			if g, ok := c.funcs[fn.Origin()]; ok {
				if g != f {
					local = append(local, g)
				}
			} else if g := c.factOf(fn); g != nil {
				f.fact.Request = f.fact.Request || g.Request
				f.fact.Waits = f.fact.Waits || g.Waits
				f.fact.ReadsRateLimit = f.fact.ReadsRateLimit || g.ReadsRateLimit
			}
		case *ast.IndexExpr:
			if isHeaderType(c.info.TypeOf(x.X)) && c.isRateLimitName(x.Index) {
				f.fact.ReadsRateLimit = true
			}
		}
		return true
	})
	return local
}

// isRateLimitName reports whether e is the constant name of a header that
// says when to retry.
func (c *client) isRateLimitName(e ast.Expr) bool {
	s, ok := stringConst(c.info, e)
	if !ok {
		return false
	}
	return slices.ContainsFunc(rateLimitHeaders, func(h string) bool { return strings.EqualFold(h, s) })
}

// readsRateLimit reports whether n reads a rate-limit header, directly or
// by calling a function that does (or that makes the request and reads
// the header of its response).
func (c *client) readsRateLimit(n ast.Node) bool {
	for n := range ast.Preorder(n) {
		switch x := n.(type) {
		case *ast.CallExpr:
			role, fn := c.roleOf(x)
			if role == roleHeaderGet && len(x.Args) == 1 && c.isRateLimitName(x.Args[0]) {
				return true
			}
			if f := c.factOf(fn); f != nil && f.ReadsRateLimit {
				return true
			}
		case *ast.IndexExpr:
			if isHeaderType(c.info.TypeOf(x.X)) && c.isRateLimitName(x.Index) {
				return true
			}
		}
	}
	return false
}

// hasCall reports whether n calls (outside function literals when
// noLits) a function for which match holds.
func (c *client) hasCall(n ast.Node, match func(clientRole, *ClientFact) bool) bool {
	for n := range ast.Preorder(n) {
		if call, ok := n.(*ast.CallExpr); ok {
			if role, fn := c.roleOf(call); match(role, c.factOf(fn)) {
				return true
			}
		}
	}
	return false
}

func isRequest(r clientRole, f *ClientFact) bool { return r == roleRequest || f != nil && f.Request }
func isWait(r clientRole, f *ClientFact) bool    { return r == roleWait || f != nil && f.Waits }

// guards calls visit for each condition that must hold for control to be
// at cur, up to the enclosing function: an if's condition (negated in its
// else branch) and a case clause's atoms.
func (c *client) guards(cur inspector.Cursor, s *subject, visitCond func(cond ast.Expr, neg bool), visitAtoms func([]atom)) {
	child := cur
	for p := cur.Parent(); p.Valid(); child, p = p, p.Parent() {
		switch x := p.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return
		case *ast.IfStmt:
			switch child.Node() {
			case x.Body:
				visitCond(x.Cond, false)
			case x.Else:
				visitCond(x.Cond, true)
			}
		case *ast.CaseClause:
			if sw, ok := p.Parent().Parent().Node().(*ast.SwitchStmt); ok {
				visitAtoms(c.caseAtoms(sw, x, s))
			}
		}
	}
}

// walkCond calls visit for each atom of a boolean condition with its
// polarity (neg: the condition holds when the atom is false), and for
// each call of a retry predicate.
func (c *client) walkCond(e ast.Expr, neg bool, s *subject, visit func(a atom, neg bool)) {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			c.walkCond(x.X, !neg, s, visit)
			return
		}
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			c.walkCond(x.X, neg, s, visit)
			c.walkCond(x.Y, neg, s, visit)
			return
		}
	case *ast.CallExpr:
		_, fn := c.roleOf(x)
		if f := c.factOf(fn); f != nil && (len(f.Retries) > 0 || len(f.RetriesStatus) > 0) {
			a := atom{kind: atomCode, node: x, op: token.EQL}
			for _, code := range f.Retries {
				a.codes = append(a.codes, codeConst{value: code})
			}
			visit(a, neg)
			for _, st := range f.RetriesStatus {
				visit(atom{kind: atomStatus, node: x, op: token.EQL, status: st}, neg)
			}
			return
		}
	}
	if a, ok := c.atomOf(e, s); ok {
		visit(a, neg)
	}
}

// positive reports whether a code atom under polarity neg names its codes
// positively: == that must hold, or != that must not.
func positive(a atom, neg bool) bool {
	return a.kind == atomCode && (a.op == token.EQL) != neg
}

// throttleStatuses are the statuses that tell a client to wait before it
// retries, in the order throttled tries them.
var throttleStatuses = []int{StatusTooManyRequests, StatusServiceUnavailable}

// throttled returns 429 or 503 when a status atom under polarity neg
// holds for it (a range that holds for both gives 429); 0 otherwise. "Any
// status but N" is a catch-all, not a condition on 429.
func throttled(a atom, neg bool) int {
	if a.kind != atomStatus {
		return 0
	}
	op := a.op
	if neg {
		if op == token.EQL {
			return 0
		}
		op = negated[op]
	}
	for _, s := range throttleStatuses {
		var holds bool
		switch op {
		case token.EQL:
			holds = s == a.status
		case token.LSS:
			holds = s < a.status
		case token.LEQ:
			holds = s <= a.status
		case token.GTR:
			holds = s > a.status
		case token.GEQ:
			holds = s >= a.status
		}
		if holds {
			return s
		}
	}
	return 0
}

// predicate returns the codes (and 429/503) a function with a boolean
// first result returns true for, named positively: the conditions
// guarding a `return true`, and a returned condition. Its string and
// integer parameters count as codes inside it.
func (c *client) predicate(fn *types.Func, ft *ast.FuncType, body *ast.BlockStmt) ([]string, []int) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || !isKind(sig.Results().At(0).Type(), types.IsBoolean) {
		return nil, nil
	}
	s := codeParams(sig)
	var codes []string
	var statuses []int
	visit := func(a atom, neg bool) {
		if positive(a, neg) {
			for _, k := range a.codes {
				codes = append(codes, k.value)
			}
		}
		if st := throttled(a, neg); st != 0 {
			statuses = append(statuses, st)
		}
	}
	for cur, ret := range c.returnsIn(body) {
		r := ret.Results[0]
		if isBoolConst(c.info, r, true) {
			c.guards(cur, s, func(cond ast.Expr, neg bool) { c.walkCond(cond, neg, s, visit) },
				func(atoms []atom) {
					for _, a := range atoms {
						visit(a, false)
					}
				})
		} else if !isBoolConst(c.info, r, false) {
			c.walkCond(r, false, s, visit)
		}
	}
	slices.Sort(codes)
	slices.Sort(statuses)
	return slices.Compact(codes), slices.Compact(statuses)
}

// codeParams is the subject of a predicate's or a mapping's body: its
// string and integer parameters count as codes inside it, judged where a
// caller passes it a code.
func codeParams(sig *types.Signature) *subject {
	s := &subject{params: map[types.Object]bool{}}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); isKind(p.Type(), types.IsString|types.IsInteger) {
			s.params[p] = true
		}
	}
	return s
}

// returnsIn yields the return statements with results of the function
// whose body is body, with their cursors; not those of function literals
// inside it.
func (c *client) returnsIn(body *ast.BlockStmt) iter.Seq2[inspector.Cursor, *ast.ReturnStmt] {
	return func(yield func(inspector.Cursor, *ast.ReturnStmt) bool) {
		root, ok := c.cursorOf(body)
		if !ok {
			return
		}
		for cur := range root.Preorder((*ast.ReturnStmt)(nil)) {
			ret := cur.Node().(*ast.ReturnStmt)
			if len(ret.Results) > 0 && funcBodyOf(cur) == body && !yield(cur, ret) {
				return
			}
		}
	}
}

// comparisons records every constant compared with a code-role
// expression as a code position (Code.Compared), and the comparisons
// that a status condition makes impossible.
func (c *client) comparisons() {
	if !c.on {
		return
	}
	seen := map[ast.Expr]bool{}
	record := func(f *ast.File, cur inspector.Cursor, a atom) {
		for _, k := range a.codes {
			if k.expr == nil || seen[k.expr] {
				continue
			}
			seen[k.expr] = true
			c.res.Codes = append(c.res.Codes, &Code{File: f, Expr: k.expr, Value: k.value, Int: k.isInt, Const: true, Type: a.typ, Compared: true})
			if sib := c.siblingsOf(cur, k.expr); len(sib) > 0 {
				if c.out.siblings == nil {
					c.out.siblings = map[ast.Expr][]string{}
				}
				c.out.siblings[k.expr] = sib
			}
			if a.op == token.EQL {
				c.conflict(cur, k)
			}
		}
	}
	for f, root := range c.reportableFiles() {
		for cur := range root.Preorder((*ast.BinaryExpr)(nil), (*ast.IndexExpr)(nil), (*ast.CallExpr)(nil), (*ast.CaseClause)(nil)) {
			switch x := cur.Node().(type) {
			case *ast.CaseClause:
				if sw, ok := cur.Parent().Parent().Node().(*ast.SwitchStmt); ok && sw.Tag != nil {
					for _, a := range c.caseAtoms(sw, x, nil) {
						record(f, cur, a)
					}
				}
			default:
				if a, ok := c.atomOf(x.(ast.Expr), nil); ok && a.kind == atomCode {
					record(f, cur, a)
				}
			}
		}
	}
}

// conflict records a comparison with catalog code k whose condition also
// requires constant statuses the catalog never sends k with: the same &&
// chain, an enclosing if, or an enclosing case of a switch on a status.
func (c *client) conflict(cur inspector.Cursor, k codeConst) {
	e, ok := c.res.Catalog.Lookup(k.value)
	if !ok {
		return
	}
	var required []int
	need := func(a atom, neg bool) {
		if a.kind == atomStatus && !neg && a.op == token.EQL {
			required = append(required, a.status)
		}
	}
	// The conjuncts beside the comparison.
	child := cur
	for p := cur.Parent(); p.Valid(); child, p = p, p.Parent() {
		b, ok := p.Node().(*ast.BinaryExpr)
		if !ok || b.Op != token.LAND {
			break
		}
		other := b.X
		if child.Node() == b.X {
			other = b.Y
		}
		c.conjuncts(other, need)
	}
	var caseSet []int
	c.guards(cur, nil, func(cond ast.Expr, neg bool) {
		if !neg {
			c.conjuncts(cond, need)
		}
	}, func(atoms []atom) {
		for _, a := range atoms {
			if a.kind == atomStatus {
				caseSet = append(caseSet, a.status)
			}
		}
	})
	for _, s := range required {
		if s >= 100 && s <= 599 && !e.HasStatus(s) {
			c.out.conflicts = append(c.out.conflicts, StatusConflict{At: k.expr, Entry: e, Status: s})
			return
		}
	}
	if len(caseSet) > 0 && !slices.ContainsFunc(caseSet, e.HasStatus) {
		c.out.conflicts = append(c.out.conflicts, StatusConflict{At: k.expr, Entry: e, Status: caseSet[0]})
	}
}

// conjuncts calls visit for each atom that must hold for the && chain e.
func (c *client) conjuncts(e ast.Expr, visit func(atom, bool)) {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
		c.conjuncts(b.X, visit)
		c.conjuncts(b.Y, visit)
		return
	}
	if a, ok := c.atomOf(e, nil); ok {
		visit(a, false)
	}
}

// AsksToRetry reports whether the catalog entry contradicts itself:
// retryable false, while its message asks the client to retry
// (retrydecision stays silent there; catalog -check reports it).
func asksToRetry(e *catalog.Entry) bool { return !e.Retryable && catalog.AsksToRetry(e.Message) }

// siblingsOf returns the constants beside the compared constant e that a
// replacement must not equal: the other cases of its switch (cur is the
// case clause), or the other keys of its map literal.
func (c *client) siblingsOf(cur inspector.Cursor, e ast.Expr) []string {
	var out []string
	add := func(x ast.Expr) {
		if x != e {
			if v, _, ok := codeConstant(c.info, x); ok {
				out = append(out, v)
			}
		}
	}
	if _, ok := cur.Node().(*ast.CaseClause); ok {
		if body, ok := cur.Parent().Node().(*ast.BlockStmt); ok {
			for _, s := range body.List {
				for _, x := range s.(*ast.CaseClause).List {
					add(x)
				}
			}
		}
		return out
	}
	if lit := c.keyedLiteral(e); lit != nil {
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				add(kv.Key)
			}
		}
	}
	return out
}

// keyedLiteral returns the map literal whose key e is.
func (c *client) keyedLiteral(e ast.Expr) *ast.CompositeLit {
	root, ok := c.cursorOf(e)
	if !ok {
		return nil
	}
	kv, ok := root.Parent().Node().(*ast.KeyValueExpr)
	if !ok || kv.Key != e {
		return nil
	}
	lit, _ := root.Parent().Parent().Node().(*ast.CompositeLit)
	return lit
}

// cursorOf returns n's cursor. Files and function bodies, which the
// client step asks for once per function, come from an index built in one
// walk; any other node is looked for in its file only (a search from the
// root for each function made the step quadratic: 4 s on minio's one
// package of 184k lines).
func (c *client) cursorOf(n ast.Node) (inspector.Cursor, bool) {
	if c.cursors == nil {
		c.cursors = map[ast.Node]inspector.Cursor{}
		for cur := range c.insp.Root().Preorder((*ast.File)(nil), (*ast.BlockStmt)(nil)) {
			_, file := cur.Node().(*ast.File)
			if k, _ := cur.ParentEdge(); file || k == edge.FuncDecl_Body || k == edge.FuncLit_Body {
				c.cursors[cur.Node()] = cur
			}
		}
	}
	if cur, ok := c.cursors[n]; ok {
		return cur, true
	}
	for _, f := range c.pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			if fc, ok := c.cursors[f]; ok {
				return fc.FindNode(n)
			}
		}
	}
	return c.insp.Root().FindNode(n)
}

// reportableFiles yields each file errlint reports on, with its cursor:
// the one walk the client step's passes start from.
func (c *client) reportableFiles() iter.Seq2[*ast.File, inspector.Cursor] {
	return func(yield func(*ast.File, inspector.Cursor) bool) {
		for _, f := range c.pass.Files {
			if !c.res.reportable[f] {
				continue
			}
			if root, ok := c.cursorOf(f); ok && !yield(f, root) {
				return
			}
		}
	}
}
