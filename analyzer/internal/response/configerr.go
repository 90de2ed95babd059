package response

import (
	"fmt"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
)

// Err returns the configuration or catalog error of the package, nil if
// its configuration is good. Its text is one or more lines
// "FILE:LINE: what is wrong".
func (r *Result) Err() error { return r.err }

// showErr shows the package's configuration error from a reporting
// analyzer (last: from the analyzer built by Reporter.After, which requires
// every reporter) the way the driver shows it once (SPEC §13: each
// configuration problem once per run, with no "failed prerequisites"):
//   - by default, as the error of the last analyzer alone: nogo and
//     golangci-lint print the error of every failing analyzer, and every
//     dependent of a failing analyzer fails with "failed prerequisites";
//     go vet's one root analyzer (cmd/errlint) joins its suite's errors;
//   - with ErrEveryReporter, as the error of every reporter: errlint's own
//     driver prints each distinct error once and leaves disabled analyzers
//     (ignoredirective too) out of its run;
//   - with ConfigDiagnostics, as one diagnostic at the package clause of
//     each analysed file, reported by the first reporter to run (gopls,
//     which shows nothing of an analyzer that fails).
func (r *Result) showErr(pass *analysis.Pass, last bool) error {
	if !r.diagnoseErr {
		if last != r.errEvery { // the last analyzer alone, or every reporter
			return r.err
		}
		return nil
	}
	if last {
		return nil // a reporter has reported it
	}
	r.mu.Lock()
	shown := r.errShown
	r.errShown = true
	r.mu.Unlock()
	if shown {
		return nil
	}
	for _, f := range pass.Files {
		if f.Name == nil {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:     f.Name.Pos(),
			End:     f.Name.End(),
			Message: "errlint configuration error: " + r.err.Error(),
		})
	}
	return nil
}

// checkDeclared reports the configuration entries that name something
// pkg should declare and does not (SPEC §13): a writers: entry whose
// function pkg lacks, and a go_catalog var or method of pkg that yields
// no entry (parts are what the Go-catalog step read). A declaration of
// another package is that package's business: an entry whose package is
// never loaded is only listed by the standalone command's -v. Other kinds
// of go_catalog (func, type, returns) gather entries from other packages
// too, so an empty part here says nothing of them. nil if nothing is
// wrong; else one line per entry, "FILE:LINE: what is wrong".
func checkDeclared(pkg *types.Package, writers []config.Writer, decls []config.GoCatalogDecl, parts []CatalogPart) error {
	var errs catalog.ErrorList
	at := func(file string, line int, format string, args ...any) {
		if file == "" {
			file = "errlint setting"
		}
		errs = append(errs, &catalog.Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	for _, w := range writers {
		path, m, ok := parseFullName(w.Func)
		if !ok || path != pkg.Path() {
			continue
		}
		if msg := missingMember(pkg, m); msg != "" {
			at(w.File, w.Line, "writer %q: %s", w.Func, msg)
		}
	}
	for _, d := range decls {
		if d.PkgPath() != pkg.Path() || d.Kind != config.GoVar && d.Kind != config.GoMethod {
			continue
		}
		if msg := missingDecl(pkg, d); msg != "" {
			at(d.File, d.Line, "go_catalog %s %q names nothing: %s", d.Kind, d.Name, msg)
			continue
		}
		if !slices.ContainsFunc(parts, func(p CatalogPart) bool {
			return p.Decl == d.Flag() && p.Pkg == pkg.Path() && len(p.Entries) > 0
		}) {
			at(d.File, d.Line, "go_catalog %s %q yields no entry: %s declares no descriptor with a constant code and status there", d.Kind, d.Name, pkg.Path())
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// missingDecl says what pkg lacks of the declaration d (a var or a
// method), with the name it most likely meant; "" if pkg declares it.
func missingDecl(pkg *types.Package, d config.GoCatalogDecl) string {
	_, m, ok := parseFullName(d.Name)
	if !ok {
		return ""
	}
	if d.Kind == config.GoMethod {
		return missingMember(pkg, m)
	}
	scope := pkg.Scope()
	if _, ok := scope.Lookup(m.name).(*types.Var); ok {
		return ""
	}
	return fmt.Sprintf("%s declares no variable %s%s", pkg.Path(), m.name, meant(m.name, declared[*types.Var](scope)))
}

// missingMember says what pkg lacks of the function or method m, with the
// name it most likely meant; "" if pkg declares it.
func missingMember(pkg *types.Package, m member) string {
	scope := pkg.Scope()
	if m.recv == "" {
		if _, ok := scope.Lookup(m.name).(*types.Func); ok {
			return ""
		}
		return fmt.Sprintf("%s declares no function %s%s", pkg.Path(), m.name, meant(m.name, declared[*types.Func](scope)))
	}
	tn, ok := scope.Lookup(m.recv).(*types.TypeName)
	if !ok {
		return fmt.Sprintf("%s declares no type %s", pkg.Path(), m.recv)
	}
	named, ok := tn.Type().(*types.Named)
	if !ok {
		return fmt.Sprintf("%s.%s has no methods", pkg.Path(), m.recv)
	}
	var methods []string
	for i := range named.NumMethods() {
		if named.Method(i).Name() == m.name {
			return ""
		}
		methods = append(methods, named.Method(i).Name())
	}
	return fmt.Sprintf("%s.%s has no method %s%s", pkg.Path(), m.recv, m.name, meant(m.name, methods))
}

// declared returns the names of the objects of scope that are Ts.
func declared[T types.Object](scope *types.Scope) []string {
	var out []string
	for _, name := range scope.Names() {
		if _, ok := scope.Lookup(name).(T); ok {
			out = append(out, name)
		}
	}
	return out
}

// meant returns "; did you mean X?" when name looks like a misspelling of
// one of known.
func meant(name string, known []string) string {
	if near := catalog.NearestName(name, known); near != "" {
		return fmt.Sprintf("; did you mean %s?", near)
	}
	return ""
}
