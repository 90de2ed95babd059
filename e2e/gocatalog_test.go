package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
)

// catalogsCopy copies the acceptance module whose catalog is declared in
// Go in all four forms (acceptance/testdata/catalogs).
func catalogsCopy(t *testing.T) string {
	t.Helper()
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dst, os.DirFS(filepath.Join(e2etest.RepoRoot, "acceptance", "testdata", "catalogs"))); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestGoCatalogDrivers checks that gopls and golangci-lint report on a
// module whose catalog is declared in Go what errlint reports: the catalog
// travels as package facts that every package re-exports, and gopls (like
// go vet) passes facts to direct importers only, so a handler two imports
// away from a declaration sees it only through the re-export.
func TestGoCatalogDrivers(t *testing.T) {
	t.Parallel()
	dir := catalogsCopy(t)
	want := errlintFindings(t, dir)
	if len(want) < 5 {
		t.Fatalf("errlint reports %d findings on the catalogs module; its want comments promise more", len(want))
	}
	ours := map[string]bool{}
	for _, f := range want {
		ours[f.Message] = true
	}
	t.Run("gopls", func(t *testing.T) {
		got := goplsCheck(t, dir, ours)
		e2etest.CompareLines(t, "errlint", e2etest.Lines(want, finding.WithoutAnalyzer), "gopls check", e2etest.Lines(got, finding.WithoutAnalyzer))
	})
	t.Run("golangci-lint", func(t *testing.T) {
		res := golangci(t, dir, golangciConfig(t, ""), []int{1})
		got := golangciFindings(t, dir, res)
		e2etest.CompareLines(t, "errlint", e2etest.Lines(want, finding.String), "golangci-lint", e2etest.Lines(got, finding.String))
	})
}
