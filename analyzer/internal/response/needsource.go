package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/errlint/errlint/config"
)

// What a driver may read from export data (issue 21, SPEC §13 "facts flow
// only to dependents"). A package of the user's module that the roots
// reach must be analysed from source when it can export a fact; a package
// that can export none may be read from the compiler's export data, like
// any dependency, which costs a fraction of type-checking it.
//
// MayExportFacts is that judgement, made on syntax alone (no type
// information: it runs before anything is type-checked), for a package
// none of whose imports carries a fact (a driver reads those from source,
// so it asks in dependency order). Such a package exports facts only past
// worthAnalysing's gate, or from Go catalogs it declares, and MayExportFacts
// is a superset of both:
//
//   - writers, central writers, builders, header facts, roles from flow,
//     decoded envelopes and requests need HTTP values: the package imports
//     net/http or a package of the knowledge table;
//   - an error type (worthAnalysing asks for one declared or built here),
//     and so a sentinel, a found catalog, a descriptor constant, a retry
//     predicate or an exit mapping, needs a code field: the package spells
//     a code's field name or json name (a status, ok or retryable alone
//     make no error type; roles are read from a type's own fields, never
//     promoted ones), or builds a literal of a third-party type, whose
//     fields it cannot see;
//   - configuration: types: or writers: anywhere in the module make every
//     package worth analysing; a go_catalog: entry naming the package, or
//     a catalog entry bound to a package it imports, make it read;
//   - the client step (client.go) runs past worthAnalysing's gate too, by
//     its own: a retry predicate or exit mapping over a code it is given
//     needs its shape (a function with a boolean first result or one
//     integer result and a string, integer or error parameter, the gate's
//     mayJudgeCodes) and a comparison of a code in its body
//     (mayCompareCode), and a backoff helper only a call of a standard
//     library's wait row (time.Sleep).
//
// TestMayExportFacts runs the analyzer over every analysistest package and
// checks that no package judged fact-free exports a fact.
func MayExportFacts(path string, files []*ast.File, userPath func(string) bool, cfg *SourceWords) bool {
	if cfg != nil && (cfg.All || cfg.Paths[path]) {
		return true
	}
	for _, f := range files {
		if mayExportFacts(f, userPath, cfg) {
			return true
		}
	}
	return false
}

// SourceWords are the configuration's contributions to MayExportFacts.
type SourceWords struct {
	All   bool            // types: or writers: are configured: every package is worth analysing
	Paths map[string]bool // packages a go_catalog: entry or a catalog entry's Go name names
}

// ConfigSourceWords returns what the settings in effect for a directory
// contribute to MayExportFacts.
func ConfigSourceWords(s *config.Settings) *SourceWords {
	w := &SourceWords{All: len(s.Types) > 0 || len(s.Writers) > 0, Paths: map[string]bool{}}
	for _, d := range append(s.GoCatalog, s.ModuleGoCatalog...) {
		if p, _, ok := parseFullName(d.Name); ok {
			w.Paths[p] = true
		}
	}
	if s.Catalog != nil {
		for _, e := range s.Catalog.Entries {
			for _, name := range e.Bound {
				if p, _, ok := parseFullName(name); ok {
					w.Paths[p] = true
				}
			}
		}
	}
	return w
}

func mayExportFacts(f *ast.File, userPath func(string) bool, cfg *SourceWords) bool {
	outside := map[string]bool{}   // import names of packages outside std and the user's module
	waits := map[string][]string{} // import names of standard packages with wait rows: their functions
	for _, is := range f.Imports {
		p, err := strconv.Unquote(is.Path.Value)
		if err != nil {
			return true
		}
		if KnowledgePackage(p) || cfg != nil && cfg.Paths[p] {
			return true
		}
		name := p[strings.LastIndex(p, "/")+1:]
		if is.Name != nil {
			name = is.Name.Name
		}
		if names := stdWaits()[p]; len(names) > 0 {
			waits[name] = names
		}
		if !isStdPath(p) && (userPath == nil || !userPath(p)) {
			outside[name] = true
		}
	}
	for n := range ast.Preorder(f) {
		var found bool
		switch n := n.(type) {
		case *ast.Ident:
			found = slices.Contains(codeFieldNames, n.Name)
		case *ast.FuncDecl:
			found = mayJudgeCodesSyntax(n.Type) && mayCompareCode(n.Body)
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok {
				found = slices.Contains(waits[id.Name], n.Sel.Name) // a backoff helper's Waits fact
			}
		case *ast.Field:
			if n.Tag != nil {
				tag, err := strconv.Unquote(n.Tag.Value)
				found = err == nil && slices.Contains(codeJSONNames, jsonName(tag))
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				s, err := strconv.Unquote(n.Value)
				found = err == nil && slices.Contains(codeJSONNames, s)
			}
		case *ast.CompositeLit:
			t := n.Type
			if ix, ok := t.(*ast.IndexExpr); ok {
				t = ix.X
			}
			if sel, ok := t.(*ast.SelectorExpr); ok {
				id, ok := sel.X.(*ast.Ident)
				found = ok && outside[id.Name]
			}
		}
		if found {
			return true
		}
	}
	return false
}

// stdWaits are the standard library's wait rows (time.Sleep, …), by
// package path: a call of one gives its caller a Waits fact.
var stdWaits = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for p, byMember := range clientRoles {
		for m, role := range byMember {
			if role == roleWait && m.recv == "" && isStdPath(p) {
				out[p] = append(out[p], m.name)
			}
		}
	}
	return out
})

// mayJudgeCodesSyntax is client.go's mayJudgeCodes read from syntax: a
// function whose first result may be a boolean, or whose one result may
// be an integer, with a parameter that may be a string, an integer or an
// error, may be a retry predicate or a code-to-exit mapping over a code it
// is given, whose ClientFact a dependent reads. A named type may be any.
func mayJudgeCodesSyntax(ft *ast.FuncType) bool {
	if ft.Results == nil || len(ft.Results.List) == 0 || ft.Params == nil {
		return false
	}
	ints := []string{"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune"}
	first := ft.Results.List[0]
	single := len(ft.Results.List) == 1 && len(first.Names) <= 1
	if !mayBe(first.Type, "bool") && !(single && mayBe(first.Type, ints...)) {
		return false // neither a predicate nor a mapping
	}
	for _, p := range ft.Params.List {
		if mayBe(p.Type, append(ints, "string", "error")...) {
			return true
		}
	}
	return false
}

// mayCompareCode reports whether a body may compare a code with a
// constant, which a predicate's or a mapping's fact is made of: a
// comparison of two names or selectors, or of one with a literal other
// than "" and 0 (which only test presence); a switch with a tag; a map
// lookup; a call of a function that compares for the client step
// (comparingCalls).
func mayCompareCode(body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	operand := func(e ast.Expr) (name, lit bool) {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return e.Name != "nil" && e.Name != "true" && e.Name != "false", false
		case *ast.SelectorExpr:
			return true, false
		case *ast.BasicLit:
			return false, e.Value != `""` && e.Value != "``" && e.Value != "0"
		}
		return false, false
	}
	for n := range ast.Preorder(body) {
		var found bool
		switch n := n.(type) {
		case *ast.BinaryExpr:
			switch n.Op {
			case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
				xn, xl := operand(n.X)
				yn, yl := operand(n.Y)
				found = xn && (yn || yl) || yn && xl
			}
		case *ast.SwitchStmt:
			found = n.Tag != nil
		case *ast.IndexExpr:
			found = true
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				found = comparingCalls()[sel.Sel.Name]
			}
		}
		if found {
			return true
		}
	}
	return false
}

// comparingCalls are the names of the table's functions that compare an
// error or a code for the client step: the flow rows that find or test an
// error (errors.As, errors.Is) and the client rows that look for a value
// (slices.Contains).
var comparingCalls = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, byMember := range flowFuncs {
		for m, k := range byMember {
			if k == flowAs || k == flowIs {
				out[m.name] = true
			}
		}
	}
	for _, byMember := range clientRoles {
		for m, r := range byMember {
			if r == roleContains {
				out[m.name] = true
			}
		}
	}
	return out
})

// mayBe reports whether the type expression t may denote one of the
// predeclared types names: it is one, or a name this syntax cannot
// resolve (a declared or imported type, a type parameter).
func mayBe(t ast.Expr, names ...string) bool {
	switch t := ast.Unparen(t).(type) {
	case *ast.Ident:
		if types.Universe.Lookup(t.Name) == nil {
			return true // declared here: its underlying type is not in sight
		}
		return slices.Contains(names, t.Name)
	case *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// KnowledgePackage reports whether importing path can make a package
// write responses, make requests or retry them: a package the knowledge
// table names (net/http among them), or a package inside an HTTP package
// (net/http/httputil, a framework's own subpackages).
func KnowledgePackage(path string) bool {
	if knowledgePackages()[path] {
		return true
	}
	for p := range httpPackages {
		if strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

var knowledgePackages = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for p := range httpPackages {
		out[p] = true
	}
	for _, paths := range [][]string{slices.Collect(maps.Keys(rows)), slices.Collect(maps.Keys(clientRoles)), slices.Collect(maps.Keys(statusConstants))} {
		for _, p := range paths {
			if !isStdPath(p) {
				out[p] = true
			}
		}
	}
	for _, names := range [][]string{slices.Collect(maps.Keys(errorHandlers)), slices.Collect(maps.Keys(literalPositions)), slices.Collect(maps.Keys(accessors)), slices.Collect(maps.Keys(contexts)), slices.Collect(maps.Keys(recordingWriters))} {
		for _, full := range names {
			if p, _, ok := parseFullName(full); ok && !isStdPath(p) {
				out[p] = true
			}
		}
	}
	for field := range retryCheckFields { // "pkg.Type.Field"
		if p, _, ok := parseFullName(field[:strings.LastIndex(field, ".")]); ok && !isStdPath(p) {
			out[p] = true
		}
	}
	return out
})
