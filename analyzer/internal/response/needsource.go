package response

import (
	"go/ast"
	"go/token"
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
//     a catalog entry bound to a package it imports, make it read.
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
	words, strs := codeWords(), codeStrings()
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.Ident:
			found = words[n.Name]
		case *ast.Field:
			if n.Tag != nil {
				tag, err := strconv.Unquote(n.Tag.Value)
				found = err == nil && strs[jsonName(tag)]
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				s, err := strconv.Unquote(n.Value)
				found = err == nil && strs[s]
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
		return !found
	})
	return found
}

// isStdPath reports whether an import path is the standard library's: its
// first element has no dot.
func isStdPath(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

// codeWords are the field names that make a field a code by its name
// (errtype.go), and codeStrings its json names, which also name one in a
// map body or a struct tag.
var codeWords = sync.OnceValue(func() map[string]bool {
	w := map[string]bool{}
	for _, n := range codeFieldNames {
		w[n] = true
	}
	return w
})

var codeStrings = sync.OnceValue(func() map[string]bool {
	w := map[string]bool{}
	for _, n := range codeJSONNames {
		w[n] = true
	}
	return w
})

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
	for _, paths := range [][]string{keysOf(rows), keysOf(statusConstants)} {
		for _, p := range paths {
			if !isStdPath(p) {
				out[p] = true
			}
		}
	}
	for _, names := range [][]string{keysOf(clientRows), keysOf(errorHandlers), keysOf(literalPositions), keysOf(accessors), keysOf(contexts), keysOf(recordingWriters)} {
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
