package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"github.com/errlint/errlint/internal/driver"
)

// runStandalone implements `errlint [flags] packages...`.
func runStandalone(args []string, stdout, stderr io.Writer) int {
	fs, f := newFlagSet(stderr)
	fs.Usage = func() { usage(stderr) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2 // the flag package has printed the problem
	}
	if f.Diff {
		f.Fix = true
	}
	if f.SARIF && (f.JSON || f.Fix) {
		fmt.Fprintln(stderr, "errlint: -sarif cannot be combined with -json, -fix or -diff")
		return 2
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		usage(stderr)
		return 2
	}

	if f.CPUProfile != "" {
		pf, err := os.Create(f.CPUProfile)
		if err != nil {
			return fatalf(stderr, "%v", err)
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			return fatalf(stderr, "%v", err)
		}
		defer pprof.StopCPUProfile()
	}
	if f.MemProfile != "" {
		defer func() {
			if pf, err := os.Create(f.MemProfile); err == nil {
				runtime.GC()
				pprof.WriteHeapProfile(pf)
				pf.Close()
			}
		}()
	}

	// A bad -catalog fails before anything is loaded.
	var catalogPath string
	if f.Catalog == config.EmbeddedCatalog {
		catalogPath = config.EmbeddedCatalog // the embedded default, chosen on purpose
	} else if f.Catalog != "" {
		abs, err := filepath.Abs(f.Catalog)
		if err != nil {
			return fatalf(stderr, "%v", err)
		}
		if _, err := catalog.Load(abs); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		catalogPath = abs
	}

	disable := disabledByFlags(f.enable)
	suite := analyzer.New(analyzer.Options{Overrides: config.Overrides{Catalog: catalogPath, Disable: disable}})
	analyzers := enabledAnalyzers(suite, disable)
	if len(analyzers) == 0 {
		return fatalf(stderr, "every analyzer is disabled")
	}

	cfg := driver.LoadConfig{Tests: f.Tests}
	if f.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + f.Tags}
	}
	prog, err := driver.Load(cfg, patterns...)
	if err != nil {
		return fatalf(stderr, "%v", err)
	}

	// The configuration of every package directory is read and validated
	// before any package is analysed: a bad config or catalog stops the run.
	sources, implicit, err := resolveSettings(prog, catalogPath)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if implicit {
		printImplicitNotice(stderr)
	}
	if f.Verbose {
		for _, line := range sources {
			fmt.Fprintf(stderr, "errlint: catalog: %s\n", line)
		}
	}

	res, err := driver.Run(prog, analyzers, driver.RunOptions{})
	if err != nil {
		return fatalf(stderr, "%v", err)
	}

	exit := 0
	if driver.PrintErrors(stderr, prog.Roots) > 0 {
		exit = 1
	}
	switch {
	case f.Fix:
		var fo driver.FixOptions
		if f.Diff {
			fo.Diff = stdout
		}
		if _, err := res.ApplyFixes(fo); err != nil {
			fmt.Fprintf(stderr, "errlint: %v\n", err)
			exit = 1
		}
	case f.SARIF:
		var loadErrs strings.Builder
		driver.PrintErrors(&loadErrs, prog.Roots)
		if err := writeSARIF(stdout, res, suite, loadErrs.String()); err != nil {
			return fatalf(stderr, "%v", err)
		}
	case f.JSON:
		if err := res.PrintJSON(stdout); err != nil {
			return fatalf(stderr, "%v", err)
		}
	default:
		diags, errs := res.PrintText(stderr, f.Context)
		if errs > 0 {
			exit = 1
		} else if diags > 0 && exit == 0 {
			exit = 3
		}
	}
	return exit
}

// enabledAnalyzers drops the analyzers named in disable.
func enabledAnalyzers(all []*analysis.Analyzer, disable []string) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range all {
		off := false
		for _, d := range disable {
			off = off || a.Name == d
		}
		if !off {
			out = append(out, a)
		}
	}
	return out
}

// resolveSettings resolves (and so validates) the configuration of every
// source package's directory, and describes the catalogs used by the
// packages that are reported on, most used first. implicit reports whether
// any of those packages uses the embedded default because nothing named a
// catalog.
func resolveSettings(prog *driver.Program, catalogPath string) (sources []string, implicit bool, err error) {
	count := make(map[string]int)
	done := make(map[string]bool)
	for _, p := range prog.Source {
		dir := packageDir(p)
		if dir == "" || done[dir] {
			continue
		}
		done[dir] = true
		s, err := config.Resolve(config.Overrides{Catalog: catalogPath}, dir)
		if err != nil {
			return nil, false, err
		}
		if prog.IsRoot(p) {
			count[s.CatalogSource]++
			implicit = implicit || s.Implicit
		}
	}
	var out []string
	for src := range count {
		out = append(out, src)
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > 1 {
		for i, src := range out {
			out[i] = fmt.Sprintf("%s (%s)", src, plural(count[src], "package directory", "package directories"))
		}
	}
	return out, implicit, nil
}

// printImplicitNotice says, once per run, that no catalog was configured
// (SPEC §1, the implicit default): the embedded default is one company's
// catalog, and no fix takes a value from it.
func printImplicitNotice(w io.Writer) {
	fmt.Fprintf(w, "errlint: no catalog configured; using the embedded default (%d codes) — see errlint init\n", len(catalog.Default().Entries))
}

func packageDir(p *packages.Package) string {
	if p.Dir != "" {
		return p.Dir
	}
	for _, list := range [][]string{p.GoFiles, p.CompiledGoFiles, p.OtherFiles} {
		for _, f := range list {
			if !strings.Contains(f, string(filepath.Separator)+"go-build") {
				return filepath.Dir(f)
			}
		}
	}
	return ""
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
