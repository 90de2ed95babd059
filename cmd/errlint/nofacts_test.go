package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/cmd/errlint/internal/driver"
	"github.com/errlint/errlint/config"
)

// TestNoFactsKeepsFindings runs errlint's suite on each package of
// several modules alone, so that the module's other packages are
// dependencies: once with every user package the root reaches from source
// and once with those that can carry no fact read from export data
// (noFacts). The output must be the same, and some runs must have read a
// package from export data, or the test proves nothing.
func TestNoFactsKeepsFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every package of several modules twice")
	}
	modules := []string{
		// api → errs (facts); store → util, settings (none); paging →
		// web (none, though web is read from source); retry → clock
		// (retry spells no fact but inherits clock's: it stays)
		"testdata/layered",
		"../../acceptance/testdata/shop",
		"../../acceptance/testdata/quiet",
		"../../acceptance/testdata/intcatalog",
		"../../acceptance/testdata/cli",
		"../../examples/service",
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod")
	suite := analyzer.New(analyzer.Options{})
	analyse := func(dir, pattern string, cfg driver.LoadConfig) (string, int) {
		t.Helper()
		cfg.Dir, cfg.Env = dir, env
		prog, err := driver.Load(cfg, pattern)
		if err != nil {
			t.Fatalf("%s %s: %v", dir, pattern, err)
		}
		res, err := driver.Run(prog, suite, driver.RunOptions{})
		if err != nil {
			t.Fatalf("%s %s: %v", dir, pattern, err)
		}
		var buf bytes.Buffer
		res.PrintText(&buf, -1)
		prog.PrintErrors(&buf)
		return buf.String(), prog.FromExport
	}
	exported := 0
	for _, m := range modules {
		dir, err := filepath.Abs(m)
		if err != nil {
			t.Fatal(err)
		}
		all, err := driver.Load(driver.LoadConfig{Dir: dir, Env: env}, "./...")
		if err != nil {
			t.Fatalf("%s: %v", m, err)
		}
		for _, p := range all.Roots {
			want, _ := analyse(dir, p.PkgPath, driver.LoadConfig{})
			got, n := analyse(dir, p.PkgPath, driver.LoadConfig{NoFacts: noFacts(config.Overrides{})})
			exported += n
			// util, settings and paging; paging only once web is analysed
			// and found to export nothing (Run's deferred packages).
			if p.PkgPath == "example.com/layered/api" && n != 3 {
				t.Errorf("%s: %d packages read from export data, want 3 (util, settings, paging)", p.PkgPath, n)
			}
			if got != want {
				t.Errorf("%s, with %d packages read from export data:\n%s\nwith all from source:\n%s", p.PkgPath, n, got, want)
			}
		}
	}
	if exported == 0 {
		t.Error("no run read a package from export data: the test proves nothing")
	}
	t.Logf("%d packages read from export data over all runs", exported)
}
