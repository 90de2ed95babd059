package main

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/cmd/errlint/internal/driver"
	"github.com/errlint/errlint/config"
	"github.com/errlint/errlint/internal/usercache"
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
	if f.Version {
		return printModuleVersion(stdout)
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
		patterns = []string{"./..."} // as go vet does with none
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
	catalogPath, ok := catalogFlag(f.Catalog, stderr)
	if !ok {
		return 1
	}

	disable := disabledByFlags(f.enable)
	// The driver prints each distinct analysis error once, and leaves
	// disabled analyzers out: every reporter returns a bad configuration.
	overrides := config.Overrides{Catalog: catalogPath, Disable: disable}
	suite := analyzer.New(analyzer.Options{Overrides: overrides, ErrEveryReporter: true})
	analyzers := enabledAnalyzers(suite, disable)
	if len(analyzers) == 0 {
		return fatalf(stderr, "every analyzer is disabled")
	}

	cfg := driver.LoadConfig{Tests: f.Tests, NoFacts: noFacts(overrides), Facts: factCache(catalogPath, analyzers)}
	if f.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + f.Tags}
	}
	a := &session{cfg: cfg, patterns: patterns, analyzers: analyzers, catalogPath: catalogPath, stderr: stderr, verbose: f.Verbose}
	res, exit := a.run()
	if res == nil {
		return exit
	}
	switch {
	case f.Fix && !f.Diff:
		// One round: the fixes of the findings of the code as it was,
		// then the findings that remain (a fix may create one) from a
		// fresh analysis of the fixed code.
		sum, err := res.ApplyFixes(driver.FixOptions{})
		if err != nil {
			fmt.Fprintf(stderr, "errlint: %v\n", err)
			return 1
		}
		if sum.Applied > 0 || sum.Conflicts > 0 {
			fmt.Fprintf(stderr, "errlint: %s\n", sum)
		}
		if sum.Files > 0 {
			a.verbose = false // said once
			if res, exit = a.run(); res == nil {
				return exit
			}
		}
		return textExit(res, stderr, f.Context, exit)
	case f.Diff:
		if _, err := res.ApplyFixes(driver.FixOptions{Diff: stdout}); err != nil {
			fmt.Fprintf(stderr, "errlint: %v\n", err)
			return 1
		}
		return textExit(res, stderr, f.Context, exit) // -diff exits as a plain run
	case f.SARIF:
		var loadErrs strings.Builder
		a.prog.PrintErrors(&loadErrs)
		if err := writeSARIF(stdout, res, suite, loadErrs.String()); err != nil {
			return fatalf(stderr, "%v", err)
		}
		return exit
	case f.JSON:
		if err := res.PrintJSON(stdout); err != nil {
			return fatalf(stderr, "%v", err)
		}
		return exit
	}
	return textExit(res, stderr, f.Context, exit)
}

// textExit prints the findings of res as text and returns the exit status
// of a plain run: 1 for errors (exit is already 1 when packages did not
// load), else 3 for findings, else 0.
func textExit(res *driver.Results, stderr io.Writer, contextLines, exit int) int {
	diags, errs := res.PrintText(stderr, contextLines)
	if errs > 0 {
		return 1
	}
	if diags > 0 && exit == 0 {
		return 3
	}
	return exit
}

// session is one standalone load-and-analyse of the packages, repeated
// after -fix.
type session struct {
	cfg         driver.LoadConfig
	patterns    []string
	analyzers   []*analysis.Analyzer
	catalogPath string
	stderr      io.Writer
	verbose     bool
	noticed     bool // the implicit-default notice was printed

	prog *driver.Program // the packages of the last run
}

// run loads and analyses the packages. It returns nil results (and exit
// status 1) when nothing could be analysed; otherwise the results, with
// exit status 1 when some packages did not load, after printing their
// errors.
func (a *session) run() (*driver.Results, int) {
	started := time.Now()
	p := terminalProgress(a.stderr)
	defer p.done()
	p.set("listing packages (go list, which may build dependencies)")
	prog, err := driver.Load(a.cfg, a.patterns...)
	p.done() // before any error is printed
	if err != nil {
		fmt.Fprintf(a.stderr, "errlint: %v\n", err)
		noModuleHint(a.stderr, a.cfg.Dir)
		return nil, 1
	}

	// The configuration of every package directory is read and validated
	// before any package is analysed: a bad config or catalog stops the run.
	sources, implicit, err := resolveSettings(prog, a.catalogPath)
	if err != nil {
		fmt.Fprintln(a.stderr, err)
		return nil, 1
	}
	// Under the implicit default the notice waits for the analysis: a
	// package may find its catalog in the values it declares (§11).
	notice := implicit && !a.noticed
	if a.verbose {
		for _, line := range sources {
			fmt.Fprintf(a.stderr, "errlint: catalog: %s\n", line)
		}
	}
	if a.verbose {
		printUnchecked(a.stderr, prog, a.catalogPath)
	}

	p = terminalProgress(a.stderr)
	p.start = p.start.Add(-time.Since(started)) // the delay counts from the start of the run
	analyzers, opts := a.analyzers, driver.RunOptions{}
	base := analyzer.Base(a.analyzers)
	if a.verbose && base != nil {
		// -v names the go_catalog declarations a package cannot reach.
		analyzers, opts.Keep = append(slices.Clone(analyzers), base), []*analysis.Analyzer{base}
	}
	var found *analysis.Analyzer
	if notice && base != nil {
		// The notice names the catalogs found: a small result kept per package.
		found = analyzer.NewFoundAnalyzer(base)
		analyzers, opts.Keep = append(slices.Clone(analyzers), found), append(opts.Keep, found)
	}
	opts.Progress = func(checked, analysed, total int) {
		p.set("packages listed; %d of %d type-checked, %d analysed", checked, total, analysed)
	}
	res, err := driver.Run(prog, analyzers, opts)
	p.done()
	if err != nil {
		fmt.Fprintf(a.stderr, "errlint: %v\n", err)
		return nil, 1
	}
	if a.verbose {
		fmt.Fprintf(a.stderr, "errlint: %d packages from source, %d of yours read from export data (they can carry no fact), %d with their facts from the cache\n", prog.FromSource(), prog.FromExport, prog.FromCache)
	}
	if notice {
		a.printNotices(prog, res, found)
		a.noticed = true // once per run, not again after -fix
	}
	if a.verbose && base != nil {
		for _, r := range res.Results {
			if r.Analyzer == base {
				for _, decl := range analyzer.Unreached(r.Value) {
					fmt.Fprintf(a.stderr, "errlint: %s: catalog incomplete: go_catalog %s is not reachable from it (unknowncode is silent there)\n", r.Package.PkgPath, decl)
				}
			}
		}
	}
	a.prog = prog
	exit := 0
	if prog.PrintErrors(a.stderr) > 0 {
		exit = 1
		noModuleHint(a.stderr, a.cfg.Dir)
	}
	return res, exit
}

// noModuleHint tells the user what to do when errlint runs outside a Go
// module, which is what go list's errors then mean.
func noModuleHint(w io.Writer, dir string) {
	cmd := exec.Command("go", "env", "GOMOD", "GOWORK")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	gomod := strings.TrimSpace(lines[0])
	if gomod != "" && gomod != os.DevNull {
		return
	}
	if len(lines) > 1 {
		if w := strings.TrimSpace(lines[1]); w != "" && w != "off" {
			return // a workspace
		}
	}
	fmt.Fprintln(w, "errlint: no Go module here (no go.mod in this directory or above it): cd into a module's directory, or create one with `go mod init MODULE`")
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

// printUnchecked lists, for -v, the writers: entries of the configuration
// whose package is not analysed in this run: whether it declares the
// function is not checked (SPEC §13).
func printUnchecked(w io.Writer, prog *driver.Program, catalogPath string) {
	loaded := map[string]bool{}
	for _, p := range prog.Source {
		loaded[p.PkgPath] = true
	}
	for _, p := range prog.Roots {
		dir := packageDir(p)
		if dir == "" {
			continue
		}
		s, err := config.Resolve(config.Overrides{Catalog: catalogPath}, dir)
		if err != nil {
			return // reported already
		}
		for _, wr := range s.Writers {
			if pkg := config.PkgPathOf(wr.Func); pkg != "" && !loaded[pkg] {
				fmt.Fprintf(w, "errlint: %s:%d: writer %q not checked: package %s is not analysed in this run\n", wr.File, wr.Line, wr.Func, pkg)
			}
		}
		return // writers are module-wide: one package's settings tell them all
	}
}

// printNotices names, once per run, each catalog found in the values a
// module declares (§11), and the embedded default when some package found
// none.
func (a *session) printNotices(prog *driver.Program, res *driver.Results, foundAnalyzer *analysis.Analyzer) {
	seen := map[string]bool{}
	withoutFound := foundAnalyzer == nil
	dir := a.cfg.Dir
	if dir == "" {
		dir, _ = os.Getwd()
	}
	for _, r := range res.Results {
		found, ok := r.Value.(*analyzer.Found)
		if r.Analyzer != foundAnalyzer || !ok || r.Package == nil || !prog.IsRoot(r.Package) {
			continue
		}
		if len(found.Catalogs) == 0 {
			if !found.Implicit {
				continue
			}
			withoutFound = true
		}
		for _, f := range found.Catalogs {
			key := f.Decl.Flag() + "\x00" + f.File
			if !seen[key] {
				seen[key] = true
				fmt.Fprintln(a.stderr, f.Notice(dir))
			}
		}
	}
	if withoutFound || len(seen) == 0 {
		printImplicitNotice(a.stderr)
	}
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

// catalogFlag resolves a -catalog flag for the overrides: "" (discover),
// the embedded default by name, or the absolute path of a catalog that
// loads. It prints why a catalog cannot be used and reports false, before
// any package is loaded.
func catalogFlag(flag string, stderr io.Writer) (string, bool) {
	if flag == "" || flag == config.EmbeddedCatalog {
		return flag, true // discovery, or the embedded default chosen on purpose
	}
	abs, err := filepath.Abs(flag)
	if err != nil {
		fatalf(stderr, "%v", err)
		return "", false
	}
	if _, err := catalog.Load(abs); err != nil {
		fmt.Fprintln(stderr, err)
		return "", false
	}
	return abs, true
}

// noFacts returns the judgement by which the standalone driver reads from
// export data a user package that can carry no fact
// (analyzer.MayExportFacts), with what the settings in effect for its
// directory add. A directory whose settings do not resolve keeps its
// packages from source, where the run reports the error.
func noFacts(o config.Overrides) func(path string, files []*ast.File, dir string, userPath func(string) bool) bool {
	words := map[string]*analyzer.SourceWords{} // by directory; Load asks one package at a time
	return func(path string, files []*ast.File, dir string, userPath func(string) bool) bool {
		w, ok := words[dir]
		if !ok {
			if s, err := config.Resolve(o, dir); err == nil {
				w = analyzer.ConfigSourceWords(s)
			}
			words[dir] = w
		}
		return w != nil && !analyzer.MayExportFacts(path, files, userPath, w)
	}
}

// factCache returns the cache of the facts of the user's packages
// (driver.FactCache), in facts/ of errlint's cache directory (usercache);
// nil when there is none (ERRLINT_CACHE=off). Its salt is the executable,
// the analyzers and the configuration of the current directory's module
// (its files, the catalogs they name, and -catalog), as go vet's key is
// (printVersion).
func factCache(catalogPath string, analyzers []*analysis.Analyzer) *driver.FactCache {
	root := usercache.Dir()
	if root == "" {
		return nil
	}
	usercache.Trim(root)
	_, sum, err := selfDigest()
	if err != nil {
		return nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	h := sha256.New()
	h.Write(sum)
	for _, a := range analyzers {
		fmt.Fprintf(h, "analyzer %s\n", a.Name)
	}
	hashConfiguration(h, wd, catalogPath)
	return &driver.FactCache{Dir: filepath.Join(root, "facts"), Salt: h.Sum(nil)}
}
