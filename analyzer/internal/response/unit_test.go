package response

import (
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/errlint/errlint/internal/edit"
	"golang.org/x/tools/go/analysis"
)

func parse(t *testing.T, src string) (*token.FileSet, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	return fset, f
}

func apply(t *testing.T, fset *token.FileSet, src string, e analysis.TextEdit) string {
	t.Helper()
	ed, err := edit.FromTextEdit(fset.File(e.Pos), e)
	if err != nil {
		t.Fatal(err)
	}
	out, err := edit.Apply([]byte(src), []edit.Edit{ed})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestImportEdit(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"none", "package p\n\nvar x = 1\n", "package p\n\nimport \"net/http\"\n\nvar x = 1\n"},
		{"single", "package p\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n", "package p\n\nimport \"net/http\"\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n"},
		{"sorted middle", "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n", "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n"},
		{"after group", "package p\n\nimport (\n\t\"fmt\" // printing\n\n\t\"example.com/z\"\n)\n", "package p\n\nimport (\n\t\"fmt\" // printing\n\t\"net/http\"\n\n\t\"example.com/z\"\n)\n"},
		{"cgo", "package p\n\n// #include <stdio.h>\nimport \"C\"\n", "package p\n\n// #include <stdio.h>\nimport \"C\"\n\nimport \"net/http\"\n"},
		{"cgo then more", "package p\n\n// #include <stdio.h>\nimport \"C\"\n\nimport \"os\"\n", "package p\n\n// #include <stdio.h>\nimport \"C\"\n\nimport \"net/http\"\nimport \"os\"\n"},
		{"doc comment", "package p\n\nimport (\n\t\"fmt\"\n\t// os is needed\n\t\"os\"\n)\n", "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t// os is needed\n\t\"os\"\n)\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset, f := parse(t, tc.src)
			r := &Result{fset: fset}
			got := apply(t, fset, tc.src, r.importEdit(f, "http"))
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			if formatted, err := format.Source([]byte(got)); err != nil || string(formatted) != got {
				t.Errorf("not gofmt-clean: %v\n%s", err, formatted)
			}
		})
	}
}

func TestDirectives(t *testing.T) {
	src := `package p

func f() {
	a() //errlint:ignore rawstatus,statusmismatch the reason
	//errlint:ignore unknowncode next line
	b()
	c() //errlint:ignore rawstatus
	d() //errlint:ignored rawstatus because
	e() //errlint:ignore all every analyzer
}
`
	fset, f := parse(t, src)
	d := &directives{}
	d.parse(fset, f, []byte(src))
	tf := fset.File(f.Pos())
	at := func(line int) token.Pos { return tf.LineStart(line) }
	for _, tc := range []struct {
		line int
		name string
		want bool
	}{
		{4, "rawstatus", true},
		{4, "statusmismatch", true},
		{4, "unknowncode", false},
		{5, "unknowncode", false},
		{6, "unknowncode", true},
		{7, "rawstatus", false}, // no reason
		{8, "rawstatus", false}, // not the directive
		{9, "unknowncode", true},
		{9, "ignoredirective", true},
	} {
		if got := d.silenced(fset, tc.name, at(tc.line), nil); got != tc.want {
			t.Errorf("line %d, %s: silenced = %v, want %v", tc.line, tc.name, got, tc.want)
		}
	}
}

func TestWriterString(t *testing.T) {
	for _, tc := range []struct {
		w    position
		want string
	}{
		{errorWriterRow(1, 2, -1, 0, false), "errwriter(status=1, code=2)"},
		{errorWriterRow(-1, 0, -1, 404, false), "errwriter(code=0, carries 404)"},
		{errorWriterRow(0, -1, -1, 0, false), "errwriter(status=0)"},
		{errorWriterRow(0, -1, -1, 0, true), "errwriter(status=0, field)"},
		{errorWriterRow(0, -1, 2, 0, false), "errwriter(status=0, body=2)"},
	} {
		if got := factOf(tc.w).String(); got != tc.want {
			t.Errorf("%+v: got %s, want %s", tc.w, got, tc.want)
		}
		if got := factOf(tc.w).row(); got != tc.w {
			t.Errorf("fact round trip: got %+v, want %+v", got, tc.w)
		}
	}
}

func TestDoc(t *testing.T) {
	src := "// Package x does things.\n//\n// # Analyzer x\n//\n// x: report things\n//\n// More about it.\npackage x\n"
	if got, want := Doc(src, "x"), "report things\n\nMore about it."; got != want {
		t.Errorf("Doc = %q, want %q", got, want)
	}
	// A malformed doc.go fails loudly, at start-up, as x/tools'
	// MustExtractDoc does.
	for _, bad := range []string{
		"package x",
		"// Package x does things.\npackage x\n",
		"// Package x.\n//\n// # Analyzer x\n//\n// report things\npackage x\n",
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Doc(%q) did not panic", bad)
				}
			}()
			Doc(bad, "x")
		}()
	}
}

func TestMisspelling(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // a substring of the message; "" for no directive
	}{
		{"//errlint:ignore rawstatus why", ""},
		{"// errlint:ignore rawstatus why", "space after //"},
		{"//  errlint: ignore rawstatus why", "space after //"},
		{"//errlint:ignroe rawstatus why", "unknown errlint directive //errlint:ignroe"},
		{"//errlint:ignored rawstatus why", "unknown errlint directive //errlint:ignored"},
		{"//errlint:", "unknown errlint directive"},
		{"/*errlint:ignore rawstatus why*/", "/* */ comment"},
		{"//errlint-ignore rawstatus why", "misspelled"},
		{"//ERRLINT:IGNORE rawstatus why", "misspelled"},
		{"//Errlint:Ignore rawstatus why", "misspelled"},
		{"// errlint: the linter we run", ""},
		{"// errlint checks the codes", ""},
		{"// errlint ignores test files", ""},
		{"// see errlint:ignore below", ""},
		{"//nolint:errlint", ""},
	} {
		got := misspelling(tc.text)
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("misspelling(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
