package analyzer_test

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/internal/edit"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// fuzzImports are the packages a fuzzed file may import: the HTTP and
// encoding packages handlers use, loaded once from export data.
var fuzzImports = []string{"net/http", "encoding/json", "fmt", "io", "errors", "strings", "archive/tar", "log"}

var (
	fuzzPkgsOnce sync.Once
	fuzzPkgs     map[string]*types.Package
	fuzzPkgsErr  error
)

func fuzzImporter(t testing.TB) types.Importer {
	fuzzPkgsOnce.Do(func() {
		pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes}, fuzzImports...)
		if err != nil {
			fuzzPkgsErr = err
			return
		}
		fuzzPkgs = map[string]*types.Package{}
		for _, p := range pkgs {
			if len(p.Errors) > 0 {
				fuzzPkgsErr = p.Errors[0]
				return
			}
			fuzzPkgs[p.PkgPath] = p.Types
		}
	})
	if fuzzPkgsErr != nil {
		t.Fatalf("loading %v: %v", fuzzImports, fuzzPkgsErr)
	}
	fallback := importer.Default()
	return importerFunc(func(path string) (*types.Package, error) {
		if p, ok := fuzzPkgs[path]; ok {
			return p, nil
		}
		return fallback.Import(path)
	})
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// FuzzAnalyze runs the whole suite on arbitrary well-typed Go files: no
// panic, no analyzer error, diagnostics inside the file, and every
// suggested fix applies cleanly and leaves a file that still parses and
// type-checks.
func FuzzAnalyze(f *testing.F) {
	for _, dir := range []string{"clean", "rawstatus", "statusmismatch", "unknowncode", "authchallenge", "retryafter", "envelope", "ignore", "positions", "robust", "directives", "adjacentfixes"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "src", dir, "*.go"))
		for _, name := range files {
			if src, err := os.ReadFile(name); err == nil && onlyFuzzImports(src) {
				f.Add(src)
			}
		}
	}
	f.Add([]byte("package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(0) }\n"))
	f.Add([]byte("package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter, s int) {\n\tif s == 401 {\n\t\tw.Header().Set(\"WWW-Authenticate\", \"Basic\")\n\t}\n\tw.WriteHeader(s)\n}\n\nfunc g(w http.ResponseWriter) { h(w, 401); w.Header()[\"Retry-After\"] = nil; w.WriteHeader(429) }\n"))
	f.Add([]byte("package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusServiceUnavailable)\n\tw.Write([]byte(`{\"ok\":false,\"code\":\"RATE_LIMITED\"}`))\n}\n"))

	imp := fuzzImporter(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		analyse(t, imp, filepath.Join(dir, "fuzz.go"), src)
	})
}

// onlyFuzzImports reports whether src imports nothing outside fuzzImports.
func onlyFuzzImports(src []byte) bool {
	file, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ImportsOnly)
	if err != nil {
		return false
	}
	for _, spec := range file.Imports {
		if !slices.Contains(fuzzImports, strings.Trim(spec.Path.Value, `"`)) {
			return false
		}
	}
	return true
}

func analyse(t *testing.T, imp types.Importer, filename string, src []byte) []analysis.Diagnostic {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil // drivers never analyse files that do not parse
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{Importer: imp, Error: func(error) {}}
	pkg, err := conf.Check("example.com/fuzz", fset, []*ast.File{file}, info)
	if err != nil {
		return nil // analyzers do not run on ill-typed packages
	}

	var diags []analysis.Diagnostic
	results := map[*analysis.Analyzer]any{}
	var run func(a *analysis.Analyzer) any
	run = func(a *analysis.Analyzer) any {
		if r, ok := results[a]; ok {
			return r
		}
		pass := &analysis.Pass{
			Analyzer:          a,
			Fset:              fset,
			Files:             []*ast.File{file},
			Pkg:               pkg,
			TypesInfo:         info,
			TypesSizes:        types.SizesFor("gc", "amd64"),
			Module:            &analysis.Module{Path: "example.com/fuzz"},
			ResultOf:          map[*analysis.Analyzer]any{},
			Report:            func(d analysis.Diagnostic) { diags = append(diags, d) },
			ReadFile:          func(string) ([]byte, error) { return src, nil },
			ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
			ExportObjectFact:  func(types.Object, analysis.Fact) {},
			ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
			ExportPackageFact: func(analysis.Fact) {},
			AllObjectFacts:    func() []analysis.ObjectFact { return nil },
			AllPackageFacts:   func() []analysis.PackageFact { return nil },
		}
		for _, req := range a.Requires {
			pass.ResultOf[req] = run(req)
		}
		r, err := a.Run(pass)
		if err != nil {
			t.Fatalf("%s: %v\n%s", a.Name, err, src)
		}
		results[a] = r
		return r
	}
	for _, a := range analyzer.New(analyzer.Options{}) {
		run(a)
	}

	tf := fset.File(file.Pos())
	inFile := func(p token.Pos) bool { return p >= token.Pos(tf.Base()) && p <= token.Pos(tf.Base()+tf.Size()) }
	for _, d := range diags {
		if !inFile(d.Pos) || (d.End.IsValid() && (!inFile(d.End) || d.End < d.Pos)) {
			t.Fatalf("diagnostic %q has a range outside the file\n%s", d.Message, src)
		}
		if len(d.SuggestedFixes) > 1 {
			t.Fatalf("diagnostic %q has %d fixes; at most one", d.Message, len(d.SuggestedFixes))
		}
		for _, fix := range d.SuggestedFixes {
			if fix.Message == "" {
				t.Fatalf("fix of %q has no message", d.Message)
			}
			byFile, err := edit.ByFile(fset, fix.TextEdits)
			if err != nil {
				t.Fatalf("fix %q: %v", fix.Message, err)
			}
			if len(byFile) != 1 || byFile[tf.Name()] == nil {
				t.Fatalf("fix %q edits other files than %s", fix.Message, tf.Name())
			}
			fixed, err := edit.Apply(src, byFile[tf.Name()])
			if err != nil {
				t.Fatalf("fix %q: %v", fix.Message, err)
			}
			checkFixed(t, imp, filename, src, fixed, fix.Message)
		}
	}
	return diags
}

// TestFuzzHarness keeps FuzzAnalyze honest: its harness sees findings and
// checks their fixes.
func TestFuzzHarness(t *testing.T) {
	// The package sends a code (errLimited), so rule 2 applies (§11).
	src := []byte("package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(201)\n\thttp.Error(w, \"x\", 500)\n}\n\n" +
		"type apiError struct {\n\tCode   string\n\tStatus int\n}\n\nfunc (e *apiError) Error() string { return e.Code }\n\n" +
		"var errLimited = &apiError{Code: \"RATE_LIMITED\", Status: http.StatusTooManyRequests}\n")
	diags := analyse(t, fuzzImporter(t), filepath.Join(t.TempDir(), "h.go"), src)
	// 201 is raw (fixed); 500 is raw (fixed) and code-less (no fix).
	if len(diags) != 3 {
		t.Fatalf("got %d diagnostics, want 3: %v", len(diags), diags)
	}
	fixes := 0
	for _, d := range diags {
		fixes += len(d.SuggestedFixes)
	}
	if fixes != 2 {
		t.Errorf("got %d fixes, want 2: %v", fixes, diags)
	}
}

func checkFixed(t *testing.T, imp types.Importer, filename string, orig, fixed []byte, title string) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, fixed, parser.ParseComments)
	if err != nil {
		t.Fatalf("fix %q breaks the syntax: %v\n--- before\n%s\n--- after\n%s", title, err, orig, fixed)
	}
	conf := types.Config{Importer: imp}
	if _, err := conf.Check("example.com/fuzz", fset, []*ast.File{file}, nil); err != nil {
		t.Fatalf("fix %q breaks the build: %v\n--- before\n%s\n--- after\n%s", title, err, orig, fixed)
	}
	// Edits are as small as the change (SPEC §2, revision 3): on a
	// gofmt-clean file, gofmt may have to realign comments after a fix, or
	// break a one-line function body a longer name made too long for one
	// line (the drivers that apply fixes format what they change), but
	// nothing more: the tokens stay the same.
	if formatted, err := format.Source(orig); err == nil && bytes.Equal(formatted, orig) {
		if formatted, err := format.Source(fixed); err != nil || !bytes.Equal(stripBlanks(formatted), stripBlanks(fixed)) {
			t.Fatalf("fix %q leaves a gofmt-clean file needing more than a re-alignment\n--- after\n%s", title, fixed)
		}
	}
}

// stripBlanks returns src without spaces, tabs, line breaks and the
// semicolons a line break stands for.
func stripBlanks(src []byte) []byte {
	return bytes.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == ';' {
			return -1
		}
		return r
	}, src)
}
