package response

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// tableFiles hold the knowledge table: every name of a framework, an
// encoder or a writer of bodies errlint knows lives in them.
var tableFiles = map[string]bool{
	"positions.go":   true, // the rows, and the sets beside them (contexts, accessors, writer users, …)
	"statusnames.go": true, // net/http's status constant names, checked against net/http
}

// shapeFields are the field names of §2's error bodies (Status, Code,
// Error, OK, Retryable): the walker reads error types by them. Some are
// also names of framework methods (gin's c.Status, net/http's Error), so
// a literal spelling one is no framework knowledge by itself.
var shapeFields = map[string]bool{"Status": true, "Code": true, "Error": true, "OK": true, "Retryable": true}

// netHTTPUsers are the files outside the table that may name net/http:
// fixes import it and spell its status constants (§2's fix is
// http.StatusX).
var netHTTPUsers = map[string]bool{"fix.go": true}

// TestFrameworkIsRows checks §6's "a framework is rows": no file of the
// shared layer but the table's spells a framework's import path, a
// function or method name of a row as a string, or a constant of the
// table naming a framework package or function (net/http's path excepted
// in netHTTPUsers).
func TestFrameworkIsRows(t *testing.T) {
	paths, names := tableKnowledge()
	tableConsts := tableConstNames(t)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if tableFiles[name] || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		imports := map[*ast.BasicLit]bool{}
		for _, is := range f.Imports {
			imports[is.Path] = true
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind != token.STRING || imports[n] {
					return true
				}
				v, err := strconv.Unquote(n.Value)
				if err != nil {
					return true
				}
				for p := range paths {
					if strings.Contains(v, p) {
						t.Errorf("%s: %q names the package %s: that is a row's knowledge", fset.Position(n.Pos()), v, p)
					}
				}
				if names[v] && !shapeFields[v] {
					t.Errorf("%s: %q is the name of a row's function or method: match by the table instead", fset.Position(n.Pos()), v)
				}
			case *ast.Ident:
				if tableConsts[n.Name] && !(n.Name == "netHTTP" && netHTTPUsers[name]) {
					t.Errorf("%s: %s is the table's name of a framework: use a row", fset.Position(n.Pos()), n.Name)
				}
			}
			return true
		})
	}
	if checked < 10 {
		t.Fatalf("checked %d files: is the test in the package directory?", checked)
	}
}

// tableKnowledge returns the import paths and the function and method
// names the table holds.
func tableKnowledge() (paths, names map[string]bool) {
	paths, names = map[string]bool{}, map[string]bool{}
	addFull := func(full string) {
		if pkg, m, ok := parseFullName(full); ok {
			paths[pkg] = true
			names[m.name] = true
		}
	}
	for full := range positions {
		addFull(full)
	}
	for full := range accessors {
		addFull(full)
	}
	for full := range writerUsers {
		addFull(full)
	}
	for pkg, byMember := range clientRoles {
		paths[pkg] = true
		for m := range byMember {
			names[m.name] = true
		}
	}
	for name := range commitMethods {
		names[name] = true
	}
	for p := range statusConstants {
		paths[p] = true
	}
	for _, set := range []map[string]bool{contexts, recordingWriters} {
		for typ := range set {
			paths[typ[:strings.LastIndex(typ, ".")]] = true
		}
	}
	for typ := range literalPositions {
		paths[typ[:strings.LastIndex(typ, ".")]] = true
	}
	for p := range httpPackages {
		paths[p] = true
	}
	// Standard packages are named by path alone: "io" or "fmt" would match
	// any text. Their function names are checked above.
	for p := range paths {
		if !strings.Contains(p, "/") {
			delete(paths, p)
		}
	}
	return paths, names
}

// tableConstNames returns the names of the string constants positions.go
// declares: framework import paths and full names.
func tableConstNames(t *testing.T) map[string]bool {
	src, err := os.ReadFile("positions.go")
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "positions.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			for i, id := range vs.Names {
				if i < len(vs.Values) {
					if bl, ok := vs.Values[i].(*ast.BasicLit); ok && bl.Kind == token.STRING {
						out[id.Name] = true
					}
				}
			}
		}
	}
	if !out["ginPkg"] || !out["netHTTP"] {
		t.Fatalf("positions.go declares no ginPkg or netHTTP: %v", out)
	}
	return out
}
