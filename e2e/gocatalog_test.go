package e2e

import (
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
)

// acceptanceCopy copies the module acceptance/testdata/name into a fresh
// directory, with the analysistest packages it lists (e2etest.SourcesFile),
// and downloads its dependencies.
func acceptanceCopy(t *testing.T, name string) string {
	t.Helper()
	dir := e2etest.Copy(t, filepath.Join(e2etest.RepoRoot, "acceptance", "testdata", name))
	if err := e2etest.AddSources(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := run(dir, nil, "go", "mod", "download"); err != nil {
		t.Fatal(err)
	}
	return dir
}

// compareDrivers checks that gopls and golangci-lint report on the module
// in dir what errlint reports, which must be at least min findings.
func compareDrivers(t *testing.T, dir string, min int) {
	t.Helper()
	want := errlintFindings(t, dir)
	if len(want) < min {
		t.Fatalf("errlint reports %d findings on %s; its want comments promise at least %d", len(want), dir, min)
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

// TestGoCatalogDrivers checks that gopls and golangci-lint report on a
// module whose catalog is declared in Go what errlint reports: the catalog
// travels as package facts that every package re-exports, and gopls (like
// go vet) passes facts to direct importers only, so a handler two imports
// away from a declaration sees it only through the re-export.
func TestGoCatalogDrivers(t *testing.T) {
	t.Parallel()
	e2etest.NeedTool(t, "gopls and golangci-lint")
	compareDrivers(t, acceptanceCopy(t, "catalogs"), 5)
}

// TestFrameworkDrivers checks that gopls and golangci-lint report what
// errlint reports on each web-framework acceptance module and the CLI module, built on the
// framework's real module (issue 9; the acceptance suite compares go vet
// with errlint and both with the want comments).
func TestFrameworkDrivers(t *testing.T) {
	t.Parallel()
	e2etest.NeedTool(t, "gopls and golangci-lint")
	// Each module with the fewest findings its want comments promise.
	modules := []struct {
		name string
		min  int
	}{
		{"fiberapi", 3}, {"fiber3api", 3}, {"renderapi", 3}, {"humaapi", 3}, {"kratosapi", 3}, {"hertzapi", 3},
		// §11's shapes: central writers, framework error handlers, Render, builders.
		{"nethttpapi", 2}, {"echoapi", 3}, {"echo5api", 3}, {"chirenderapi", 2}, {"builderapi", 2},
		// §12's client side: a cobra CLI and its SDK (comparisons, exit statuses, retries).
		{"cli", 6},
	}
	for _, m := range modules {
		t.Run(m.name, func(t *testing.T) {
			t.Parallel()
			compareDrivers(t, acceptanceCopy(t, m.name), m.min)
		})
	}
}
