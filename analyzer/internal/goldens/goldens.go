// Package goldens writes the .golden files of analysistest packages from
// the suggested fixes an analyzer produces, so that they can be reviewed
// rather than typed. Tests call Update only under their -update flag.
package goldens

import (
	"flag"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"

	"golang.org/x/tools/go/analysis/analysistest"
)

var update = flag.Bool("update", false, "write the .golden files from the fixes")

// Testdata returns the absolute path of the repository's testdata
// directory, whose src/ holds the analysistest packages.
func Testdata(t *testing.T) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		t.Fatalf("cannot locate the testdata directory from %q", file)
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata")
}

// RunWithSuggestedFixes runs analysistest.RunWithSuggestedFixes for a on
// the packages of Testdata, after writing their .golden files when the test
// runs with -update.
func RunWithSuggestedFixes(t *testing.T, a *analysis.Analyzer, patterns ...string) {
	t.Helper()
	dir := Testdata(t)
	if *update {
		Update(t, dir, a, patterns...)
	}
	for _, res := range analysistest.RunWithSuggestedFixes(t, dir, a, patterns...) {
		for _, c := range Conflicts(res.Pass.Fset, res.Diagnostics) {
			t.Errorf("%s: %s", res.Pass.Pkg.Path(), c)
		}
	}
}

// Conflicts describes every pair of diagnostics whose first fixes conflict:
// they edit overlapping ranges of a file without making byte-identical
// edits there (SPEC §2, Fixes: fixes never conflict, so that every driver
// can apply all of them in one round).
func Conflicts(fset *token.FileSet, diags []analysis.Diagnostic) []string {
	type located struct {
		file       string
		start, end int
		text       string
		diag       int
	}
	var edits []located
	for i, d := range diags {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		for _, e := range d.SuggestedFixes[0].TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			p, q := fset.Position(e.Pos), fset.Position(end)
			edits = append(edits, located{p.Filename, p.Offset, q.Offset, string(e.NewText), i})
		}
	}
	var out []string
	seen := map[[2]int]bool{}
	for i, a := range edits {
		for _, b := range edits[i+1:] {
			if a.diag == b.diag || a.file != b.file || seen[[2]int{a.diag, b.diag}] {
				continue
			}
			if a.start == b.start && a.end == b.end && a.text == b.text {
				continue // byte-identical: the edits merge
			}
			overlap := a.start < b.end && b.start < a.end
			sameInsert := a.start == a.end && b.start == b.end && a.start == b.start
			inside := a.start == a.end && b.start < a.start && a.start < b.end ||
				b.start == b.end && a.start < b.start && b.start < a.end
			if overlap || sameInsert || inside {
				seen[[2]int{a.diag, b.diag}] = true
				out = append(out, fmt.Sprintf("the fixes of %q (%s) and %q (%s) conflict",
					diags[a.diag].Message, fset.Position(diags[a.diag].Pos),
					diags[b.diag].Message, fset.Position(diags[b.diag].Pos)))
			}
		}
	}
	return out
}

// Update runs a on the packages and writes, for every file a fix edits,
// FILE.golden with all fixes applied (identical edits merged) and then
// gofmt-formatted, as the drivers that apply fixes (errlint -fix, go fix)
// format what they change. It fails the test when a fixed file does not
// parse.
func Update(t *testing.T, dir string, a *analysis.Analyzer, patterns ...string) {
	t.Helper()
	for _, res := range analysistest.Run(&quiet{t}, dir, a, patterns...) {
		type edit struct {
			start, end int
			text       string
		}
		edits := map[string]map[edit]bool{}
		fset := res.Pass.Fset
		for _, d := range res.Diagnostics {
			for _, f := range d.SuggestedFixes {
				for _, e := range f.TextEdits {
					p, q := fset.Position(e.Pos), fset.Position(e.End)
					if edits[p.Filename] == nil {
						edits[p.Filename] = map[edit]bool{}
					}
					edits[p.Filename][edit{p.Offset, q.Offset, string(e.NewText)}] = true
				}
			}
		}
		for name, set := range edits {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			var list []edit
			for e := range set {
				list = append(list, e)
			}
			sort.Slice(list, func(i, j int) bool { return list[i].start > list[j].start })
			out := append([]byte(nil), src...)
			for _, e := range list {
				out = append(out[:e.start:e.start], append([]byte(e.text), out[e.end:]...)...)
			}
			formatted, err := format.Source(out)
			if err != nil {
				t.Errorf("%s: fixed file does not parse: %v", name, err)
				continue
			}
			out = formatted
			if err := os.WriteFile(name+".golden", out, 0o644); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(os.Stderr, "wrote %s.golden\n", name)
		}
	}
}

// quiet drops analysistest's complaints (the goldens are being written).
type quiet struct{ t *testing.T }

func (q *quiet) Errorf(format string, args ...any) {}
