package driver

import (
	"bytes"
	"go/ast"
	"go/types"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// markFact marks a function whose doc comment says "mark", or that calls a
// marked function: a fact that must cross packages, like an error writer.
type markFact struct{}

func (*markFact) AFact()         {}
func (*markFact) String() string { return "marked" }

// markAnalyzer reports every call of a marked function whose first argument
// is the literal 1, with a fix to 2 that also adds a comment at the top of
// the file (an edit repeated identically by every fix in the file).
var markAnalyzer = &analysis.Analyzer{
	Name:      "mark",
	Doc:       "report calls of marked functions",
	URL:       "https://example.com/mark",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(markFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		isMarked := func(fn *types.Func) bool { return pass.ImportObjectFact(fn, new(markFact)) }
		// Functions in dependency order within the package are not
		// needed: one level of propagation per package is enough here.
		for _, f := range pass.Files {
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok {
					continue
				}
				fn := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				marked := fd.Doc != nil && strings.Contains(fd.Doc.Text(), "mark")
				ast.Inspect(fd, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if id, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
							if callee, ok := pass.TypesInfo.Uses[id.Sel].(*types.Func); ok && isMarked(callee) {
								marked = true
							}
						}
					}
					return true
				})
				if marked {
					pass.ExportObjectFact(fn, new(markFact))
				}
			}
		}
		ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
			call := n.(*ast.CallExpr)
			var id *ast.Ident
			switch fun := ast.Unparen(call.Fun).(type) {
			case *ast.Ident:
				id = fun
			case *ast.SelectorExpr:
				id = fun.Sel
			default:
				return
			}
			callee, ok := pass.TypesInfo.Uses[id].(*types.Func)
			if !ok || callee.Pkg() == pass.Pkg || !isMarked(callee) {
				return
			}
			d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "call of marked function " + callee.Name()}
			if len(call.Args) > 0 {
				if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Value == "1" {
					file := pass.Fset.File(call.Pos())
					var top *ast.File
					for _, f := range pass.Files {
						if pass.Fset.File(f.Pos()) == file {
							top = f
						}
					}
					d.SuggestedFixes = []analysis.SuggestedFix{{
						Message: "Use 2",
						TextEdits: []analysis.TextEdit{
							{Pos: lit.Pos(), End: lit.End(), NewText: []byte("2")},
							{Pos: top.Package, End: top.Package, NewText: []byte("// Fixed.\n\n")},
						},
					}}
				}
			}
			pass.Report(d)
		})
		return nil, nil
	},
}

// writeModule writes files (path → content) under a new temporary directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var testModule = map[string]string{
	"go.mod": "module example.com/m\n\ngo 1.22\n",
	"lib/lib.go": `package lib

import "fmt"

// Write is a mark.
func Write(n int) { fmt.Println(n) }

// Wrap calls Write, so it is marked through inference.
func Wrap(n int) { Write(n) }
`,
	"mid/mid.go": `package mid

import "example.com/m/lib"

// Again is marked because it calls a marked function of another package.
func Again(n int) { lib.Wrap(n) }
`,
	"app/app.go": `package app

import (
	"example.com/m/lib"
	"example.com/m/mid"
)

func Run() {
	lib.Write(1)
	mid.Again(1)
	lib.Wrap(3)
}
`,
	"app/app_test.go": `package app

import "testing"

func TestRun(t *testing.T) { Run() }
`,
}

func run(t *testing.T, dir string, patterns ...string) (*Program, *Results) {
	t.Helper()
	prog, err := Load(LoadConfig{Dir: dir, Tests: true, Env: append(os.Environ(), "GOFLAGS=-mod=mod")}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(prog, []*analysis.Analyzer{markAnalyzer}, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return prog, res
}

func TestFactsCrossPackagesFromSourceOnlyForUserCode(t *testing.T) {
	dir := writeModule(t, testModule)
	prog, res := run(t, dir, "./app")

	var source []string
	for _, p := range prog.Source {
		source = append(source, p.ID)
	}
	// The root, its test variant and the user packages it depends on come
	// from source; fmt and testing do not.
	want := []string{"example.com/m/lib", "example.com/m/mid", "example.com/m/app", "example.com/m/app [example.com/m/app.test]"}
	if !reflect.DeepEqual(source, want) {
		t.Errorf("source packages = %q, want %q", source, want)
	}

	var buf bytes.Buffer
	n, errs := res.PrintText(&buf, -1)
	if errs != 0 || n != 3 {
		t.Fatalf("got %d diagnostics, %d errors:\n%s", n, errs, buf.String())
	}
	for _, want := range []string{
		"app.go:9:2: call of marked function Write",
		"app.go:10:2: call of marked function Again",
		"app.go:11:2: call of marked function Wrap",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, buf.String())
		}
	}
	if strings.Contains(buf.String(), "lib.go") || strings.Contains(buf.String(), "mid.go") {
		t.Errorf("diagnostics reported outside the roots:\n%s", buf.String())
	}
}

func TestJSON(t *testing.T) {
	dir := writeModule(t, testModule)
	_, res := run(t, dir, "./app")
	var buf bytes.Buffer
	if err := res.PrintJSON(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`"example.com/m/app": {`, `"mark": [`, `"posn": "` + filepath.Join(dir, "app/app.go") + `:9:2"`, `"message": "Use 2"`, `"new": "2"`} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON lacks %s:\n%s", want, out)
		}
	}
}

func TestFixAndDiff(t *testing.T) {
	dir := writeModule(t, testModule)
	_, res := run(t, dir, "./app")

	var diff bytes.Buffer
	sum, err := res.ApplyFixes(FixOptions{Diff: &diff})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Fixes != 2 || sum.Applied != 2 {
		t.Errorf("summary %+v, want 2 fixes applied", sum)
	}
	wantDiff := `diff --git a/app/app.go b/app/app.go
--- a/app/app.go
+++ b/app/app.go
@@ -1,3 +1,5 @@
+// Fixed.
+
 package app
 
 import (
@@ -6,7 +8,7 @@
 )
 
 func Run() {
-	lib.Write(1)
-	mid.Again(1)
+	lib.Write(2)
+	mid.Again(2)
 	lib.Wrap(3)
 }
`
	if diff.String() != wantDiff {
		t.Errorf("diff:\n%s\nwant:\n%s", diff.String(), wantDiff)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "app/app.go")); strings.Contains(string(data), "Fixed") {
		t.Error("-diff rewrote the file")
	}

	if _, err := res.ApplyFixes(FixOptions{}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "app/app.go"))
	if !strings.HasPrefix(string(data), "// Fixed.\n\npackage app") || strings.Count(string(data), "Fixed") != 1 ||
		!strings.Contains(string(data), "lib.Write(2)") || !strings.Contains(string(data), "mid.Again(2)") {
		t.Errorf("fixed file:\n%s", data)
	}
	// A second run finds no fix left to apply.
	_, res = run(t, dir, "./app")
	sum, err = res.ApplyFixes(FixOptions{})
	if err != nil || sum.Fixes != 0 {
		t.Errorf("second fix run: %+v, %v", sum, err)
	}
}

func TestTypeErrors(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":     "module example.com/bad\n\ngo 1.22\n",
		"bad/bad.go": "package bad\n\nfunc F() int { return \"x\" }\n",
		"ok/ok.go":   "package ok\n\nimport \"example.com/bad/bad\"\n\nvar V = bad.F()\n",
	})
	prog, res := run(t, dir, "./...")
	var buf bytes.Buffer
	if n := PrintErrors(&buf, prog.Roots); n != 1 {
		t.Errorf("printed %d errors, want 1:\n%s", n, buf.String())
	}
	if want := filepath.Join(dir, "bad/bad.go") + ":3:23: cannot use \"x\""; !strings.Contains(buf.String(), want) {
		t.Errorf("errors lack %q:\n%s", want, buf.String())
	}
	buf.Reset()
	if n, errs := res.PrintText(&buf, -1); n != 0 || errs != 0 {
		t.Errorf("diagnostics on ill-typed packages:\n%s", buf.String())
	}
}

func TestUnifiedDiff(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n"
	new := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n"
	got := unifiedDiff("x", "y", old, new)
	want := "--- x\n+++ y\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -10,3 +10,4 @@\n j\n k\n l\n+m\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Every script must rebuild both sides.
	cases := [][2]string{{"", "x\n"}, {"x\n", ""}, {"a\nb\n", "b\na\n"}, {"a\nb\nc\n", "c\nb\na\nb\n"}, {"a", "a\n"}}
	for _, c := range cases {
		ops := diffLines(splitLines(c[0]), splitLines(c[1]))
		var a, b strings.Builder
		for _, op := range ops {
			if op.kind != '+' {
				a.WriteString(op.text)
			}
			if op.kind != '-' {
				b.WriteString(op.text)
			}
		}
		if a.String() != c[0] || b.String() != c[1] {
			t.Errorf("diff %q -> %q rebuilds %q -> %q", c[0], c[1], a.String(), b.String())
		}
	}
}

// TestSourceClosure: a package that imports a source package must come from
// source too, or two *types.Package would exist for one path and
// type-checking would fail (here bufio, between the roots io and
// net/textproto).
func TestSourceClosure(t *testing.T) {
	prog, err := Load(LoadConfig{}, "io", "net/textproto")
	if err != nil {
		t.Fatal(err)
	}
	var bufio, fmtPkg bool
	for _, p := range prog.Source {
		bufio = bufio || p.PkgPath == "bufio"
		fmtPkg = fmtPkg || p.PkgPath == "fmt"
	}
	if !bufio || !fmtPkg {
		t.Errorf("bufio and fmt (which import io) should come from source")
	}
	if _, err := Run(prog, []*analysis.Analyzer{markAnalyzer}, RunOptions{}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if n := PrintErrors(&buf, prog.Roots); n != 0 {
		t.Errorf("type errors:\n%s", buf.String())
	}
}

// TestDiffRandom: on random inputs, every edit script rebuilds both sides
// and a unified diff applies back to the new text.
func TestDiffRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gen := func() string {
		var b strings.Builder
		for i := r.IntN(12); i > 0; i-- {
			b.WriteString(string(rune('a'+r.IntN(4))) + "\n")
		}
		return b.String()
	}
	for i := 0; i < 2000; i++ {
		a, b := gen(), gen()
		var ra, rb strings.Builder
		for _, op := range diffLines(splitLines(a), splitLines(b)) {
			if op.kind != '+' {
				ra.WriteString(op.text)
			}
			if op.kind != '-' {
				rb.WriteString(op.text)
			}
		}
		if ra.String() != a || rb.String() != b {
			t.Fatalf("diff %q -> %q rebuilds %q -> %q", a, b, ra.String(), rb.String())
		}
		if d := unifiedDiff("a", "b", a, b); (d == "") != (a == b) {
			t.Fatalf("unifiedDiff(%q, %q) = %q", a, b, d)
		}
	}
}

func TestRelPath(t *testing.T) {
	for _, tc := range []struct{ dir, name, want string }{
		{"/m", "/m/api/api.go:3:4", "api/api.go:3:4"},
		{"/m/", "/m/api/api.go", "api/api.go"},
		{"/m/api", "/m/other/x.go:1:1", "/m/other/x.go:1:1"}, // not below: as is
		{"/m", "/mod/x.go", "/mod/x.go"},
		{"", "/m/x.go", "/m/x.go"},
		{"/m", "-", "-"},
	} {
		if got := relPath(tc.dir, tc.name); got != tc.want {
			t.Errorf("relPath(%q, %q) = %q, want %q", tc.dir, tc.name, got, tc.want)
		}
	}
}

// TestOutputNamesAndPaths: text output names the analyzer of each finding
// once and shows paths relative to the directory loaded from; errors
// without a position have no "-: " prefix.
func TestOutputNamesAndPaths(t *testing.T) {
	dir := writeModule(t, testModule)
	prog, err := Load(LoadConfig{Dir: dir}, "./app", "./nothing/...")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(prog, []*analysis.Analyzer{markAnalyzer}, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	res.PrintText(&buf, -1)
	if want := "app/app.go:9:2: call of marked function Write [mark]\n"; !strings.HasPrefix(buf.String(), want) {
		t.Errorf("text output:\n%s\nwant it to start with %q", buf.String(), want)
	}
	buf.Reset()
	prog.PrintErrors(&buf)
	if !strings.Contains(buf.String(), "pattern ./nothing/...") || strings.Contains(buf.String(), "-: ") {
		t.Errorf("errors:\n%s", buf.String())
	}
}
