package response

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strings"
)

// Code collisions (§11, §13): two differently named constants with one
// value, each used as the code of a descriptor (a literal with a constant
// status, or a Go catalog's case constant), give one code two meanings.
// A constant used only in comparisons is never part of one, and one
// constant in several descriptors stays one multi-status entry. The
// constants travel on CatalogFact, so a package sees what it and its
// dependencies declare; `errlint catalog -check` joins every package's
// list for the whole module (Collisions).

// A CodeConst is a constant used as the code of a descriptor.
type CodeConst struct {
	Name  string // full name, pkgpath.Name
	Short string // pkg.Name, as a message names it
	Code  string // its value, an integer's decimal text
	Int   bool
	File  string // where it is declared
	Line  int
}

// before orders constants by declaration: file, then line.
func (k CodeConst) before(o CodeConst) int {
	return cmp.Or(cmp.Compare(k.File, o.File), cmp.Compare(k.Line, o.Line), cmp.Compare(k.Name, o.Name))
}

// at spells where k is declared: its directory and file, and line.
func (k CodeConst) at() string {
	return fmt.Sprintf("%s:%d", filepath.Join(filepath.Base(filepath.Dir(k.File)), filepath.Base(k.File)), k.Line)
}

// joinConsts adds to list the constants of more it lacks, kept sorted by
// name.
func joinConsts(list, more []CodeConst) []CodeConst {
	for _, k := range more {
		i, found := slices.BinarySearchFunc(list, k.Name, func(a CodeConst, name string) int { return cmp.Compare(a.Name, name) })
		if !found {
			list = slices.Insert(list, i, k)
		}
	}
	return list
}

// A Collision is a code collision reported in this package: at the later
// constant's declaration, or, when that is in a dependency, where this
// package uses one of the two as a descriptor's code.
type Collision struct {
	At      ast.Node // the constant's name, or the use
	Message string
}

// Collisions returns the code collisions this package is the first to see
// (a pair both of whose constants one import already carried was that
// import's to report).
func (r *Result) Collisions() []Collision { return r.collisions }

// codeConstOf returns the constant e names as a code, conversions aside.
func codeConstOf(info *types.Info, e ast.Expr) *types.Const {
	id := identOf(unconvert(info, e))
	if id == nil {
		return nil
	}
	k, _ := info.Uses[id].(*types.Const)
	if k == nil || k.Pkg() == nil || k.Parent() != k.Pkg().Scope() {
		return nil // a local constant has no meaning beyond its function
	}
	return k
}

// collectConsts adds to gc the constants this package uses as descriptor
// codes, and returns where it uses each (the first use, by name).
func (gc *goCatalogs) collectConsts(fset *token.FileSet, pkg *types.Package, info *types.Info, units []*unit) map[string]ast.Expr {
	uses := map[string]ast.Expr{}
	var local []CodeConst
	add := func(k *types.Const, use ast.Expr, v string, isInt bool) {
		if v == "" {
			return
		}
		name := fullName(k)
		if _, seen := uses[name]; !seen {
			uses[name] = use
			p := fset.Position(k.Pos())
			local = append(local, CodeConst{Name: name, Short: k.Pkg().Name() + "." + k.Name(), Code: v, Int: isInt, File: p.Filename, Line: p.Line})
		}
	}
	for _, u := range units {
		if isTestFile(fset, u.file) {
			continue
		}
		for _, c := range u.codes {
			if c.descriptor && c.Const && !c.Bound { // a bound identifier's meaning is its entry's
				if k := codeConstOf(info, c.Expr); k != nil {
					add(k, c.Expr, c.Value, c.Int)
				}
			}
		}
	}
	for _, e := range gc.caseConsts {
		if k := codeConstOf(info, e); k != nil {
			if v, isInt, ok := codeConstant(info, e); ok {
				add(k, e, v, isInt)
			}
		}
	}
	slices.SortFunc(local, func(a, b CodeConst) int { return cmp.Compare(a.Name, b.Name) })
	gc.consts = joinConsts(gc.consts, local)
	return uses
}

// collisions finds the pairs this package is the first to see and places
// each finding in this package's reportable files.
func (gc *goCatalogs) collisions(pkg *types.Package, uses map[string]ast.Expr, reportable func(token.Pos) bool) []Collision {
	byCode := map[string][]CodeConst{}
	for _, k := range gc.consts {
		byCode[k.Code] = append(byCode[k.Code], k)
	}
	local := func(k CodeConst) bool {
		return strings.HasPrefix(k.Name, pkg.Path()+".") && !strings.Contains(k.Name[len(pkg.Path())+1:], "/")
	}
	seenBefore := func(a, b CodeConst) bool {
		for _, f := range gc.imported {
			if hasConst(f.Consts, a.Name) && hasConst(f.Consts, b.Name) {
				return true
			}
		}
		return false
	}
	var out []Collision
	for _, code := range slices.Sorted(maps.Keys(byCode)) {
		group := byCode[code]
		if len(group) < 2 {
			continue
		}
		// The later declaration: one of this package after a dependency's,
		// else by file and line.
		slices.SortFunc(group, func(a, b CodeConst) int {
			if la, lb := local(a), local(b); la != lb {
				if la {
					return 1
				}
				return -1
			}
			return a.before(b)
		})
		first := group[0]
		for _, later := range group[1:] {
			if seenBefore(first, later) {
				continue
			}
			if c, ok := placeCollision(pkg, first, later, uses, reportable, local); ok {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(a, b Collision) int { return cmp.Compare(a.At.Pos(), b.At.Pos()) })
	return out
}

// placeCollision puts the finding of first and later, one code: at later's
// declaration, else at later's use here, else at first's declaration or
// use here; naming the other.
func placeCollision(pkg *types.Package, first, later CodeConst, uses map[string]ast.Expr, reportable func(token.Pos) bool, local func(CodeConst) bool) (Collision, bool) {
	for _, pair := range [][2]CodeConst{{later, first}, {first, later}} {
		here, other := pair[0], pair[1]
		var node ast.Node
		if local(here) {
			if obj, ok := pkg.Scope().Lookup(strings.TrimPrefix(here.Name, pkg.Path()+".")).(*types.Const); ok && reportable(obj.Pos()) {
				name := &ast.Ident{NamePos: obj.Pos(), Name: obj.Name()} // the declared name's span
				return Collision{At: name, Message: collisionMessage(here, other, pkg)}, true
			}
		}
		if use, ok := uses[here.Name]; ok && reportable(use.Pos()) {
			node = use
		}
		if node != nil {
			return Collision{At: node, Message: collisionMessage(here, other, pkg)}, true
		}
	}
	return Collision{}, false
}

// collisionMessage says that here and other declare one code.
func collisionMessage(here, other CodeConst, pkg *types.Package) string {
	name := func(k CodeConst) string {
		if dot := strings.LastIndexByte(k.Name, '.'); k.Name[:dot] == pkg.Path() {
			return k.Name[dot+1:]
		}
		return k.Short
	}
	code := here.Code
	if !here.Int {
		code = fmt.Sprintf("%q", code)
	}
	return fmt.Sprintf("error code %s is declared twice: %s here and %s at %s", code, name(here), name(other), other.at())
}

func hasConst(list []CodeConst, name string) bool {
	_, found := slices.BinarySearchFunc(list, name, func(a CodeConst, n string) int { return cmp.Compare(a.Name, n) })
	return found
}

func isTestFile(fset *token.FileSet, f *ast.File) bool {
	return strings.HasSuffix(fset.Position(f.Pos()).Filename, "_test.go")
}

// A ModuleCollision is a code collision over a whole module, for
// `errlint catalog -check`: Later is declared after Earlier in file
// order.
type ModuleCollision struct {
	Code           string
	Int            bool
	Earlier, Later CodeConst
}

// ModuleCollisions returns the code collisions among consts, the
// constants used as descriptor codes that the packages of a module
// reported (their CatalogFacts' lists, joined), each later constant paired
// with the first of its code, in order of code, then of declaration.
func ModuleCollisions(consts []CodeConst) []ModuleCollision {
	var all []CodeConst
	all = joinConsts(all, consts)
	byCode := map[string][]CodeConst{}
	for _, k := range all {
		byCode[k.Code] = append(byCode[k.Code], k)
	}
	var out []ModuleCollision
	for code, group := range byCode {
		if len(group) < 2 {
			continue
		}
		slices.SortFunc(group, CodeConst.before)
		for _, later := range group[1:] {
			out = append(out, ModuleCollision{Code: code, Int: group[0].Int, Earlier: group[0], Later: later})
		}
	}
	slices.SortFunc(out, func(a, b ModuleCollision) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), a.Later.before(b.Later))
	})
	return out
}

// String spells a module collision as `catalog -check` prints it.
func (m ModuleCollision) String() string {
	code := m.Code
	if !m.Int {
		code = fmt.Sprintf("%q", code)
	}
	return fmt.Sprintf("%s:%d: error code %s is declared twice: %s here and %s at %s:%d", m.Later.File, m.Later.Line, code, m.Later.Short, m.Earlier.Short, m.Earlier.File, m.Earlier.Line)
}

// CodeConsts returns the constants used as descriptor codes in this
// package and its dependencies.
func (r *Result) CodeConsts() []CodeConst { return r.consts }
