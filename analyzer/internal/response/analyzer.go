package response

import (
	"errors"
	"fmt"
	"path"

	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"sync"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Result is what the base analyzer finds in one package.
type Result struct {
	Catalog   *catalog.Catalog
	Implicit  bool        // the embedded default is in effect because nothing named a catalog
	Unreached []string    // go_catalog declarations this package does not reach: its catalog is incomplete
	Responses []*Response // statuses written in files errlint reports on
	Codes     []*Code     // code positions in files errlint reports on

	disabled   map[string]bool
	dirs       directives
	fset       *token.FileSet
	info       *types.Info
	pkg        *types.Package
	files      []*ast.File
	reportable map[*ast.File]bool
	readFile   func(string) ([]byte, error) // the package's own sources, also where the driver gives no Pass.ReadFile

	goParts []CatalogPart // the Go catalogs this package declares or reaches
	goCats  *goCatalogs   // and their bindings, for References
	et      *errTypes     // the package's error-type recogniser
	pass    *analysis.Pass

	err         error // a bad configuration or catalog
	diagnoseErr bool  // report err as diagnostics, not as an error
	errEvery    bool  // every reporter returns err, not only the analyzer built by After
	tests       bool  // _test.go files are read and reported on too (Options.Tests)
	errShown    bool  // a reporter has reported err (guarded by mu)

	// The analyzers share a Result and may run at the same time: the
	// caches they fill lazily are guarded.
	mu         sync.Mutex
	uses       map[*types.Const]int
	statusPkgs map[*ast.File]*types.Package // the framework status constants each file spells statuses with
	pairOnce   sync.Once
	pairs      map[ignoreKey][]ignoreKey // the lines of each pair, by line (see pairLines)

	noCatalog  bool           // catalog: none — a service that sends no code
	sendsCode  bool           // this package or a dependency sends a code
	flow       *flowStep      // the flow step's roles, for FlowRoles
	sendsDflt  bool           // … one of the embedded default's
	found      []FoundCatalog // the found catalogs in effect here (§11)
	collisions []Collision    // code collisions this package is the first to see
	consts     []CodeConst    // constants used as descriptor codes, here and in dependencies

	headers *headerIndex         // §7: written responses and the headers set on them
	insp    *inspector.Inspector // the package's syntax, to find a node's parents
	client  *clientResult        // §12: comparisons, exit mappings, retry loops (client.go)

	inferred []InferredWriter // the error writers inferred here (inferred.go)
}

// CatalogFixes reports whether fixes may take a value from the catalog (a
// code, a status, a retryable flag): not when the embedded default is in
// effect implicitly, since a fix must never rewrite a service's own codes
// into another company's.
func (r *Result) CatalogFixes() bool { return !r.Implicit }

// Complete reports whether the catalog holds every code the configuration
// names for this package: not when a go_catalog declaration is out of its
// reach (then a code errlint cannot find may be in the part it cannot
// see), nor when no catalog is in effect at all.
func (r *Result) Complete() bool { return len(r.Unreached) == 0 && len(r.Catalog.Entries) > 0 }

// Enabled reports whether analyzer name runs on this package: it is not
// turned off by the driver or by the configuration.
func (r *Result) Enabled(name string) bool { return !r.disabled[name] }

// Silenced reports whether an //errlint:ignore directive silences analyzer
// name at pos (on its line, or on any line of the status and body paired
// with what is at pos), and records such directives as used (the directive analyzer
// reports those that silenced nothing). Reporters built by Reporter.New
// need not call it: their Sink checks each finding as it is reported.
func (r *Result) Silenced(name string, pos token.Pos) bool {
	if r.dirs.silenced(r.fset, name, pos, nil) {
		return true
	}
	return r.silencedInPair(name, pos)
}

// Mismatch returns the catalog entry of c when c is a catalog code paired
// with a constant status that is not one of the entry's statuses. A status
// outside 100–599 is rawstatus's: it is invalid whatever the code.
func (r *Result) Mismatch(c *Code) (*catalog.Entry, bool) {
	if c == nil || !c.Const || c.Decl || c.Status == nil || !c.Status.Const || c.Status.Value < 100 || c.Status.Value > 599 {
		return nil, false
	}
	e, ok := r.Catalog.Lookup(c.Value)
	if !ok || e.HasStatus(c.Status.Value) {
		return nil, false
	}
	return e, true
}

// MismatchReported reports whether statusmismatch reports the status
// expression of resp, which then is not rawstatus's to report.
func (r *Result) MismatchReported(resp *Response) bool {
	if resp.Carried || resp.Status == nil || !r.Enabled("statusmismatch") {
		return false
	}
	if _, ok := r.Mismatch(resp.Code); !ok {
		return false
	}
	return !r.Silenced("statusmismatch", resp.At.Pos())
}

// New returns a base analyzer, named errlint, for one configuration.
// Analyzers built on the same base share its per-package work. Its flags
// (catalog, config, modules) are read on every package, after the driver
// has set them.
func New(o Options) *analysis.Analyzer {
	o.Writers = slices.Clone(o.Writers)
	o.Disable = slices.Clone(o.Disable)
	o.ReadGoCatalog = slices.Clone(o.ReadGoCatalog)
	flags := new(flagValues)
	a := &analysis.Analyzer{
		Name:       BaseName,
		Doc:        "find HTTP status and error-code positions, pair them and infer error writers (errlint's shared analysis; its flags configure every errlint analyzer)",
		URL:        "https://github.com/errlint/errlint/blob/main/analyzer/internal/response",
		Requires:   []*analysis.Analyzer{inspect.Analyzer},
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(WriterFact), new(SentinelFact), new(CatalogFact), new(HeaderFact), new(ClientFact), new(RoleFact), new(ValueFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, flags.overrides(o), flags.modulePrefixes())
		},
	}
	flags.register(&a.Flags)
	return a
}

// imported returns the fact of type F that another package exported for
// obj, or nil. An object of this package is never looked up: the step
// that infers its facts holds them while the pass runs.
func imported[F any, P interface {
	*F
	analysis.Fact
}](pass *analysis.Pass, obj types.Object) *F {
	if obj.Pkg() == nil || obj.Pkg() == pass.Pkg {
		return nil
	}
	f := P(new(F))
	if !pass.ImportObjectFact(obj, f) {
		return nil
	}
	return f
}

// run computes the Result of one package. A bad configuration or catalog
// does not fail it: the Result carries the error, which every reporting
// analyzer shows (an error of the base would reach the user only as the
// reporters' "failed prerequisites").
func run(pass *analysis.Pass, o Options, modules []string) (any, error) {
	res := &Result{
		fset:        pass.Fset,
		info:        pass.TypesInfo,
		pkg:         pass.Pkg,
		files:       pass.Files,
		reportable:  map[*ast.File]bool{},
		readFile:    sourceReader(pass),
		diagnoseErr: o.ConfigDiagnostics,
		errEvery:    o.ErrEveryReporter,
		tests:       o.Tests,
	}
	if len(pass.Files) == 0 || pass.Pkg == nil || pass.TypesInfo == nil {
		res.Catalog = catalog.Default()
		return res, nil
	}
	if m := pass.Module; (m == nil || m.Path == "" || m.Path == "std") && isStd(pass) {
		res.Catalog = catalog.Default()
		return res, nil // the standard library answers no one with a catalog
	}
	// Directives are read in every reportable file of the user's own
	// packages, whether or not the package is worth analysing: one that
	// silences nothing is reported.
	user := isUserPackage(pass, modules)
	for _, f := range pass.Files {
		if user && isReportable(pass, f) {
			res.readDirectives(pass, f)
		}
	}
	dir := filepath.Dir(pass.Fset.Position(pass.Files[0].Pos()).Filename)
	s, err := config.Resolve(o.Overrides, dir)
	if err != nil {
		res.Catalog, res.err = catalog.Default(), err
		return res, nil
	}
	res.Catalog, res.disabled, res.Implicit, res.noCatalog = s.Catalog, s.Disabled, s.Implicit, s.NoCatalog
	et := newErrTypes(s.Types, s.IgnoreTypes)
	res.et, res.pass = et, pass
	fs := newFlowStep(pass)
	et.flow, res.flow = fs.role, fs
	decls, readAll := s.ModuleGoCatalog, false
	if len(o.ReadGoCatalog) > 0 {
		decls, readAll = slices.Concat(decls, o.ReadGoCatalog), true
	}
	gc := readGoCatalogs(pass, decls, et, user || readAll, user && s.Implicit && !readAll)
	defer func() {
		res.sendsCode, res.sendsDflt, res.consts = gc.sendsCode, gc.sendsDflt, gc.consts
		gc.exportFact(pass, user || readAll)
	}()
	if user {
		if err := checkDeclared(pass.Pkg, s.Writers, s.ModuleGoCatalog, gc.parts); err != nil {
			res.Catalog, res.err = catalog.Default(), err // a configuration error (configerr.go)
			return res, nil
		}
	}
	res.goParts, res.goCats = gc.parts, gc
	usesBound := bindFileCatalog(pass.Pkg, gc, s.Catalog)
	if len(s.GoCatalog) > 0 {
		goCat, _, missing := gc.catalogOf(s.GoCatalog, path.Base)
		res.Catalog = catalog.Merge(s.Catalog, goCat)
		res.Unreached = missing
	}
	if s.Implicit {
		if c, found := gc.foundCatalog(path.Base); c != nil {
			res.Catalog, res.found = c, found // still implicit: no fix takes a value from it
		}
	}
	switch {
	case res.Catalog == nil && s.NoCatalog:
		res.Catalog = &catalog.Catalog{Source: s.CatalogSource}
	case res.Catalog == nil:
		res.Catalog = &catalog.Catalog{Source: "none: no declaration of go_catalog is reachable from this package"}
	}
	if err := s.ClassesConflict(func(k string) bool { _, ok := res.Catalog.Lookup(k); return ok },
		func(k string) bool {
			return slices.ContainsFunc(res.Catalog.Entries, func(e catalog.Entry) bool { return e.Domain == k })
		}); err != nil {
		res.err = err
		return res, nil
	}

	configured := newUserRows(s.Writers)

	insp, _ := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	res.insp = insp
	bound := &bindings{pass: pass, sentinels: map[types.Object]*boundEntry{}, catalogs: gc.bound}
	if !worthAnalysing(pass, insp, et, len(configured.rows) > 0 || len(s.Types) > 0 || len(gc.parts) > 0 || usesBound) {
		if user {
			// No response is written here, but a client may compare codes,
			// loop over requests or declare a predicate (its own gate).
			res.markReportable(pass)
			res.clientStep(pass, et, bound, modules, s.ClientKeys)
		}
		return res, nil
	}

	local := map[*types.Func]position{} // this package's error writers
	if insp == nil {
		insp = inspector.New(pass.Files)
	}
	x := &extractor{
		insp:     insp,
		pkg:      pass.Pkg,
		info:     pass.TypesInfo,
		errTypes: et,
		bound:    bound,
		writerOf: res.errorWriterRows(pass, configured, local),
	}
	units, byFunc := res.extractAll(pass, x, user)
	var centrals map[*types.Func]*central
	var preset map[*types.Func]*HeaderFact
	if user {
		inferWriters(pass, x, units, byFunc, local)
		// Roles from flow (§11): a field reaching a status or code
		// position makes its type an error type; read again with them.
		if fs.inferRoles(units) {
			et.setFlow(fs.role)
			for i, u := range units {
				units[i] = x.extract(u.file, u.decl)
				if fn := units[i].fn; fn != nil {
					byFunc[fn] = units[i]
				}
			}
			inferWriters(pass, x, units, byFunc, local)
		}
		fs.exportRoles()
		centrals = fs.findCentral(units, et)
		writers := maps.Clone(local) // before the builder helpers join them
		preset = res.builderHelpers(fs, x, units, byFunc, local)
		for fn, w := range local {
			if _, _, isConfigured := configured.rowOf(fn); !isConfigured {
				f := factOf(w)
				if c := centrals[fn]; c != nil {
					c.record(f)
				}
				pass.ExportObjectFact(fn, f)
				_, writer := writers[fn]
				res.noteWriter(fn, f, preset[fn], !writer)
			}
		}
		for fn, c := range centrals {
			if _, ok := local[fn]; !ok {
				f := new(WriterFact)
				c.record(f)
				pass.ExportObjectFact(fn, f)
				res.noteWriter(fn, f, nil, false)
			}
		}
		res.sortInferred()
	}

	// Sentinels may be made by writers: find them once writers are known,
	// then read again what uses them.
	if findSentinels(pass, x, bound, user) {
		for i, u := range units {
			units[i] = x.extract(u.file, u.decl)
		}
	}

	if user {
		x.markNotSent(units)
	}
	graphs := newGraphCache(pass.TypesInfo) // the headers and values steps read the same bodies
	res.headers = inferHeaders(pass, x, units, user, res.reportable, preset, graphs)
	if user {
		res.judgeValues(fs, et, units, centrals, graphs)
	}
	res.gather(units, gc)
	if user {
		uses := gc.collectConsts(pass.Fset, pass.Pkg, pass.TypesInfo, units)
		res.collisions = gc.collisions(pass.Pkg, uses, res.isReportablePos)
		res.clientStep(pass, et, bound, modules, s.ClientKeys) // requests, predicates and mappings of the user's code only (SPEC §13)
	}
	return res, nil
}

// isReportablePos reports whether pos lies in a file errlint reports on.
func (res *Result) isReportablePos(pos token.Pos) bool {
	for f := range res.reportable {
		if f.FileStart <= pos && pos < f.FileEnd {
			return true
		}
	}
	return false
}

// errorWriterRows returns the lookup of the error writer's row of a
// function: its writers: entry (checked against its parameters), its row
// inferred in this package (local), or its row imported as a fact.
func (res *Result) errorWriterRows(pass *analysis.Pass, configured userRows, local map[*types.Func]position) func(*types.Func) (position, bool) {
	return func(fn *types.Func) (position, bool) {
		if fn == nil {
			return noWriter, false
		}
		if row, entry, ok := configured.rowOf(fn); ok {
			if err := checkWriterIndices(fn, row, entry); err != nil {
				if res.err == nil {
					res.err = err
				}
				return noWriter, false
			}
			return row, true
		}
		if fn.Pkg() == pass.Pkg {
			w, ok := local[fn]
			return w, ok
		}
		if f := imported[WriterFact](pass, fn); f != nil && f.row().isErrorWriter() {
			return f.row(), true
		}
		return noWriter, false
	}
}

// markReportable marks the files of a user's package that errlint reports
// on: not generated, and not tests (unless Options.Tests).
func (res *Result) markReportable(pass *analysis.Pass) {
	for _, f := range pass.Files {
		if !(isTest(pass, f.Pos()) && !res.tests) && !ast.IsGenerated(f) {
			res.reportable[f] = true
		}
	}
}

// extractAll extracts every declaration of every file but tests (unless
// Options.Tests), and marks the files errlint reports on.
func (res *Result) extractAll(pass *analysis.Pass, x *extractor, user bool) (units []*unit, byFunc map[*types.Func]*unit) {
	byFunc = map[*types.Func]*unit{}
	if user {
		res.markReportable(pass)
	}
	for _, f := range pass.Files {
		if isTest(pass, f.Pos()) && !res.tests {
			continue
		}
		for _, d := range f.Decls {
			u := x.extract(f, d)
			units = append(units, u)
			if u.fn != nil {
				byFunc[u.fn] = u
			}
		}
	}
	return units, byFunc
}

// inferWriters infers this package's error writers into local, to a fixed
// point: a writer found in one round makes its callers' units worth
// extracting again (units and byFunc are updated).
func inferWriters(pass *analysis.Pass, x *extractor, units []*unit, byFunc map[*types.Func]*unit, local map[*types.Func]position) {
	pending := maps.Clone(byFunc)
	for range 16 {
		changed := map[*types.Func]bool{}
		for fn, u := range pending {
			w := noWriter
			if _, framework := lookupPosition(fn); !framework {
				w = inferWriter(pass.TypesInfo, u.decl.(*ast.FuncDecl), fn, u)
			}
			if old, ok := local[fn]; ok && old == w || !ok && !w.isErrorWriter() {
				continue
			}
			if w.isErrorWriter() {
				local[fn] = w
			} else {
				delete(local, fn)
			}
			changed[fn] = true
		}
		if len(changed) == 0 {
			return
		}
		pending = map[*types.Func]*unit{}
		for i, u := range units {
			if hasAny(u.callees, changed) {
				units[i] = x.extract(u.file, u.decl)
				if fn := units[i].fn; fn != nil {
					byFunc[fn] = units[i]
					pending[fn] = units[i]
				}
			}
		}
	}
}

// gather records in res the responses and codes of the reportable files,
// and in gc whether the package sends a code (any code position of a
// file but tests, §11's "a service that sends no code").
func (res *Result) gather(units []*unit, gc *goCatalogs) {
	for _, u := range units {
		for _, c := range u.codes {
			if c.weak || isTestFile(res.fset, u.file) {
				continue
			}
			gc.sendsCode = true
			if _, ok := catalog.Default().Lookup(c.Value); ok && c.Const {
				gc.sendsDflt = true
			}
		}
		if !res.reportable[u.file] {
			continue
		}
		for _, r := range u.responses {
			if r.Status != nil || !r.Carried {
				res.Responses = append(res.Responses, r)
			}
		}
		for _, c := range u.codes {
			if c.success && c.Const {
				if _, ok := res.Catalog.Lookup(c.Value); !ok {
					if c.Status != nil && c.Status.Code == c {
						c.Status.Code = nil // a success body of a type that only looks like an error
					}
					continue
				}
			}
			if !c.weak {
				c.Decl = gc.declares(c.Expr)
				res.Codes = append(res.Codes, c)
			}
		}
	}
}

func hasAny(set, changed map[*types.Func]bool) bool {
	for fn := range changed {
		if set[fn] {
			return true
		}
	}
	return false
}

// isReportable reports whether errlint reports in f: it is neither a test
// file nor generated.
func isReportable(pass *analysis.Pass, f *ast.File) bool {
	return !isTest(pass, f.Pos()) && !ast.IsGenerated(f)
}

// readDirectives records the //errlint:ignore directives of f, and the
// comments that misspell one.
func (r *Result) readDirectives(pass *analysis.Pass, f *ast.File) {
	has := false
	for _, g := range f.Comments {
		for _, c := range g.List {
			if parseDirective(c.Text) != nil {
				has = true
			}
		}
	}
	if !has {
		return
	}
	var src []byte
	if tf := pass.Fset.File(f.Pos()); tf != nil {
		src, _ = r.readFile(tf.Name())
		if len(src) != tf.Size() {
			src = nil // not the text that was parsed
		}
	}
	r.dirs.parse(pass.Fset, f, src)
}

// worthAnalysing reports whether the package can hold a finding or a
// writer at all: it imports an HTTP package or a package with error
// writers, is configured with writers, declares or uses an error type, or
// builds a map literal with a "code" key.
// Everything else returns here at next to no cost.
func worthAnalysing(pass *analysis.Pass, insp *inspector.Inspector, et *errTypes, configured bool) bool {
	if configured {
		return true
	}
	imports := map[*types.Package]bool{}
	for _, p := range pass.Pkg.Imports() {
		if httpPackages[p.Path()] {
			return true
		}
		imports[p] = true
	}
	for _, f := range pass.AllObjectFacts() {
		if f.Object != nil && imports[f.Object.Pkg()] {
			return true
		}
	}
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && et.lookup(tn.Type()) != nil {
			return true
		}
	}
	if insp == nil {
		return true
	}
	// An error-type literal, or a map literal with a "code" key (an error
	// body needs no HTTP import: {"ok": false, "code": code}).
	for c := range insp.Root().Preorder((*ast.CompositeLit)(nil)) {
		lit := c.Node().(*ast.CompositeLit)
		t := pass.TypesInfo.TypeOf(lit)
		if et.lookup(t) != nil {
			return true
		}
		if t != nil {
			if _, isMap := t.Underlying().(*types.Map); isMap && mapValue(pass.TypesInfo, lit, "code") != nil {
				return true
			}
		}
	}
	return false
}

// isUserPackage reports whether the package belongs to the user's own code
// (config.IsUserModule, the one definition every driver shares). Without module information (nogo, GOPATH mode), a package whose path has
// one of the prefixes of the modules flag is the user's; without that flag,
// everything outside GOROOT, the module cache and vendor directories.
func isUserPackage(pass *analysis.Pass, modules []string) bool {
	if m := pass.Module; m != nil && m.Path != "" {
		return config.IsUserModule(m.Path, m.Version)
	}
	if len(modules) > 0 {
		return slices.ContainsFunc(modules, func(prefix string) bool {
			return hasPathPrefix(pass.Pkg.Path(), prefix)
		})
	}
	return !isStd(pass) && !isDependency(pass)
}

// Default is the base analyzer for the discovered configuration, shared by
// the default instances of the analyzers (what gopls runs).
var Default = New(Options{})

// checkWriterIndices reports a writers: entry whose parameter index is not
// a parameter of its function: a configuration error, found where the
// function is seen (an entry whose function is never seen is no error).
func checkWriterIndices(fn *types.Func, w position, entry config.Writer) error {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	n := sig.Params().Len()
	for _, idx := range []struct {
		role string
		i    int
	}{{"status", w.status}, {"code", w.code.index()}, {"body", w.body}} {
		if idx.i < n {
			continue
		}
		msg := fmt.Sprintf("writer %s: %q is parameter %d, but %s has %d parameters", entry, idx.role, idx.i, fn.FullName(), n)
		if entry.File == "" {
			return errors.New(msg) // a driver's setting: no file to name
		}
		return &catalog.Error{File: entry.File, Line: entry.Line, Msg: msg}
	}
	return nil
}
