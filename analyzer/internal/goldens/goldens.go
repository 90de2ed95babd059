// Package goldens writes the .golden files of analysistest packages from
// the suggested fixes an analyzer produces, so that they can be reviewed
// rather than typed. Tests call Update only under their -update flag.
package goldens

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
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
	analysistest.RunWithSuggestedFixes(t, dir, a, patterns...)
}

// Update runs a on the packages and writes, for every file a fix edits,
// FILE.golden with all fixes applied (identical edits merged). It fails the
// test when an applied file is not gofmt-clean.
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
			if f, err := format.Source(out); err != nil || !bytes.Equal(f, out) {
				t.Errorf("%s: fixed file is not gofmt-clean (%v)", name, err)
			}
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
