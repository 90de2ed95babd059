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
// so it asks in dependency order). It is a superset of what the steps
// that export facts look at:
//
//   - writers, central writers, builders, header facts, roles from flow,
//     decoded envelopes and requests need HTTP values: the package imports
//     net/http or a package of the knowledge table (the same direct-import
//     test worthAnalysing makes);
//   - sentinels, found catalogs, descriptor constants, error values and
//     the functions returning them, retry predicates and exit mappings
//     need an error type with a role or a code comparison: the package
//     spells a role's field name or json name, declares an Error method,
//     embeds a type that may be an error, or builds a literal of a type
//     from outside the standard library and the user's module (whose
//     fields it cannot see);
//   - a retry predicate or exit mapping over a code it is given needs
//     only its shape: a function with a boolean first result or one
//     integer result and a string, integer or error parameter (the
//     client gate's mayJudgeCodes);
//   - configuration names the package, or a field or method it spells.
//
// TestMayExportFacts runs the analyzer over every analysistest package and
// checks that no package judged fact-free exports a fact.
func MayExportFacts(files []*ast.File, userPath func(string) bool, cfg *SourceWords) bool {
	for _, f := range files {
		if mayExportFacts(f, userPath, cfg) {
			return true
		}
	}
	return false
}

// SourceWords are the configuration's contributions to MayExportFacts:
// the package paths its entries name and the identifiers they spell
// (field and method names).
type SourceWords struct {
	Paths map[string]bool
	Words map[string]bool
}

func mayExportFacts(f *ast.File, userPath func(string) bool, cfg *SourceWords) bool {
	outside := map[string]bool{} // import names of packages outside std and the user's module
	for _, is := range f.Imports {
		p, err := strconv.Unquote(is.Path.Value)
		if err != nil {
			return true
		}
		if KnowledgePackage(p) || cfg != nil && cfg.Paths[p] {
			return true
		}
		if isStdPath(p) || userPath != nil && userPath(p) {
			continue
		}
		name := p[strings.LastIndex(p, "/")+1:]
		if is.Name != nil {
			name = is.Name.Name
		}
		outside[name] = true
	}
	words, strs := roleWords(), roleStrings()
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.Ident:
			found = words[n.Name] || cfg != nil && cfg.Words[n.Name]
		case *ast.FuncDecl:
			found = n.Recv != nil && n.Name.Name == "Error" || mayJudgeCodesSyntax(n.Type)
		case *ast.Field:
			if n.Tag != nil {
				if tag, err := strconv.Unquote(n.Tag.Value); err == nil && strs[jsonName(tag)] {
					found = true
				}
			}
		case *ast.StructType:
			found = embedsForeign(n.Fields, outside, false)
		case *ast.InterfaceType:
			found = embedsForeign(n.Methods, outside, true)
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				s, err := strconv.Unquote(n.Value)
				found = err == nil && strs[s]
			}
		case *ast.CompositeLit:
			t := n.Type
			if st, ok := t.(*ast.StarExpr); ok {
				t = st.X
			}
			if ix, ok := t.(*ast.IndexExpr); ok {
				t = ix.X
			}
			if sel, ok := t.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && outside[id.Name] {
					found = true // a type whose fields this package cannot see
				}
			}
		}
		return !found
	})
	return found
}

// mayJudgeCodesSyntax is client.go's mayJudgeCodes read from syntax: a
// function whose first result may be a boolean or an integer, with a
// parameter that may be a string, an integer or an error, may be a retry
// predicate or a code-to-exit mapping over a code it is given, whose
// ClientFact a dependent reads. A named type may be any of them.
func mayJudgeCodesSyntax(ft *ast.FuncType) bool {
	if ft.Results == nil || len(ft.Results.List) == 0 || ft.Params == nil {
		return false
	}
	first := ft.Results.List[0]
	single := len(ft.Results.List) == 1 && len(first.Names) <= 1
	if !mayBe(first.Type, "bool") && !(single && mayBe(first.Type, "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune")) {
		return false // neither a predicate (a boolean first result) nor a mapping (one integer result)
	}
	for _, p := range ft.Params.List {
		if mayBe(p.Type, "string", "error", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune") {
			return true
		}
	}
	return false
}

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

// embedsForeign reports whether a struct or interface type may be an
// error type by what it embeds, which this package's syntax does not
// show: a struct embedding anything but a local type or one of package
// sync's (a promoted Error method); an interface embedding error or a
// third-party interface, or declaring Error.
func embedsForeign(fields *ast.FieldList, outside map[string]bool, iface bool) bool {
	if fields == nil {
		return false
	}
	for _, f := range fields.List {
		if len(f.Names) > 0 {
			if iface && f.Names[0].Name == "Error" {
				return true
			}
			continue
		}
		t := f.Type
		if st, ok := t.(*ast.StarExpr); ok {
			t = st.X
		}
		switch t := t.(type) {
		case *ast.Ident:
			if t.Name == "error" {
				return true
			}
		case *ast.SelectorExpr:
			id, ok := t.X.(*ast.Ident)
			if !ok || (iface && outside[id.Name]) || (!iface && id.Name != "sync") {
				return true
			}
		default:
			if !iface {
				return true // a generic instance: cannot tell
			}
		}
	}
	return false
}

// isStdPath reports whether an import path is the standard library's: its
// first element has no dot.
func isStdPath(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

// roleWords are the field names that give a field a role (errtype.go's
// and the envelope's), and roleStrings their json names, which also name
// one in a map body or a struct tag.
var roleWords = sync.OnceValue(func() map[string]bool {
	w := map[string]bool{}
	for _, n := range slices.Concat(codeFieldNames, statusFieldNames, slices.Collect(maps.Values(envelopeFields))) {
		w[n] = true
	}
	return w
})

var roleStrings = sync.OnceValue(func() map[string]bool {
	w := map[string]bool{statusJSONName: true}
	for _, n := range slices.Concat(codeJSONNames, slices.Collect(maps.Keys(envelopeFields))) {
		w[n] = true
	}
	return w
})

// KnowledgePackage reports whether importing path can make a package
// write responses, make requests or retry them: net/http, or a package
// outside the standard library that the knowledge table names.
func KnowledgePackage(path string) bool {
	return isNetHTTPPath(path) || knowledgePackages()[path]
}

var knowledgePackages = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, paths := range [][]string{keysOf(httpPackages), keysOf(rows), keysOf(clientRoles), keysOf(statusConstants)} {
		for _, p := range paths {
			if !isStdPath(p) {
				out[p] = true
			}
		}
	}
	for _, names := range [][]string{keysOf(errorHandlers), keysOf(literalPositions), keysOf(accessors), keysOf(contexts), keysOf(recordingWriters)} {
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

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// ConfigSourceWords collects what configuration files contribute to
// MayExportFacts: the packages their writers:, types: and go_catalog:
// entries name, and the identifiers they spell.
func ConfigSourceWords(files []*config.File) *SourceWords {
	w := &SourceWords{Paths: map[string]bool{}, Words: map[string]bool{}}
	addName := func(full string) {
		if p, m, ok := parseFullName(full); ok {
			w.Paths[p] = true
			w.Words[m.name] = true
			if m.recv != "" {
				w.Words[m.recv] = true
			}
		}
	}
	addField := func(names ...string) {
		for _, n := range names {
			if n != "" {
				w.Words[n] = true
			}
		}
	}
	for _, f := range files {
		for _, wr := range f.Writers {
			addName(wr.Func)
		}
		for _, t := range f.Types {
			addName(t.Type)
			addField(t.Code, t.Status, t.OK, t.Retryable, t.Message)
		}
		for _, d := range f.GoCatalog {
			addName(d.Name)
		}
	}
	return w
}
