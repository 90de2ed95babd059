// Package driver loads Go packages and runs analyzers over them for the
// standalone errlint command.
//
// It differs from the x/tools checker in one way that matters for speed:
// analyzers that use facts make the checker load every dependency, the
// standard library included, from source. errlint's facts only ever describe
// the user's own code, so this driver type-checks from source just the
// packages named on the command line plus the packages of the main module
// (and workspace modules) that they depend on; everything else comes from
// the compiler's export data, as in a plain `go build`. Of the user's
// packages, those that can carry no fact (LoadConfig.NoFacts, decided in
// Run once their imports are analysed) and those whose facts a FactCache
// holds from an earlier run come from export data too.
//
// Why not golang.org/x/tools/go/analysis/checker (x/tools v0.52.0), measured
// on the bench projects with runs of both binaries interleaved, identical
// output, medians of 2–3 runs on a loaded 2-core machine (Dec 2026):
//
//   - checker.Analyze over packages.Load(LoadAllSyntax), which facts need:
//     gofakes3 36 s wall, 9.2 s CPU, 788 MiB max RSS against 1.6 s, 0.6 s,
//     38 MiB here; go-containerregistry 21 s, 5.4 s, 489 MiB against
//     1.3 s, 0.4 s, 27 MiB; distribution 52–114 s and 1.8 GiB against
//     3–11 s and 85 MiB.
//   - checker.Analyze on this loader's packages, type-checked here, the
//     graph cut down to the source packages: RSS +14 to +30% (distribution
//     104 against 80 MiB, minio 478 against 418 MiB) and wall +9 to +25%,
//     because checker analyses only after everything is type-checked and
//     keeps every package's syntax and type information to the end, where
//     Run frees each package's as soon as it is analysed. It would also
//     lose the progress counts, the recovery from an analyzer's panic and
//     the dropping (not panicking) on an invalid fix.
package driver

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/errlint/errlint/config"
)

// LoadConfig says what to load.
type LoadConfig struct {
	Dir        string   // working directory of the go command; "" means the current one
	Env        []string // environment of the go command; nil means os.Environ()
	BuildFlags []string // extra go list flags, e.g. "-tags=x"
	Tests      bool     // also load test variants of the matched packages

	// NoFacts, when set, judges whether a user package that the roots
	// reach can carry no fact the analyzers use when none of its imports
	// carries one: then Run reads it from export data (readFromExport).
	// path is its import path, files its parsed files, dir its directory,
	// and userPath tells the user's packages by import path. nil reads
	// every user package the roots reach from source.
	NoFacts func(path string, files []*ast.File, dir string, userPath func(string) bool) bool

	// Facts, when set, keeps the facts of the user packages across runs
	// (FactCache): a package that is no root and whose entry is found is
	// neither parsed nor type-checked, but read from export data with its
	// facts.
	Facts *FactCache

	// AnalyseTests loads the test variants ("p [p.test]", "p_test
	// [p.test]") and analyses them like other packages, instead of only
	// type-checking them: for errlint catalog -usage -test, whose base
	// reads _test.go files.
	AnalyseTests bool
}

// A Program is the result of Load: the package graph, with the packages to
// type-check from source identified.
type Program struct {
	Fset *token.FileSet

	// Roots are the packages that matched the patterns, in go list order.
	// Diagnostics are reported only for these.
	Roots []*packages.Package

	// Dir is the directory the packages were loaded from (LoadConfig.Dir,
	// else the current directory), to which output shows file names
	// relative.
	Dir string

	// Source holds the packages to type-check from source, dependencies
	// first: the roots and the user packages they depend on.
	Source []*packages.Package

	root         map[*packages.Package]bool
	source       map[*packages.Package]bool
	analyseTests bool // LoadConfig.AnalyseTests

	// FromExport counts the user packages that the roots reach but that
	// Run read from export data: they can carry no fact (readFromExport).
	FromExport int

	// factFree holds the user packages NoFacts judged fact-free, with
	// Run's decision on each (readFromExport).
	factFree map[*packages.Package]*deferral

	// FromCache counts the user packages that Run read from export data
	// with their facts from LoadConfig.Facts.
	FromCache int

	facts *FactCache                         // LoadConfig.Facts
	keys  map[*packages.Package]string       // each source package's key in facts
	hits  map[*packages.Package]*cachedFacts // the entries found, of packages that are no root

	userPaths map[string]bool // import paths of the user's packages the roots reach

	exportMu sync.Mutex
	exports  map[string]*types.Package // packages read from export data, by path
}

// IsRoot reports whether p matched the command-line patterns.
func (prog *Program) IsRoot(p *packages.Package) bool { return prog.root[p] }

// isUserPackage reports whether p is the user's own code (config's
// IsUserModule). Standard-library packages have no module.
func isUserPackage(p *packages.Package) bool {
	return p.Module != nil && config.IsUserModule(p.Module.Path, p.Module.Version)
}

// isTestVariant reports whether p is a test variant ("p [p.test]",
// "p_test [p.test]") or a generated test main ("p.test").
func isTestVariant(p *packages.Package) bool {
	return strings.Contains(p.ID, " [") || strings.HasSuffix(p.ID, ".test")
}

// notAnalysed reports whether p is only type-checked, for its errors: a
// test variant, unless the test variants are analysed, and a generated
// test main.
func (prog *Program) notAnalysed(p *packages.Package) bool {
	return isTestVariant(p) && (!prog.analyseTests || isTestMain(p))
}

// isTestMain reports whether p is the generated main package of a test binary.
func isTestMain(p *packages.Package) bool {
	return strings.HasSuffix(p.ID, ".test") && !strings.Contains(p.ID, " [")
}

// Load lists the packages matching patterns with one `go list` call, which
// also provides export data for every dependency, and decides which
// packages to type-check from source. It does not parse or type-check
// anything yet; Check does.
func Load(cfg LoadConfig, patterns ...string) (*Program, error) {
	pcfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedDeps | packages.NeedModule |
			packages.NeedExportFile | packages.NeedTypesSizes,
		Dir:        cfg.Dir,
		Env:        cfg.Env,
		BuildFlags: cfg.BuildFlags,
		Tests:      cfg.Tests || cfg.AnalyseTests,
	}
	roots, err := packages.Load(pcfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	dir := cfg.Dir
	if dir == "" {
		dir, _ = os.Getwd()
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	prog := &Program{
		Dir:      dir,
		Fset:     token.NewFileSet(),
		Roots:    roots,
		root:     make(map[*packages.Package]bool),
		source:   make(map[*packages.Package]bool),
		exports:  make(map[string]*types.Package),
		factFree: make(map[*packages.Package]*deferral),

		userPaths:    make(map[string]bool),
		analyseTests: cfg.AnalyseTests,
	}
	for _, p := range roots {
		prog.root[p] = true
	}

	// Source packages: the roots (except generated test mains, which hold
	// nothing of the user's) and every user package they reach. A package
	// that imports a source package must itself come from source, so that
	// all of them share one *types.Package per import; only user packages
	// import user packages, so the rule below already guarantees that.
	// The walk is in postorder: dependencies first.
	var reached []*packages.Package
	postorder(roots, sortedImports, func(p *packages.Package) {
		reached = append(reached, p)
		if isUserPackage(p) {
			prog.userPaths[p.PkgPath] = true
		}
		if (prog.root[p] || isUserPackage(p)) && !isTestMain(p) {
			prog.source[p] = true
			prog.Source = append(prog.Source, p)
		}
	})

	if cfg.Facts != nil {
		prog.lookUpFacts(cfg.Facts)
	}
	if cfg.NoFacts != nil {
		prog.readFromExport(cfg.NoFacts)
	}

	// A non-user package that imports a source package (possible only in
	// odd module graphs) must come from source too, or two *types.Package
	// would exist for one path. Fix the order up if that happens.
	for changed := true; changed; {
		changed = false
		for _, p := range reached {
			if prog.source[p] || isTestMain(p) {
				continue
			}
			for _, imp := range p.Imports {
				if prog.source[imp] {
					prog.source[p] = true
					changed = true
					break
				}
			}
		}
		if changed {
			prog.Source = prog.Source[:0]
			postorder(roots, sortedImports, func(p *packages.Package) {
				if prog.source[p] {
					prog.Source = append(prog.Source, p)
				}
			})
		}
	}
	return prog, nil
}

// postorder calls visit once on each node reachable from roots through
// edges, after every node its edges lead to: dependencies first.
func postorder[T comparable](roots []T, edges func(T) []T, visit func(T)) {
	seen := make(map[T]bool)
	var walk func(n T)
	walk = func(n T) {
		if seen[n] {
			return
		}
		seen[n] = true
		for _, m := range edges(n) {
			walk(m)
		}
		visit(n)
	}
	for _, n := range roots {
		walk(n)
	}
}

func sortedImports(p *packages.Package) []*packages.Package {
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	out := make([]*packages.Package, len(paths))
	for i, path := range paths {
		out[i] = p.Imports[path]
	}
	return out
}

// check parses and type-checks one source package. Its source imports must
// have been checked already. Errors are recorded in p.Errors, as go/packages
// does, and p.IllTyped is set when p or a dependency has errors.
func (prog *Program) check(p *packages.Package) {
	p.Fset = prog.Fset
	// go list's own build errors ("# pkg" and compiler output) repeat what
	// type-checking the source is about to report in full.
	kept := p.Errors[:0]
	for _, e := range p.Errors {
		if !(e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ")) {
			kept = append(kept, e)
		}
	}
	p.Errors = kept
	appendError := func(err error) {
		switch err := err.(type) {
		case packages.Error:
			p.Errors = append(p.Errors, err)
		case types.Error:
			p.Errors = append(p.Errors, packages.Error{
				Pos:  prog.Fset.Position(err.Pos).String(),
				Msg:  err.Msg,
				Kind: packages.TypeError,
			})
			p.TypeErrors = append(p.TypeErrors, err)
		case scanner.ErrorList:
			for _, e := range err {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		case *scanner.Error:
			p.Errors = append(p.Errors, packages.Error{Pos: err.Pos.String(), Msg: err.Msg, Kind: packages.ParseError})
		default:
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
	}

	files := p.Syntax // parsed already when Load asked whether p carries facts
	if files == nil {
		var errs []error
		files, errs = prog.parse(p)
		for _, err := range errs {
			appendError(err)
		}
	}
	p.Syntax = files

	p.Types = types.NewPackage(p.PkgPath, p.Name)
	// Test variants are checked only for their errors (nothing analyses
	// them, unless LoadConfig.AnalyseTests), and only roots report errors in function bodies; such
	// packages need neither the (costly) type information records nor, if
	// not roots, their bodies checked.
	testVariant := prog.notAnalysed(p)
	var info *types.Info
	if !testVariant { // analysed
		info = &types.Info{
			Types:        make(map[ast.Expr]types.TypeAndValue),
			Defs:         make(map[*ast.Ident]types.Object),
			Uses:         make(map[*ast.Ident]types.Object),
			Implicits:    make(map[ast.Node]types.Object),
			Instances:    make(map[*ast.Ident]types.Instance),
			Scopes:       make(map[ast.Node]*types.Scope),
			Selections:   make(map[*ast.SelectorExpr]*types.Selection),
			FileVersions: make(map[*ast.File]string),
		}
	}
	p.TypesInfo = info
	tc := &types.Config{
		Importer:         ImporterFunc(func(path string) (*types.Package, error) { return prog.importFrom(p, path) }),
		Error:            appendError,
		Sizes:            p.TypesSizes,
		IgnoreFuncBodies: testVariant && !prog.root[p],
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	nerr := len(p.Errors)
	err := types.NewChecker(tc, prog.Fset, p.Types, info).Files(files)
	if err != nil && len(p.Errors) == nerr {
		appendError(err) // an error the checker did not report through tc.Error
	}

	ill := len(p.Errors) > 0
	for _, imp := range p.Imports {
		if imp.IllTyped || len(imp.Errors) > 0 && !prog.source[imp] {
			ill = true
		}
	}
	p.IllTyped = ill
}

// parse reads and parses p's compiled Go files, with the errors of those
// it could not read or parse.
func (prog *Program) parse(p *packages.Package) ([]*ast.File, []error) {
	var files []*ast.File
	var errs []error
	for _, name := range p.CompiledGoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		f, err := parser.ParseFile(prog.Fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			errs = append(errs, err)
		}
		if f != nil {
			files = append(files, f)
		}
	}
	return files, errs
}

// importFrom resolves an import of source package p.
func (prog *Program) importFrom(p *packages.Package, path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	imp := p.Imports[path]
	if imp == nil {
		return nil, fmt.Errorf("no package data for import %q", path)
	}
	if prog.source[imp] {
		if prog.lazy(imp) {
			return prog.exportData(imp)
		}
		if imp.Types == nil {
			return nil, fmt.Errorf("internal error: %s imported before it was checked", imp.ID)
		}
		return imp.Types, nil
	}
	return prog.exportData(imp)
}

// exportData returns the types of a non-source package from the export data
// the go command built for it. All reads share one map, so that a type
// reached through several packages is one *types.Named; a user package's
// read finds there the source packages it imports (checked).
func (prog *Program) exportData(p *packages.Package) (*types.Package, error) {
	prog.exportMu.Lock()
	defer prog.exportMu.Unlock()
	if tp := prog.exports[p.PkgPath]; tp != nil && tp.Complete() {
		return tp, nil
	}
	if p.ExportFile == "" {
		msg := "no export data"
		if len(p.Errors) > 0 {
			msg = p.Errors[0].Msg
		}
		return nil, fmt.Errorf("could not load export data for %s: %s", p.PkgPath, msg)
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	//lint:ignore SA1019 go list -export names compiler archives, which only NewReader opens (until Go 1.29)
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", p.PkgPath, err)
	}
	tp, err := gcexportdata.Read(r, prog.Fset, prog.exports, p.PkgPath)
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", p.PkgPath, err)
	}
	return tp, nil
}

// An ImporterFunc is a types.Importer made of a function.
type ImporterFunc func(path string) (*types.Package, error)

// Import calls f.
func (f ImporterFunc) Import(path string) (*types.Package, error) { return f(path) }

// readFromExport finds the user packages that the roots reach but that
// can carry no fact: a package that none of the roots is, and that
// noFacts judges fact-free given that nothing it imports carries a fact.
// Its findings would not be reported (it is no root) and it would export
// nothing, so type-checking and analysing it from source would change no
// output. Run reads it from export data when its turn comes, if none of
// the packages it imports, directly or not, exported a fact, and checks
// it from source otherwise. Each keeps the syntax read to decide, for
// check.
func (prog *Program) readFromExport(noFacts func(path string, files []*ast.File, dir string, userPath func(string) bool) bool) {
	var candidates []*packages.Package
	for _, p := range prog.Source {
		if prog.readable(p) && prog.hits[p] == nil {
			candidates = append(candidates, p)
		}
	}
	if len(candidates) == 0 {
		return
	}
	// Parse in parallel; a package whose files do not all parse stays
	// from source, where check reports the errors.
	syntax := make([][]*ast.File, len(candidates))
	parallel(len(candidates), func(i int) {
		if files, errs := prog.parse(candidates[i]); len(errs) == 0 {
			syntax[i] = files
		}
	})

	userPath := func(path string) bool { return prog.userPaths[path] }
	for i, p := range candidates {
		files := syntax[i]
		p.Syntax = files // for check, if Run checks p after all
		if files != nil && noFacts(p.PkgPath, files, filepath.Dir(p.CompiledGoFiles[0]), userPath) {
			prog.factFree[p] = &deferral{}
		}
	}
}

// readable reports whether p may be read from export data in place of
// its source: a user package that no root is, with export data and no
// errors.
func (prog *Program) readable(p *packages.Package) bool {
	return !prog.root[p] && !isTestVariant(p) && p.ExportFile != "" && len(p.Errors) == 0
}

// lookUpFacts keys each source package in the fact cache and keeps the
// entries found of those that may be read from export data.
func (prog *Program) lookUpFacts(c *FactCache) {
	prog.facts = c
	prog.keys = c.cacheKeys(prog)
	entries := make([]*cachedFacts, len(prog.Source))
	parallel(len(prog.Source), func(i int) {
		p := prog.Source[i]
		if k, ok := prog.keys[p]; ok && prog.readable(p) {
			entries[i], _ = c.get(k)
		}
	})
	prog.hits = make(map[*packages.Package]*cachedFacts)
	for i, e := range entries {
		if e != nil {
			prog.hits[prog.Source[i]] = e
		}
	}
}

// parallel calls f(0), …, f(n-1), GOMAXPROCS at a time, and returns when
// all have returned.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(n, max(1, runtime.GOMAXPROCS(0))) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}

// putFacts writes p's entry, made by entry, into the fact cache, if there
// is one, p has a key and the entry is not there yet (a root is analysed
// on every run).
func (prog *Program) putFacts(p *packages.Package, entry func() *cachedFacts) {
	if k, ok := prog.keys[p]; ok && !prog.facts.has(k) {
		prog.facts.put(k, entry())
	}
}

// checked records a source package's types for the export-data reads of
// the user packages that import it, which must resolve it to the same
// *types.Package. A test variant shares its path with the package, and
// no package read from export data imports one.
func (prog *Program) checked(p *packages.Package) {
	if isTestVariant(p) || p.Types == nil {
		return
	}
	prog.exportMu.Lock()
	prog.exports[p.PkgPath] = p.Types
	prog.exportMu.Unlock()
}

// A deferral is Run's decision on a fact-free package.
type deferral struct {
	exported bool // read from export data, when first imported
}

// lazy reports whether Run read p, a source package, from export data
// instead of checking it: its types are read when a package checked from
// source first imports it, its facts (FactCache) when first asked for.
// Run decides before any package that imports p is checked.
func (prog *Program) lazy(p *packages.Package) bool {
	d := prog.factFree[p]
	return prog.hits[p] != nil || d != nil && d.exported
}

// FromSource counts the packages type-checked from source: after Run,
// the fact-free packages it read from export data and those whose facts
// it found in the cache are not among them.
func (prog *Program) FromSource() int { return len(prog.Source) - prog.FromExport - prog.FromCache }
