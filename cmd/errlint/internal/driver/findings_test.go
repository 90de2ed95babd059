package driver

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestFindings(t *testing.T) {
	files := maps.Clone(testModule)
	// A //line directive moves the reported positions elsewhere; Findings
	// stays in the file the bytes are in.
	files["app/app.go"] = strings.Replace(files["app/app.go"], "func Run() {", "//line gen.y:100\nfunc Run() {", 1)
	dir := writeModule(t, files)
	_, res := run(t, dir, "./app")
	fs := res.Findings()
	if len(fs) != 3 {
		t.Fatalf("%d findings, want 3: %+v", len(fs), fs)
	}
	src := files["app/app.go"]
	app := filepath.Join(dir, "app", "app.go")
	for i, call := range []string{"lib.Write(1)", "mid.Again(1)", "lib.Wrap(3)"} {
		f := fs[i]
		start := strings.Index(src, call)
		if f.Analyzer != markAnalyzer || f.Pos.Filename != app || f.Pos.Offset != start || f.End.Offset != start+len(call) {
			t.Errorf("finding %d = %s %s [%d, %d), want mark %s [%d, %d)", i, f.Analyzer.Name, f.Pos.Filename, f.Pos.Offset, f.End.Offset, app, start, start+len(call))
		}
	}
	fix := fs[0].Fixes
	if len(fix) != 1 || fix[0].Message != "Use 2" || len(fix[0].Edits) != 2 {
		t.Fatalf("fix of the first finding = %+v", fix)
	}
	lit := strings.Index(src, "lib.Write(1)") + len("lib.Write(")
	if e := fix[0].Edits[1]; e.Filename != app || e.Start != lit || e.End != lit+1 || e.New != "2" {
		t.Errorf("edit %+v, want 2 at [%d, %d) of %s", e, lit, lit+1, app)
	}
	// The directive is in effect: the text output names gen.y.
	var buf bytes.Buffer
	if res.PrintText(&buf, -1); !strings.Contains(buf.String(), "gen.y:") {
		t.Errorf("the //line directive had no effect:\n%s", buf.String())
	}
	if errs := res.AnalysisErrors(); len(errs) != 0 {
		t.Errorf("analysis errors: %v", errs)
	}
}

// pkgName returns its package's name: a result to keep, with no
// diagnostics.
var pkgName = &analysis.Analyzer{
	Name:       "pkgname",
	Doc:        "return the package name",
	ResultType: reflect.TypeFor[string](),
	Run:        func(pass *analysis.Pass) (any, error) { return pass.Pkg.Name(), nil },
}

func TestKeep(t *testing.T) {
	dir := writeModule(t, testModule)
	prog, err := Load(LoadConfig{Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod")}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	for _, keep := range []bool{false, true} {
		var opts RunOptions
		if keep {
			opts.Keep = []*analysis.Analyzer{pkgName}
		}
		res, err := Run(prog, []*analysis.Analyzer{pkgName}, opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range res.Results {
			got = append(got, r.Value.(string))
		}
		want := []string{"lib", "mid", "app"}
		if !keep {
			want = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("keep=%v: values %q, want %q", keep, got, want)
		}
	}
}
