package config

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/internal/structured"
)

// Overrides are the settings a driver passes (flags, plugin settings); they
// win over, or are joined with, the configuration files'.
type Overrides struct {
	// Catalog is an absolute catalog path from -catalog or the plugin
	// setting, or EmbeddedCatalog; with GoCatalog it decides the catalog of
	// every package, whatever the files say.
	Catalog string
	// GoCatalog are Go-catalog declarations from the plugin setting; with
	// Catalog they decide the catalog of every package, and they join the
	// module-wide declarations.
	GoCatalog []GoCatalogDecl
	Writers   []Writer    // joined with the files'; an entry replaces the files' entry for its function
	Types     []TypeRoles // joined with the files'; an entry replaces the files' entry for its type
	// IgnoreTypes are full type names joined with the files' ignore_types.
	IgnoreTypes []string
	Disable     []string // analyzers turned off, whatever the files say
	Enable      []string // analyzers turned on explicitly (-rawstatus=true), whatever the files say; Disable wins

	// Config is a configuration file to use instead of discovery (Bazel
	// nogo): no file above the package and no other file of the module is
	// read; this one file is both directory-scoped and module-wide.
	Config string
	// NoDiscovery says to read no configuration file but Config: with
	// neither, only the catalog (Catalog, else the embedded default)
	// applies. A remote build then reads only the files it declares.
	NoDiscovery bool

	// CatalogOrigin says where Catalog came from, for Settings.CatalogSource:
	// "flag" when empty, e.g. "golangci-lint setting".
	CatalogOrigin string
}

// Settings is the configuration that applies to one package directory.
// Resolve shares it between callers: treat it as read-only.
type Settings struct {
	// Catalog is the union of the catalog files named by the nearest file
	// that sets catalog or go_catalog (or by the overrides); nil when that
	// file names only go_catalog declarations; the embedded default when
	// nothing names a catalog.
	Catalog       *catalog.Catalog
	CatalogSource string // one line: which catalog, and why
	// Implicit is set when nothing (flag, setting, configuration) named a
	// catalog: the embedded default is in effect implicitly, and no fix may
	// take a value from it.
	Implicit bool
	// GoCatalog are the go_catalog declarations of the nearest file that
	// sets catalog or go_catalog (or of the overrides): the Go catalogs that
	// form this package's catalog, joined with Catalog.
	GoCatalog []GoCatalogDecl
	// ModuleGoCatalog is every go_catalog declaration of the configuration
	// files of the main and workspace modules (and of the overrides): each
	// is read in its declaring package.
	ModuleGoCatalog []GoCatalogDecl

	Types       []TypeRoles // module-wide union, overrides first
	IgnoreTypes []string    // module-wide union, full type names
	Writers     []Writer    // module-wide union, overrides first
	Disabled    map[string]bool
	ClientKeys  // exit_codes and classes, directory-scoped (clientkeys.go)

	// NoCatalog: the deciding file says `catalog: none` (§13), a service
	// that sends no code. Catalog is nil.
	NoCatalog bool

	ConfigPath  string   // the nearest config file that applies, "" if none
	ConfigFiles []string // every config file these settings were made from, sorted
}

// Disabled analyzers are keyed by name; an analyzer absent from the map is on.

type resolved struct {
	chain    []*File
	module   []*File
	cats     []*catalog.Catalog
	settings *Settings
}

var resolveCache struct {
	sync.Mutex
	m map[string]resolved // by overrides and directory
}

// Resolve returns the settings for the package in dir (SPEC §1, revision 3).
//
// The directory-scoped keys come from the chain of files above dir (see
// Chain): the nearest file that sets catalog or go_catalog decides the
// catalog, unless o names one; for each analyzer the nearest file that names
// it in disable or enable decides, and o.Disable turns it off in any case.
// The module-wide keys (writers, types, ignore_types and the go_catalog
// declarations) are the union over every config file of the main and
// workspace modules (see FindModules, ModuleFiles), joined with o's.
//
// With o.Config set, that one file is read and nothing else is looked for.
// For a directory of the module cache, GOROOT or a vendor directory no
// configuration file is read: the settings are o's alone.
//
// Errors of the config files and of the catalogs come back naming their
// files and lines. Results are cached per (o, dir) for as long as the files
// they were made from are unchanged.
func Resolve(o Overrides, dir string) (*Settings, error) {
	if err := validateOverrides(&o); err != nil {
		return nil, err
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}

	var chain, module []*File
	var mods Modules
	switch {
	case o.Config != "":
		f, err := Load(o.Config)
		if err != nil {
			return nil, err
		}
		chain, module = []*File{f}, []*File{f}
	case o.NoDiscovery:
		// A hermetic build (nogo's catalog flag): no file but the catalog.
	case IsDependencyDir(dir):
		// A dependency's own files are never read.
	default:
		var err error
		if chain, err = Chain(dir); err != nil {
			return nil, err
		}
		if mods, err = FindModules(dir); err != nil {
			return nil, err
		}
		paths, err := ModuleFiles(mods)
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			f, err := Load(p)
			if err != nil {
				return nil, err
			}
			module = append(module, f)
		}
		for _, f := range chain { // a package outside any module still has its chain
			if !slices.Contains(module, f) {
				module = append(module, f)
			}
		}
	}

	decider := deciding(o, chain)
	cats, err := loadCatalogs(o, decider)
	if err != nil {
		return nil, err
	}

	key := overridesKey(o, dir)
	resolveCache.Lock()
	defer resolveCache.Unlock()
	if r, ok := resolveCache.m[key]; ok && slices.Equal(r.chain, chain) && slices.Equal(r.module, module) && slices.Equal(r.cats, cats) {
		return r.settings, nil
	}

	u, err := unite(module, mods)
	if err != nil {
		return nil, err
	}
	for _, d := range o.GoCatalog {
		if len(nonEmpty(mods.Paths)) > 0 && !mods.contains(d.PkgPath()) {
			return nil, fmt.Errorf("%s", outsideModules(d, mods))
		}
	}
	s := &Settings{Disabled: map[string]bool{}, ClientKeys: resolveClientKeys(chain)}
	if len(chain) > 0 {
		s.ConfigPath = chain[0].Path
	}
	for _, f := range module {
		s.ConfigFiles = append(s.ConfigFiles, f.Path)
	}
	slices.Sort(s.ConfigFiles)
	s.ConfigFiles = slices.Compact(s.ConfigFiles)

	// The catalog.
	s.Catalog = catalog.Merge(cats...)
	switch {
	case o.Catalog != "" || len(o.GoCatalog) > 0:
		s.GoCatalog = o.GoCatalog
		origin := o.CatalogOrigin
		if origin == "" {
			origin = "flag"
		}
		s.CatalogSource = fmt.Sprintf("%s (%s)", describeCatalog(o.Catalog, nil, o.GoCatalog), origin)
	case decider != nil && decider.NoCatalog:
		s.NoCatalog = true
		s.CatalogSource = fmt.Sprintf("none: the service sends no code (from %s)", decider.Path)
	case decider != nil:
		s.GoCatalog = decider.GoCatalog
		s.CatalogSource = fmt.Sprintf("%s (from %s)", describeCatalog("", decider.Catalogs, decider.GoCatalog), decider.Path)
	default:
		s.Catalog = catalog.Default()
		s.Implicit = true
		s.CatalogSource = "embedded default (pass -catalog or add .errlint.yaml to use yours)"
		if o.Config == "" && IsDependencyDir(dir) {
			s.CatalogSource = "embedded default (a dependency's configuration files are not read)"
		}
	}

	// The module-wide keys, the overrides first.
	s.Writers = append(s.Writers, o.Writers...)
	for _, w := range u.writers {
		if !slices.ContainsFunc(o.Writers, func(ow Writer) bool { return ow.Func == w.Func }) {
			s.Writers = append(s.Writers, w)
		}
	}
	s.Types = append(s.Types, o.Types...)
	for _, t := range u.types {
		if !slices.ContainsFunc(o.Types, func(ot TypeRoles) bool { return ot.Type == t.Type }) && !slices.Contains(o.IgnoreTypes, t.Type) {
			s.Types = append(s.Types, t)
		}
	}
	s.IgnoreTypes = append(s.IgnoreTypes, o.IgnoreTypes...)
	for _, it := range u.ignore {
		if !slices.Contains(s.IgnoreTypes, it.Type) && !slices.ContainsFunc(o.Types, func(ot TypeRoles) bool { return ot.Type == it.Type }) {
			s.IgnoreTypes = append(s.IgnoreTypes, it.Type)
		}
	}
	s.ModuleGoCatalog = append(s.ModuleGoCatalog, o.GoCatalog...)
	for _, d := range u.goCatalog {
		if !slices.ContainsFunc(s.ModuleGoCatalog, func(od GoCatalogDecl) bool { return od.Kind == d.Kind && od.Name == d.Name }) {
			s.ModuleGoCatalog = append(s.ModuleGoCatalog, d)
		}
	}

	// The analyzers: the nearest file naming one decides; the driver's
	// Disable wins.
	for _, name := range KnownAnalyzers {
		for _, f := range chain {
			if slices.Contains(f.Disable, name) {
				s.Disabled[name] = true
				break
			}
			if slices.Contains(f.Enable, name) {
				break
			}
		}
	}
	for _, name := range o.Enable {
		delete(s.Disabled, name)
	}
	for _, name := range o.Disable {
		s.Disabled[name] = true
	}

	if resolveCache.m == nil {
		resolveCache.m = make(map[string]resolved)
	}
	resolveCache.m[key] = resolved{chain, module, cats, s}
	return s, nil
}

// validateOverrides checks a driver's settings, and makes a relative
// Catalog or Config absolute.
func validateOverrides(o *Overrides) error {
	for _, name := range slices.Concat(o.Disable, o.Enable) {
		if !slices.Contains(KnownAnalyzers, name) {
			return fmt.Errorf("unknown analyzer %q%s", name, didYouMean(name, KnownAnalyzers))
		}
	}
	for _, w := range o.Writers {
		if err := w.Validate(); err != nil {
			return err
		}
	}
	for i, t := range o.Types {
		if err := t.Validate(); err != nil {
			return err
		}
		if slices.ContainsFunc(o.Types[:i], func(u TypeRoles) bool { return u.Type == t.Type }) {
			return fmt.Errorf("type %q is listed twice", t.Type)
		}
		if slices.Contains(o.IgnoreTypes, t.Type) {
			return fmt.Errorf("type %q is in both types and ignore_types", t.Type)
		}
	}
	for _, name := range o.IgnoreTypes {
		if err := ValidateIgnoreType(name); err != nil {
			return err
		}
	}
	for _, d := range o.GoCatalog {
		if err := d.Validate(); err != nil {
			return err
		}
	}
	if o.Catalog != "" && o.Catalog != EmbeddedCatalog && !filepath.IsAbs(o.Catalog) {
		if abs, err := filepath.Abs(o.Catalog); err == nil {
			o.Catalog = abs
		}
	}
	if o.Config != "" && !filepath.IsAbs(o.Config) {
		if abs, err := filepath.Abs(o.Config); err == nil {
			o.Config = abs
		}
	}
	return nil
}

// deciding returns the file of chain that decides the catalog, nil when
// the overrides decide it or no file does.
func deciding(o Overrides, chain []*File) *File {
	if o.Catalog != "" || len(o.GoCatalog) > 0 {
		return nil
	}
	for _, f := range chain {
		if f.SetsCatalog() {
			return f
		}
	}
	return nil
}

// loadCatalogs loads the catalog files that form the catalog: o.Catalog, or
// those the deciding file names. A missing file named by a config file is
// reported at the config file's line.
func loadCatalogs(o Overrides, decider *File) ([]*catalog.Catalog, error) {
	switch {
	case o.Catalog == EmbeddedCatalog:
		return []*catalog.Catalog{catalog.Default()}, nil
	case o.Catalog != "":
		c, err := catalog.Load(o.Catalog)
		if err != nil {
			return nil, err
		}
		return []*catalog.Catalog{c}, nil
	case decider == nil:
		return nil, nil
	}
	var cats []*catalog.Catalog
	for _, ref := range decider.Catalogs {
		if ref.Path == "" {
			cats = append(cats, catalog.Default())
			continue
		}
		if _, err := os.Stat(ref.Path); err != nil {
			return nil, catalog.ErrorList{{File: decider.Path, Line: ref.Line, Msg: fmt.Sprintf("catalog %s: %v", ref.Path, structured.WithoutPath(err))}}
		}
		c, err := catalog.Load(ref.Path)
		if err != nil {
			return nil, err
		}
		cats = append(cats, c)
	}
	return cats, nil
}

// describeCatalog names a catalog made of files and Go declarations.
func describeCatalog(flag string, refs []CatalogRef, decls []GoCatalogDecl) string {
	var parts []string
	if flag == EmbeddedCatalog {
		parts = append(parts, catalog.DefaultSource)
	} else if flag != "" {
		parts = append(parts, flag)
	}
	for _, r := range refs {
		if r.Path == "" {
			parts = append(parts, catalog.DefaultSource)
		} else {
			parts = append(parts, r.Path)
		}
	}
	for _, d := range decls {
		parts = append(parts, "go: "+d.Name)
	}
	return strings.Join(parts, " + ")
}

// union is the module-wide part of a set of configuration files.
type union struct {
	writers   []Writer
	types     []TypeRoles
	ignore    []IgnoreType
	goCatalog []GoCatalogDecl
}

// unite joins the module-wide keys of files. One function or type given
// two different entries, or a type both in types and ignore_types, is an
// error naming both lines; so is a go_catalog declaration of a package
// outside mods (when their module paths are known).
func unite(files []*File, mods Modules) (*union, error) {
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b *File) int { return strings.Compare(a.Path, b.Path) })
	u := &union{}
	var errs catalog.ErrorList
	conflict := func(file string, line int, firstFile string, firstLine int, format string, args ...any) {
		errs = append(errs, &catalog.Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...) + fmt.Sprintf(" (also %s:%d)", firstFile, firstLine)})
	}
	writers := map[string]Writer{}
	types := map[string]TypeRoles{}
	ignored := map[string]IgnoreType{}
	decls := map[string]GoCatalogDecl{}
	for _, f := range files {
		for _, w := range f.Writers {
			if prev, ok := writers[w.Func]; ok {
				if prev.String() != w.String() {
					conflict(w.File, w.Line, prev.File, prev.Line, "writer %q is declared differently: %s and %s", w.Func, w, prev)
				}
				continue
			}
			writers[w.Func] = w
			u.writers = append(u.writers, w)
		}
		for _, t := range f.Types {
			if prev, ok := types[t.Type]; ok {
				if prev.String() != t.String() {
					conflict(t.File, t.Line, prev.File, prev.Line, "type %q is declared differently: %s and %s", t.Type, t, prev)
				}
				continue
			}
			if it, ok := ignored[t.Type]; ok {
				conflict(t.File, t.Line, it.File, it.Line, "type %q is in types and in ignore_types", t.Type)
				continue
			}
			types[t.Type] = t
			u.types = append(u.types, t)
		}
		for _, it := range f.IgnoreTypes {
			if t, ok := types[it.Type]; ok {
				conflict(it.File, it.Line, t.File, t.Line, "type %q is in ignore_types and in types", it.Type)
				continue
			}
			if _, ok := ignored[it.Type]; ok {
				continue
			}
			ignored[it.Type] = it
			u.ignore = append(u.ignore, it)
		}
		for _, d := range f.GoCatalog {
			if len(nonEmpty(mods.Paths)) > 0 && !mods.contains(d.PkgPath()) {
				errs = append(errs, &catalog.Error{File: d.File, Line: d.Line, Msg: outsideModules(d, mods)})
				continue
			}
			key := d.Kind + " " + d.Name
			if prev, ok := decls[key]; ok {
				if prev.Arg != d.Arg {
					conflict(d.File, d.Line, prev.File, prev.Line, "go_catalog %s %q is declared differently: arg %d and arg %d", d.Kind, d.Name, d.Arg, prev.Arg)
				}
				continue
			}
			decls[key] = d
			u.goCatalog = append(u.goCatalog, d)
		}
	}
	if len(errs) > 0 {
		return nil, sortErrors(errs)
	}
	return u, nil
}

// outsideModules says that d names a package of a dependency, and how to
// use that catalog instead.
func outsideModules(d GoCatalogDecl, mods Modules) string {
	return fmt.Sprintf("go_catalog %s %q names package %s, which is not in the main or a workspace module (%s); "+
		"a dependency's catalog is used through a snapshot: errlint catalog -go '%s' -format yaml > FILE, then catalog: FILE",
		d.Kind, d.Name, d.PkgPath(), strings.Join(nonEmpty(mods.Paths), ", "), d.Flag())
}

func nonEmpty(list []string) []string {
	return slices.DeleteFunc(slices.Clone(list), func(s string) bool { return s == "" })
}

func overridesKey(o Overrides, dir string) string {
	var b strings.Builder
	if o.NoDiscovery {
		b.WriteString("nodiscovery\x00")
	}
	for _, s := range []string{o.Catalog, o.CatalogOrigin, o.Config, strings.Join(o.Disable, ","), strings.Join(o.Enable, ","), strings.Join(o.IgnoreTypes, ",")} {
		b.WriteString(s)
		b.WriteByte(0)
	}
	for _, w := range o.Writers {
		b.WriteString(w.String())
		b.WriteByte(1)
	}
	b.WriteByte(0)
	for _, t := range o.Types {
		b.WriteString(t.String())
		b.WriteByte(1)
	}
	b.WriteByte(0)
	for _, d := range o.GoCatalog {
		b.WriteString(d.String())
		b.WriteByte(1)
	}
	b.WriteByte(0)
	b.WriteString(dir)
	return b.String()
}
