package driver

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A Result is what one analyzer found in one root package.
type Result struct {
	Package     *packages.Package
	Analyzer    *analysis.Analyzer
	Diagnostics []analysis.Diagnostic
	Err         error
	Value       any // what the analyzer returned, kept for RunOptions.Keep
}

// Results of a whole run.
type Results struct {
	Fset *token.FileSet
	// Results holds one entry per (reported analyzer, analysed root
	// package) with diagnostics or an error, in package order.
	Results []*Result
	// Generated holds the names of generated Go files among the roots;
	// fixes never edit them.
	Generated map[string]bool
	// Dir is the directory text output shows file names relative to
	// (those below it); "" shows them as they are.
	Dir string
}

// RunOptions tune Run.
type RunOptions struct {
	// Keep lists analyzers whose Result (Value included) Run keeps for
	// every analysed root package, even without diagnostics.
	Keep []*analysis.Analyzer

	// Progress, when not nil, is called after each source package is
	// type-checked and after it is analysed, with the counts so far and
	// the number of source packages. Calls may come from several
	// goroutines, one at a time.
	Progress func(checked, analysed, total int)
}

// Run type-checks the source packages of prog in dependency order and runs
// the analyzers over them as soon as each is checked, sharing facts between
// packages in memory.
//
// The analyzers (and those they require) run on every root package except
// test variants; on the other source packages only the analyzers that use
// facts run, for their facts. Test variants are type-checked, so that their
// errors are reported as go vet would, but not analysed: they add only
// _test.go files, which the errlint analyzers never report on, and nothing
// imports them for facts.
func Run(prog *Program, analyzers []*analysis.Analyzer, opts RunOptions) (*Results, error) {
	if err := analysis.Validate(analyzers); err != nil {
		return nil, err
	}
	all := Expand(analyzers)
	facty := factUsers(all)
	store := &factStore{objects: make(map[objectKey]analysis.Fact), packages: make(map[packageKey]analysis.Fact), from: make(map[*types.Package]bool),
		prog: prog, all: all, lazy: make(map[string]*lazyFacts)}
	for p, e := range prog.hits {
		if len(e.Facts) > 0 {
			store.lazy[p.PkgPath] = &lazyFacts{p: p, entry: e}
		}
	}
	res := &Results{Fset: prog.Fset, Generated: make(map[string]bool), Dir: prog.Dir}

	// Schedule: a package is ready when all its source imports are done.
	type node struct {
		pkg     *packages.Package
		pending int
		preds   []*node
		results []*Result
	}
	nodes := make(map[*packages.Package]*node, len(prog.Source))
	for _, p := range prog.Source {
		nodes[p] = &node{pkg: p}
	}
	var ready []*node
	for _, p := range prog.Source {
		n := nodes[p]
		for _, imp := range p.Imports {
			if d := nodes[imp]; d != nil {
				n.pending++
				d.preds = append(d.preds, n)
			}
		}
		if n.pending == 0 {
			ready = append(ready, n)
		}
	}

	var (
		mu                sync.Mutex
		checked, analysed int // guarded by mu
		wg                sync.WaitGroup
		sema              = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	)
	var process func(n *node)
	var enqueue func(n *node)
	enqueue = func(n *node) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sema <- struct{}{}
			process(n)
			<-sema
			for _, pred := range n.preds {
				mu.Lock()
				pred.pending--
				now := pred.pending == 0
				mu.Unlock()
				if now {
					enqueue(pred)
				}
			}
		}()
	}
	progress := func(c, a int) {
		if opts.Progress == nil {
			return
		}
		mu.Lock()
		checked += c
		analysed += a
		opts.Progress(checked, analysed, len(prog.Source))
		mu.Unlock()
	}
	// carries holds the source packages that exported a fact or import,
	// directly or not, one that did (guarded by mu): a fact-free package
	// that imports none of them is read from export data.
	carries := make(map[*packages.Package]bool)
	carry := func(p *packages.Package) bool {
		mu.Lock()
		defer mu.Unlock()
		for _, imp := range p.Imports {
			if carries[imp] {
				return true
			}
		}
		return false
	}
	process = func(n *node) {
		p := n.pkg
		if d := prog.factFree[p]; d != nil && !carry(p) {
			d.exported, p.Syntax = true, nil
			prog.putFacts(p, func() *cachedFacts { return &cachedFacts{} }) // a later run reads it without parsing it
			mu.Lock()
			prog.FromExport++
			mu.Unlock()
			progress(1, 1)
			return
		}
		if e := prog.hits[p]; e != nil {
			c := len(e.Facts) > 0 || e.Dropped || carry(p)
			mu.Lock()
			carries[p] = c
			prog.FromCache++
			mu.Unlock()
			progress(1, 1)
			return
		}
		prog.check(p)
		prog.checked(p)
		progress(1, 0)
		defer progress(0, 1)
		defer func() {
			if c := store.exported(p.Types) || carry(p); c {
				mu.Lock()
				carries[p] = true
				mu.Unlock()
			}
		}()
		if prog.notAnalysed(p) {
			p.Syntax, p.TypesInfo = nil, nil
			return
		}
		isRoot := prog.IsRoot(p)
		var run []*analysis.Analyzer
		for _, a := range all {
			if isRoot || facty[a] {
				run = append(run, a)
			}
		}
		if len(run) == 0 {
			return
		}
		results := analyzePackage(prog.Fset, p, run, store)
		complete := !p.IllTyped // every analyzer that exports facts ran to the end
		for _, a := range run {
			complete = complete && (len(a.FactTypes) == 0 || results[a].Err == nil)
		}
		if complete {
			prog.putFacts(p, func() *cachedFacts { return store.encode(p) })
		}
		if isRoot {
			var gen []string
			for _, f := range p.Syntax {
				if ast.IsGenerated(f) {
					gen = append(gen, prog.Fset.File(f.FileStart).Name())
				}
			}
			for _, a := range run {
				r := results[a]
				if r == nil {
					continue
				}
				// A root's findings and errors; a prerequisite's error too,
				// since the roots that need it only say it failed.
				root := slices.Contains(analyzers, a)
				if root && (r.Err != nil || len(r.Diagnostics) > 0 || slices.Contains(opts.Keep, a)) || !root && r.Err != nil && !IsSkipped(r.Err) {
					n.results = append(n.results, r)
				}
			}
			mu.Lock()
			for _, g := range gen {
				res.Generated[g] = true
			}
			mu.Unlock()
		}
		// Syntax and TypesInfo are needed no longer: dependents use only
		// Types, and printing uses only positions.
		p.Syntax = nil
		p.TypesInfo = nil
	}
	for _, n := range ready {
		enqueue(n)
	}
	wg.Wait()

	for _, p := range prog.Source {
		res.Results = append(res.Results, nodes[p].results...)
	}
	return res, nil
}

// Expand returns the analyzers and everything they require, prerequisites
// first.
func Expand(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	postorder(analyzers, requires, func(a *analysis.Analyzer) { out = append(out, a) })
	return out
}

func requires(a *analysis.Analyzer) []*analysis.Analyzer { return a.Requires }

// factUsers returns the analyzers that must run on a package only for its
// facts: those declaring fact types and everything they require.
func factUsers(all []*analysis.Analyzer) map[*analysis.Analyzer]bool {
	var facty []*analysis.Analyzer
	for _, a := range all {
		if len(a.FactTypes) > 0 {
			facty = append(facty, a)
		}
	}
	out := make(map[*analysis.Analyzer]bool)
	postorder(facty, requires, func(a *analysis.Analyzer) { out[a] = true })
	return out
}

type objectKey struct {
	a   *analysis.Analyzer
	obj types.Object
	typ reflect.Type
}

type packageKey struct {
	a   *analysis.Analyzer
	pkg *types.Package
	typ reflect.Type
}

// factStore holds every fact of the run. Objects are shared by all source
// packages (an importer gets the very *types.Package its dependency was
// checked into), so an object is its own key.
type factStore struct {
	mu       sync.RWMutex
	objects  map[objectKey]analysis.Fact
	packages map[packageKey]analysis.Fact
	from     map[*types.Package]bool // the packages that exported a fact

	prog *Program
	all  []*analysis.Analyzer
	lazy map[string]*lazyFacts // by path, the cached facts not yet decoded; fixed once Run starts
}

// importFact copies into ptr the fact that facts (one of store's maps)
// holds under key, once the cached facts of pkg, the package the fact
// belongs to (nil: none), are decoded, and reports whether there is one.
func importFact[K comparable](store *factStore, pkg *types.Package, facts map[K]analysis.Fact, key K, ptr analysis.Fact) bool {
	if pkg != nil {
		store.need(pkg.Path())
	}
	store.mu.RLock()
	v, ok := facts[key]
	store.mu.RUnlock()
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
	}
	return ok
}

// exported reports whether pkg exported a fact.
func (s *factStore) exported(pkg *types.Package) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.from[pkg]
}

// analyzePackage runs the analyzers (prerequisites first) on one
// type-checked package.
func analyzePackage(fset *token.FileSet, p *packages.Package, run []*analysis.Analyzer, store *factStore) map[*analysis.Analyzer]*Result {
	results := make(map[*analysis.Analyzer]*Result, len(run))
	outputs := make(map[*analysis.Analyzer]any, len(run))
	module := &analysis.Module{}
	if p.Module != nil {
		module = convertModule(p.Module)
	}
	for _, a := range run {
		r := &Result{Package: p, Analyzer: a}
		results[a] = r
		if p.IllTyped && !a.RunDespiteErrors {
			r.Err = errSkipped
			continue
		}
		inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
		var failed []string
		skipped := false
		for _, req := range a.Requires {
			if rr := results[req]; rr == nil || rr.Err != nil {
				failed = append(failed, req.Name)
				skipped = skipped || rr != nil && rr.Err == errSkipped
				continue
			}
			inputs[req] = outputs[req]
		}
		if skipped {
			r.Err = errSkipped
			continue
		}
		if failed != nil {
			sort.Strings(failed)
			r.Err = prerequisiteError(fmt.Sprintf("failed prerequisites: %v", failed))
			continue
		}
		outputs[a], r.Err = runPass(fset, p, a, module, inputs, store, r)
		r.Value = outputs[a]
	}
	return results
}

// errSkipped marks an analysis not run because the package has errors; the
// package errors themselves are what gets reported.
var errSkipped = fmt.Errorf("analysis skipped due to errors in package")

// IsSkipped reports whether err only says that the analysis was skipped:
// because the package did not type-check, or because an analyzer it
// requires failed (whose own error is what gets reported).
func IsSkipped(err error) bool {
	_, prereq := err.(prerequisiteError)
	return err == errSkipped || prereq
}

// prerequisiteError marks an analysis not run because one it requires
// failed.
type prerequisiteError string

func (e prerequisiteError) Error() string { return string(e) }

func runPass(fset *token.FileSet, p *packages.Package, a *analysis.Analyzer, module *analysis.Module,
	inputs map[*analysis.Analyzer]any, store *factStore, r *Result) (result any, err error) {
	var factErr error
	ownFactType := make(map[reflect.Type]bool, len(a.FactTypes))
	for _, f := range a.FactTypes {
		ownFactType[reflect.TypeOf(f)] = true
	}
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
	}
	pass.Report = func(d analysis.Diagnostic) {
		if err := validateFixes(fset, d.SuggestedFixes); err != nil {
			fmt.Fprintf(os.Stderr, "%s: analyzer %s suggests an invalid fix (dropped): %v\n", fset.Position(d.Pos), a.Name, err)
			d.SuggestedFixes = nil
		}
		r.Diagnostics = append(r.Diagnostics, d)
	}
	pass.ImportObjectFact = func(obj types.Object, ptr analysis.Fact) bool {
		if obj == nil {
			return false
		}
		return importFact(store, obj.Pkg(), store.objects, objectKey{a, obj, reflect.TypeOf(ptr)}, ptr)
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		if obj == nil || obj.Pkg() != p.Types {
			factErr = fmt.Errorf("internal error: %s exported a fact for %v, which does not belong to package %s", a.Name, obj, p.PkgPath)
			return
		}
		if !ownFactType[reflect.TypeOf(fact)] {
			factErr = fmt.Errorf("internal error: %s exported a fact of undeclared type %T", a.Name, fact)
			return
		}
		store.mu.Lock()
		store.objects[objectKey{a, obj, reflect.TypeOf(fact)}] = fact
		store.from[p.Types] = true
		store.mu.Unlock()
	}
	pass.ImportPackageFact = func(pkg *types.Package, ptr analysis.Fact) bool {
		if pkg == nil {
			return false
		}
		return importFact(store, pkg, store.packages, packageKey{a, pkg, reflect.TypeOf(ptr)}, ptr)
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		if !ownFactType[reflect.TypeOf(fact)] {
			factErr = fmt.Errorf("internal error: %s exported a fact of undeclared type %T", a.Name, fact)
			return
		}
		store.mu.Lock()
		store.packages[packageKey{a, p.Types, reflect.TypeOf(fact)}] = fact
		store.from[p.Types] = true
		store.mu.Unlock()
	}
	var vis map[*types.Package]bool // computed once per pass: the graph does not change
	deps := func() map[*types.Package]bool {
		if vis == nil {
			vis = store.visible(p)
		}
		return vis
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		visible := deps()
		var out []analysis.ObjectFact
		store.mu.RLock()
		for k, f := range store.objects {
			if k.a == a && k.obj.Pkg() != nil && visible[k.obj.Pkg()] {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
		store.mu.RUnlock()
		return out
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		visible := deps()
		var out []analysis.PackageFact
		store.mu.RLock()
		for k, f := range store.packages {
			if k.a == a && visible[k.pkg] {
				out = append(out, analysis.PackageFact{Package: k.pkg, Fact: f})
			}
		}
		store.mu.RUnlock()
		return out
	}
	pass.ReadFile = func(filename string) ([]byte, error) {
		if !readable(pass, filename) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", filename)
		}
		return os.ReadFile(filename)
	}

	defer func() {
		if x := recover(); x != nil {
			result, err = nil, fmt.Errorf("internal error: analyzer %s panicked on package %s: %v", a.Name, p.PkgPath, x)
		}
	}()
	result, err = a.Run(pass)
	pass.ExportObjectFact = func(types.Object, analysis.Fact) {}
	pass.ExportPackageFact = func(analysis.Fact) {}
	if err != nil {
		return nil, err
	}
	if factErr != nil {
		return nil, factErr
	}
	if got, want := reflect.TypeOf(result), a.ResultType; got != want {
		return nil, fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v", p.PkgPath, a.Name, got, want)
	}
	for i := range r.Diagnostics {
		u, err := resolveURL(a, r.Diagnostics[i])
		if err != nil {
			return nil, err
		}
		r.Diagnostics[i].URL = u
	}
	return result, nil
}

// visible returns the packages whose facts p's analysis sees: itself and
// the source packages it imports, directly or not, their cached facts
// decoded. The walk follows the package graph, not
// types.Package.Imports, which for a package read from export data lists
// only the packages its export data mentions.
func (s *factStore) visible(p *packages.Package) map[*types.Package]bool {
	out := map[*types.Package]bool{p.Types: true}
	sourceImports := func(q *packages.Package) []*packages.Package {
		var imps []*packages.Package
		for _, imp := range q.Imports {
			if s.prog.source[imp] {
				imps = append(imps, imp)
			}
		}
		return imps
	}
	postorder(sourceImports(p), sourceImports, func(imp *packages.Package) {
		if lf := s.lazy[imp.PkgPath]; lf != nil && lf.p == imp {
			if tp := s.need(imp.PkgPath); tp != nil {
				out[tp] = true
			}
		} else if imp.Types != nil {
			out[imp.Types] = true
		}
	})
	return out
}

func readable(pass *analysis.Pass, filename string) bool {
	if slices.Contains(pass.OtherFiles, filename) || slices.Contains(pass.IgnoredFiles, filename) {
		return true
	}
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart).Name() == filename {
			return true
		}
	}
	return false
}

// resolveURL gives a diagnostic the URL of its category relative to the
// analyzer's, as the x/tools drivers do.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if d.URL == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %s", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %s", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// validateFixes checks that the edits of every fix lie in one file each and
// do not overlap, normalising End; an invalid fix is an analyzer bug.
func validateFixes(fset *token.FileSet, fixes []analysis.SuggestedFix) error {
	for i := range fixes {
		edits := fixes[i].TextEdits
		slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int {
			if c := cmp.Compare(x.Pos, y.Pos); c != 0 {
				return c
			}
			return cmp.Compare(x.End, y.End)
		})
		var prevEnd token.Pos
		for j := range edits {
			e := &edits[j]
			file := fset.File(e.Pos)
			if file == nil {
				return fmt.Errorf("edit has no file")
			}
			if !e.End.IsValid() {
				e.End = e.Pos
			}
			fileEnd := token.Pos(file.Base() + file.Size())
			if e.End < e.Pos || e.End > fileEnd {
				return fmt.Errorf("edit %d has a bad range", j)
			}
			if j > 0 && e.Pos < prevEnd {
				return fmt.Errorf("overlapping edits in %s", file.Name())
			}
			prevEnd = e.End
		}
	}
	return nil
}

func convertModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return nil
	}
	var merr *analysis.ModuleError
	if m.Error != nil {
		merr = &analysis.ModuleError{Err: m.Error.Err}
	}
	return &analysis.Module{
		Path:      m.Path,
		Version:   m.Version,
		Replace:   convertModule(m.Replace),
		Time:      m.Time,
		Main:      m.Main,
		Indirect:  m.Indirect,
		Dir:       m.Dir,
		GoMod:     m.GoMod,
		GoVersion: m.GoVersion,
		Error:     merr,
	}
}
