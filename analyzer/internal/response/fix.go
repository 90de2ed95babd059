package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// StatusName returns the name of net/http's constant for status
// ("StatusTooManyRequests"), if it has one.
func StatusName(status int) (string, bool) {
	name, ok := statusNames[status]
	return name, ok
}

// StatusFix returns the fix that replaces the status expression e in file
// with the constant for status of the package the file spells statuses
// with: a framework's own constants (fiber.StatusTooManyRequests) when the
// file already uses them, else net/http's, spelled with the file's own
// name for the package; when the file does not import net/http the fix adds
// the import with an edit that is the same for every fix in the file. ok is
// false when the package has no constant, no safe spelling exists at e, or
// the change would break another code paired with e.
func (r *Result) StatusFix(file *ast.File, e ast.Expr, status int) (fix analysis.SuggestedFix, ok bool) {
	name, ok := StatusName(status)
	if !ok || file == nil || e == nil || r.breaksPairedCode(e, status) {
		return fix, false
	}
	var qual string
	var edit *analysis.TextEdit
	if pkg := r.statusPackage(file); pkg != nil {
		qual, ok = r.importedQualifier(file, e.Pos(), pkg.Path(), name)
	} else {
		qual, edit, ok = r.httpQualifier(file, e.Pos(), name)
	}
	if !ok {
		return fix, false
	}
	text := qual + name
	fix = analysis.SuggestedFix{
		Message:   "Use " + text,
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
	}
	if edit != nil {
		fix.TextEdits = append(fix.TextEdits, *edit)
	}
	return fix, true
}

// StatusConstant returns the constant for status a message names for a
// status written in file: "fiber.StatusNotFound" in a file that spells
// statuses with fiber's constants, else "http.StatusNotFound".
func (r *Result) StatusConstant(file *ast.File, status int) (string, bool) {
	name, ok := StatusName(status)
	if !ok {
		return "", false
	}
	if pkg := r.statusPackage(file); pkg != nil {
		return pkg.Name() + "." + name, true
	}
	return "http." + name, true
}

// statusPackage returns the package of framework status constants (a
// package of the table's statusConstants column) that file already spells
// statuses with, or nil: then fixes use net/http's. When a file uses
// several, the first used wins.
func (r *Result) statusPackage(file *ast.File) *types.Package {
	if file == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if pkg, ok := r.statusPkgs[file]; ok {
		return pkg
	}
	if r.statusPkgs == nil {
		r.statusPkgs = map[*ast.File]*types.Package{}
	}
	var found *types.Package
	if importsAny(file, statusConstants) { // most files: no walk
		ast.Inspect(file, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if k, ok := r.info.Uses[sel.Sel].(*types.Const); ok && k.Pkg() != nil && statusConstants[k.Pkg().Path()] {
					found = k.Pkg()
				}
			}
			return true
		})
	}
	r.statusPkgs[file] = found
	return found
}

// importsAny reports whether file imports one of paths.
func importsAny(file *ast.File, paths map[string]bool) bool {
	for _, spec := range file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && paths[p] {
			return true
		}
	}
	return false
}

// importedQualifier returns how the package path, which file imports, is
// spelled at pos ("fiber."), when constName is a constant of it there.
func (r *Result) importedQualifier(file *ast.File, pos token.Pos, path, constName string) (string, bool) {
	for _, spec := range file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		var name string
		switch {
		case spec.Name == nil:
		case spec.Name.Name == "_":
			continue
		case spec.Name.Name == ".":
			if c, ok := r.lookup(file, constName, pos).(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() == path {
				return "", true
			}
			continue
		default:
			name = spec.Name.Name
		}
		if name == "" {
			if pn, ok := r.info.Implicits[spec].(*types.PkgName); ok {
				name = pn.Name()
			}
		}
		pn, ok := r.lookup(file, name, pos).(*types.PkgName)
		if !ok || pn.Imported().Path() != path {
			continue // shadowed here
		}
		if _, ok := pn.Imported().Scope().Lookup(constName).(*types.Const); !ok {
			return "", false // the framework lacks this constant
		}
		return name + ".", true
	}
	return "", false
}

// breaksPairedCode reports whether writing status at e would pair a
// catalog code with a status its entry does not have, where the status
// written now suits it. A status expression pairs with several codes when a
// types: code role is a slice (distribution's ResponseDescriptor{StatusCode,
// ErrorCodes}): moving it to one code's status must not mismatch the others.
func (r *Result) breaksPairedCode(e ast.Expr, status int) bool {
	for _, c := range r.Codes {
		if c.Status == nil || c.Status.Status != e || !c.Const || c.Status.Value == status {
			continue
		}
		if ent, ok := r.Catalog.Lookup(c.Value); ok && ent.HasStatus(c.Status.Value) && !ent.HasStatus(status) {
			return true
		}
	}
	return false
}

// lookup resolves name at pos in file, as the type checker would.
func (r *Result) lookup(file *ast.File, name string, pos token.Pos) types.Object {
	scope := r.pkg.Scope().Innermost(pos)
	if scope == nil {
		scope = r.info.Scopes[file]
	}
	if scope == nil {
		return nil
	}
	_, obj := scope.LookupParent(name, pos)
	return obj
}

// httpQualifier returns how net/http is spelled at pos ("http.") and, when
// the file lacks the import, the edit that adds it.
func (r *Result) httpQualifier(file *ast.File, pos token.Pos, constName string) (string, *analysis.TextEdit, bool) {
	for _, spec := range file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || path != netHTTP {
			continue
		}
		name := "http"
		if spec.Name != nil {
			name = spec.Name.Name
		}
		switch name {
		case "_":
			continue
		case ".":
			if c, ok := r.lookup(file, constName, pos).(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() == netHTTP {
				return "", nil, true
			}
			return "", nil, false
		}
		pn, ok := r.lookup(file, name, pos).(*types.PkgName)
		if !ok || pn.Imported().Path() != netHTTP {
			return "", nil, false // shadowed here
		}
		if pn.Imported().Scope().Lookup(constName) == nil {
			return "", nil, false // an older net/http
		}
		return name + ".", nil, true
	}
	name, ok := r.newImportName(file)
	if !ok || r.lookup(file, name, pos) != nil {
		return "", nil, false
	}
	edit := r.importEdit(file, name)
	return name + ".", &edit, true
}

// newImportName picks the name under which net/http can be imported into
// file: the same for every fix in the file.
func (r *Result) newImportName(file *ast.File) (string, bool) {
	fileScope := r.info.Scopes[file]
	for _, name := range []string{"http", "nethttp"} {
		if r.pkg.Scope().Lookup(name) != nil {
			continue
		}
		if fileScope != nil && fileScope.Lookup(name) != nil {
			continue
		}
		return name, true
	}
	return "", false
}

// importEdit returns the edit adding net/http, as name, to file's imports,
// in sorted position so that gofmt leaves the result alone.
func (r *Result) importEdit(file *ast.File, name string) analysis.TextEdit {
	spec := strconv.Quote(netHTTP)
	if name != "http" {
		spec = name + " " + spec
	}
	var decl, cgo *ast.GenDecl
	for _, d := range file.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		if importsC(g) {
			cgo = g // its preamble must stay right above it
			continue
		}
		decl = g
		break
	}
	if decl == nil {
		at := file.Name.End()
		if cgo != nil {
			at = cgo.End()
		}
		return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n\nimport " + spec)}
	}
	if !decl.Lparen.IsValid() || len(decl.Specs) == 0 {
		return analysis.TextEdit{Pos: decl.Pos(), End: decl.Pos(), NewText: []byte("import " + spec + "\n")}
	}
	// The first group: specs on consecutive lines, as gofmt sorts them.
	var group []*ast.ImportSpec
	for _, s := range decl.Specs {
		is := s.(*ast.ImportSpec)
		if len(group) > 0 && !r.adjacent(group[len(group)-1], is) {
			break
		}
		group = append(group, is)
	}
	newName := ""
	if name != "http" {
		newName = name
	}
	for _, is := range group {
		path, _ := strconv.Unquote(is.Path.Value)
		isName := ""
		if is.Name != nil {
			isName = is.Name.Name
		}
		// gofmt sorts by path, then by name.
		if path > netHTTP || path == netHTTP && isName > newName {
			at := is.Pos()
			if is.Doc != nil {
				at = is.Doc.Pos()
			}
			return analysis.TextEdit{Pos: at, End: at, NewText: []byte(spec + "\n\t")}
		}
	}
	last := group[len(group)-1]
	at := last.End()
	if last.Comment != nil {
		at = last.Comment.End()
	}
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n\t" + spec)}
}

// adjacent reports whether import b starts on the line after a ends, which
// keeps them in one gofmt sorting group.
func (r *Result) adjacent(a, b *ast.ImportSpec) bool {
	end := a.End()
	if a.Comment != nil {
		end = a.Comment.End()
	}
	start := b.Pos()
	if b.Doc != nil {
		start = b.Doc.Pos()
	}
	return r.fset.Position(start).Line-r.fset.Position(end).Line <= 1
}

// CodeEdit returns the edit that makes the code expression c read
// replacement: at the literal where it is written, or at the declaration of
// the constant it names when that is in this package. For a constant, obj is
// the constant, so that callers can check every use of it agrees.
func (r *Result) CodeEdit(c *Code, replacement string) (edit analysis.TextEdit, obj *types.Const, ok bool) {
	e := unconvert(r.info, c.Expr)
	switch x := e.(type) {
	case *ast.BasicLit:
		return litEdit(x, replacement)
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = x.(*ast.Ident)
		}
		k, ok := r.info.Uses[id].(*types.Const)
		if !ok || k.Pkg() != r.pkg {
			return edit, nil, false
		}
		lit := r.constLiteral(k)
		if lit == nil {
			return edit, nil, false
		}
		edit, _, ok = litEdit(lit, replacement)
		return edit, k, ok
	}
	return edit, nil, false
}

// litEdit replaces a string literal's value, keeping its quoting style.
func litEdit(lit *ast.BasicLit, replacement string) (analysis.TextEdit, *types.Const, bool) {
	if lit.Kind != token.STRING {
		return analysis.TextEdit{}, nil, false
	}
	text := strconv.Quote(replacement)
	if strings.HasPrefix(lit.Value, "`") && !strings.Contains(replacement, "`") {
		text = "`" + replacement + "`"
	}
	return analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)}, nil, true
}

// constLiteral returns the string literal a constant of this package is
// declared with, in a file errlint reports on.
func (r *Result) constLiteral(k *types.Const) *ast.BasicLit {
	for _, f := range r.files {
		if f.Pos() > k.Pos() || k.Pos() >= f.End() {
			continue
		}
		if !r.reportable[f] {
			return nil // a generated or test file: leave it alone
		}
		var found *ast.BasicLit
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, name := range vs.Names {
				if r.info.Defs[name] == k && len(vs.Values) == len(vs.Names) {
					found, _ = ast.Unparen(vs.Values[i]).(*ast.BasicLit)
				}
			}
			return false
		})
		return found
	}
	return nil
}

// ConstUses returns how many times the package refers to k.
func (r *Result) ConstUses(k *types.Const) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.uses == nil {
		r.uses = map[*types.Const]int{}
		for _, obj := range r.info.Uses {
			if c, ok := obj.(*types.Const); ok && c.Pkg() == r.pkg {
				r.uses[c]++
			}
		}
	}
	return r.uses[k]
}

// importsC reports whether an import declaration imports "C".
func importsC(g *ast.GenDecl) bool {
	for _, s := range g.Specs {
		if is, ok := s.(*ast.ImportSpec); ok && is.Path.Value == `"C"` {
			return true
		}
	}
	return false
}
