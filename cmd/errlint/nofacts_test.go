package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/cmd/errlint/internal/driver"
	"github.com/errlint/errlint/config"
	"github.com/errlint/errlint/internal/e2etest"
)

// TestNoFactsKeepsFindings runs errlint's suite on each package of
// several modules alone, so that the module's other packages are
// dependencies: once with every user package the root reaches from source,
// once with those that can carry no fact read from export data (noFacts),
// and once more reading a fact cache (driver.FactCache) that a run over
// the whole module filled. The output must be the same every time, and
// some runs must have read a package from export data and some from the
// cache, or the test proves nothing.
func TestNoFactsKeepsFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every package of several modules three times")
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
	cache := &driver.FactCache{Dir: t.TempDir(), Salt: []byte("test")}
	exported, cached := 0, 0
	for _, m := range modules {
		dir, err := filepath.Abs(m)
		if err != nil {
			t.Fatal(err)
		}
		all, err := driver.Load(driver.LoadConfig{Dir: dir, Env: modEnv}, "./...")
		if err != nil {
			t.Fatalf("%s: %v", m, err)
		}
		rule := driver.LoadConfig{NoFacts: noFacts(config.Overrides{})}
		lintAlone(t, dir, "./...", rule, cache) // fills the cache
		for _, p := range all.Roots {
			want, _ := lintAlone(t, dir, p.PkgPath, driver.LoadConfig{}, nil)
			got, prog := lintAlone(t, dir, p.PkgPath, rule, nil)
			exported += prog.FromExport
			// util, settings and paging; paging only once web is analysed
			// and found to export nothing (Run decides, readFromExport).
			if p.PkgPath == "example.com/layered/api" && prog.FromExport != 3 {
				t.Errorf("%s: %d packages read from export data, want 3 (util, settings, paging)", p.PkgPath, prog.FromExport)
			}
			if got != want {
				t.Errorf("%s, with %d packages read from export data:\n%s\nwith all from source:\n%s", p.PkgPath, prog.FromExport, got, want)
			}
			got, prog = lintAlone(t, dir, p.PkgPath, rule, cache)
			cached += prog.FromCache
			if got != want {
				t.Errorf("%s, with %d packages' facts from the cache:\n%s\nwith all from source:\n%s", p.PkgPath, prog.FromCache, got, want)
			}
		}
	}
	if exported == 0 || cached == 0 {
		t.Errorf("%d packages read from export data and %d from the cache over all runs: the test proves nothing", exported, cached)
	}
	t.Logf("%d packages read from export data, %d with their facts from the cache, over all runs", exported, cached)
}

// TestFactCacheFollowsEdits edits a dependency whose fact a finding rests
// on between two cached runs: the finding must go, and come back with the
// edit undone, from the cache.
func TestFactCacheFollowsEdits(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module several times")
	}
	dir := e2etest.Copy(t, "testdata/layered")
	cache := &driver.FactCache{Dir: t.TempDir(), Salt: []byte("test")}
	rule := driver.LoadConfig{NoFacts: noFacts(config.Overrides{})}
	const finding = "retries 429 without reading Retry-After"
	clock := filepath.Join(dir, "clock", "clock.go")
	orig, err := os.ReadFile(clock)
	if err != nil {
		t.Fatal(err)
	}
	step := func(what string, want bool, minCached int) {
		t.Helper()
		out, prog := lintAlone(t, dir, "./api", rule, cache)
		if shown := strings.Contains(out, finding); shown != want || prog.FromCache < minCached {
			t.Errorf("%s: %d packages' facts from the cache (want %d or more); %q shown: %t, want %t; output:\n%s", what, prog.FromCache, minCached, finding, shown, want, out)
		}
	}
	step("first run", true, 0)
	step("second run", true, 1)
	// Nap no longer sleeps: retry.Pause no longer waits, and the loop in
	// api is no retry loop.
	noSleep := strings.Replace(string(orig), "time.Sleep(time.Duration(attempt) * time.Second)", "_ = time.Duration(attempt)", 1)
	if noSleep == string(orig) {
		t.Fatal("clock.go does not hold the call the test edits")
	}
	edit := func(src string) {
		if err := os.WriteFile(clock, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit(noSleep)
	step("after the edit", false, 0)
	edit(string(orig))
	step("with the edit undone", true, 1)
}

// modEnv is the environment of lintAlone's go command.
var modEnv = append(os.Environ(), "GOFLAGS=-mod=mod")

// lintAlone runs errlint's suite on one pattern of the module in dir and
// returns its text output and the program, for its counts.
func lintAlone(t *testing.T, dir, pattern string, cfg driver.LoadConfig, cache *driver.FactCache) (string, *driver.Program) {
	t.Helper()
	cfg.Dir, cfg.Env, cfg.Facts = dir, modEnv, cache
	prog, err := driver.Load(cfg, pattern)
	if err != nil {
		t.Fatalf("%s %s: %v", dir, pattern, err)
	}
	res, err := driver.Run(prog, analyzer.New(analyzer.Options{}), driver.RunOptions{})
	if err != nil {
		t.Fatalf("%s %s: %v", dir, pattern, err)
	}
	var buf bytes.Buffer
	res.PrintText(&buf, -1)
	prog.PrintErrors(&buf)
	return buf.String(), prog
}
