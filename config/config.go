// Package config finds, reads and validates errlint's configuration files,
// .errlint.yaml (or .errlint.yml, or .errlint.json), and resolves the
// settings that apply to a package directory.
//
// A configuration file applies to its directory and every directory below
// it. Its keys are of two kinds:
//
//   - directory-scoped (catalog, go_catalog, disable, enable, root): walking
//     up from a package's directory, every file up to the file-system root,
//     or up to one that says root: true, applies, the nearest first. The
//     nearest file that sets catalog or go_catalog decides the catalog as a
//     whole; for each analyzer the nearest file naming it in disable or
//     enable decides.
//   - module-wide (types, ignore_types, writers and the go_catalog
//     declarations): the union over every configuration file of the main and
//     workspace modules, whichever directory a package is in.
//
// For example:
//
//	root: true                    # files above this one do not apply
//	catalog: errors.yaml          # relative to this file; a list; or "embedded"
//	go_catalog:
//	  - var: example.com/svc/apierr.codes
//	  - {func: example.com/svc/errcode.register, arg: 1}
//	writers:                      # error writers inference cannot see
//	  - func: example.com/svc/httpx.Fail
//	    status: 1                 # 0-based parameter indices, receiver not counted
//	    code: 2
//	  - {func: example.com/dep/errors.NotFound, code: 0, carries: 404}
//	types:
//	  - {type: example.com/svc/apierr.APIError, code: Code, status: HTTPStatusCode}
//	ignore_types: [example.com/svc/store.Coupon]
//	disable: [rawstatus]          # analyzers to turn off here and below
//	enable: [unknowncode]         # ... or back on
//
// Configuration files are read only for packages of the main and workspace
// modules, never for a directory in the module cache or GOROOT. Files are
// read once per process (cached by path, modification time and size).
// Every problem is reported as "FILE:LINE: what is wrong".
package config

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/errlint/errlint/catalog"
)

// Names of the configuration file, in the order they are looked for.
var FileNames = []string{".errlint.yaml", ".errlint.yml", ".errlint.json"}

// KnownAnalyzers are the analyzer names "disable" accepts. It must equal
// analyzer.Names (the analyzer package tests that it does).
var KnownAnalyzers = []string{"rawstatus", "unknowncode", "statusmismatch", "authchallenge", "retryafter", "envelope", "ignoredirective"}

// File is one parsed configuration file.
type File struct {
	Path        string          // absolute path of the .errlint.yaml / .errlint.json
	Root        bool            // root: true — files above it do not apply
	Catalogs    []CatalogRef    // catalog: the catalog files it names, in order
	GoCatalog   []GoCatalogDecl // go_catalog: in file order
	Writers     []Writer        // in file order
	Types       []TypeRoles     // in file order
	IgnoreTypes []IgnoreType    // in file order
	Disable     []string        // analyzer names
	Enable      []string        // analyzer names

	disableLine, enableLine map[string]int
}

// CatalogRef is one catalog a configuration file names.
type CatalogRef struct {
	Path string // absolute path of the catalog file; "" for the embedded default (catalog: embedded)
	Line int    // where the file names it
}

// IgnoreType is an entry of `ignore_types`: a type that is never an error type.
type IgnoreType struct {
	Type string // full name, "example.com/svc/store.Coupon"
	File string
	Line int
}

// SetsCatalog reports whether the file decides the catalog of the
// directories it applies to: it names a catalog file, the embedded default
// or a Go-catalog declaration.
func (f *File) SetsCatalog() bool {
	return len(f.Catalogs) > 0 || len(f.GoCatalog) > 0
}

// EmbeddedCatalog is the word that names the embedded default in `catalog:`
// and in the -catalog flag.
const EmbeddedCatalog = "embedded"

var (
	topKeys    = []string{"root", "catalog", "go_catalog", "writers", "types", "ignore_types", "disable", "enable"}
	writerKeys = []string{"func", "status", "code", "body", "carries"}
	typeKeys   = []string{"type", "code", "status", "ok", "retryable", "message"}
	goCatKeys  = []string{GoVar, GoFunc, GoType, GoMethod, "arg"}
)

// Parse reads a configuration file's content. path names the file in
// errors and anchors a relative catalog path; it should be absolute. The
// format follows the extension: .json is JSON, anything else YAML. An empty
// file is an empty configuration.
func Parse(path string, data []byte) (*File, error) {
	f := &File{Path: path}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var root *node
	var p *problem
	if strings.EqualFold(filepath.Ext(path), ".json") {
		if len(bytes.TrimSpace(data)) > 0 {
			root, p = jsonTree(data)
		}
	} else {
		root, p = yamlTree(data)
	}
	if p != nil {
		return nil, catalog.ErrorList{{File: path, Line: p.line, Msg: p.msg}}
	}
	var errs catalog.ErrorList
	add := func(line int, format string, args ...any) {
		errs = append(errs, &catalog.Error{File: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if root == nil || root.kind == kNull {
		return f, nil
	}
	if root.kind != kMap {
		add(root.line, "a config file is a mapping with the keys %s, not %s", strings.Join(topKeys, ", "), root.describe())
		return nil, errs
	}
	seen := map[string]int{}
	for i, k := range root.keys {
		v := root.vals[i]
		if first, dup := seen[k.str]; dup {
			add(k.line, "duplicate key %q (first on line %d)", k.str, first)
			continue
		}
		seen[k.str] = k.line
		switch k.str {
		case "root":
			if v.kind != kBool {
				add(v.line, `"root" must be true or false, not %s`, v.describe())
				continue
			}
			f.Root = v.b
		case "catalog":
			f.parseCatalog(v, add)
		case "go_catalog":
			f.GoCatalog = parseList(v, add, "go_catalog", "a list of {var|func|type|method: NAME} mappings",
				func(it *node) (GoCatalogDecl, bool) {
					d, ok := parseGoCatalog(it, add)
					d.File, d.Line = path, it.line
					return d, ok
				},
				func(d GoCatalogDecl) (string, string) {
					return d.Kind + " " + d.Name, fmt.Sprintf("duplicate go_catalog entry %s %q", d.Kind, d.Name)
				})
		case "writers":
			f.Writers = parseList(v, add, "writers", "a list of {func, status, code, body, carries} mappings",
				func(it *node) (Writer, bool) {
					w, ok := parseWriter(it, add)
					w.File, w.Line = path, it.line
					return w, ok
				},
				func(w Writer) (string, string) { return w.Func, fmt.Sprintf("duplicate writer %q", w.Func) })
		case "types":
			f.Types = parseList(v, add, "types", "a list of {type, code, status, ok, retryable, message} mappings",
				func(it *node) (TypeRoles, bool) {
					t, ok := parseType(it, add)
					t.File, t.Line = path, it.line
					return t, ok
				},
				func(t TypeRoles) (string, string) { return t.Type, fmt.Sprintf("duplicate type %q", t.Type) })
		case "ignore_types":
			f.IgnoreTypes = parseList(v, add, "ignore_types", "a list of full type names",
				func(it *node) (IgnoreType, bool) {
					if it.kind != kString {
						add(it.line, "a type name must be a string, not %s", it.describe())
						return IgnoreType{}, false
					}
					if msg := typeNameProblem("ignore_types", it.str); msg != "" {
						add(it.line, "%s", msg)
						return IgnoreType{}, false
					}
					return IgnoreType{Type: it.str, File: path, Line: it.line}, true
				},
				func(t IgnoreType) (string, string) {
					return t.Type, fmt.Sprintf("duplicate ignore_types entry %q", t.Type)
				})
		case "disable", "enable":
			names, lines := parseAnalyzers(k.str, v, add)
			if k.str == "disable" {
				f.Disable, f.disableLine = names, lines
			} else {
				f.Enable, f.enableLine = names, lines
			}
		default:
			add(k.line, "unknown key %q (known: %s)", k.str, strings.Join(topKeys, ", "))
		}
	}
	for _, t := range f.Types {
		for _, it := range f.IgnoreTypes {
			if it.Type == t.Type {
				add(max(t.Line, it.Line), "type %q is in both types (line %d) and ignore_types (line %d)", t.Type, t.Line, it.Line)
			}
		}
	}
	for _, name := range f.Enable {
		if line, both := f.disableLine[name]; both {
			add(f.enableLine[name], "analyzer %q is in both disable (line %d) and enable", name, line)
		}
	}
	if len(errs) > 0 {
		return nil, sortErrors(errs)
	}
	return f, nil
}

// sortErrors orders problems by file and line, keeping the order of the
// problems of one line.
func sortErrors(errs catalog.ErrorList) catalog.ErrorList {
	slices.SortStableFunc(errs, func(a, b *catalog.Error) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return errs
}

// parseCatalog reads the value of "catalog": a file name, a list of them,
// or the word "embedded".
func (f *File) parseCatalog(v *node, add func(int, string, ...any)) {
	var items []*node
	switch v.kind {
	case kString:
		items = []*node{v}
	case kList:
		if len(v.items) == 0 {
			add(v.line, `"catalog" is an empty list; name a catalog file, or leave "catalog" out`)
			return
		}
		items = v.items
	default:
		add(v.line, `"catalog" must be a file name, a list of file names or %q, not %s`, EmbeddedCatalog, v.describe())
		return
	}
	first := map[string]int{}
	for _, it := range items {
		if it.kind != kString {
			add(it.line, `a catalog must be a file name or %q, not %s`, EmbeddedCatalog, it.describe())
			continue
		}
		if strings.TrimSpace(it.str) == "" {
			add(it.line, `"catalog" is empty`)
			continue
		}
		ref := CatalogRef{Line: it.line}
		if it.str != EmbeddedCatalog {
			ref.Path = it.str
			if !filepath.IsAbs(ref.Path) {
				ref.Path = filepath.Join(filepath.Dir(f.Path), ref.Path)
			}
			ref.Path = filepath.Clean(ref.Path)
		}
		if line, dup := first[ref.Path]; dup {
			add(it.line, "catalog %q is listed twice (first on line %d)", it.str, line)
			continue
		}
		first[ref.Path] = it.line
		f.Catalogs = append(f.Catalogs, ref)
	}
}

// parseAnalyzers reads the value of "disable" or "enable": analyzer names
// without repeats, and the line of each.
func parseAnalyzers(key string, v *node, add func(int, string, ...any)) ([]string, map[string]int) {
	if v.kind == kNull {
		return nil, nil // every item commented out
	}
	if v.kind != kList {
		add(v.line, "%q must be a list of analyzer names, not %s", key, v.describe())
		return nil, nil
	}
	var names []string
	lines := map[string]int{}
	for _, it := range v.items {
		if it.kind != kString {
			add(it.line, "an analyzer name must be a string, not %s", it.describe())
			continue
		}
		if !slices.Contains(KnownAnalyzers, it.str) {
			add(it.line, "unknown analyzer %q (known: %s)", it.str, strings.Join(KnownAnalyzers, ", "))
			continue
		}
		if _, dup := lines[it.str]; !dup {
			names = append(names, it.str)
			lines[it.str] = it.line
		}
	}
	return names, lines
}

// mapEntry walks the keys of a mapping entry of a list, reporting
// duplicate and unknown keys; visit returns false when the value is bad.
func mapEntry(n *node, what string, known []string, add func(int, string, ...any), visit func(key string, v *node) bool) (seen map[string]bool, ok bool) {
	if n.kind != kMap {
		add(n.line, "%s must be a mapping with the keys %s, not %s", what, strings.Join(known, ", "), n.describe())
		return nil, false
	}
	ok = true
	seen = map[string]bool{}
	for i, k := range n.keys {
		v := n.vals[i]
		if seen[k.str] {
			add(k.line, "duplicate key %q", k.str)
			ok = false
			continue
		}
		seen[k.str] = true
		if !slices.Contains(known, k.str) {
			add(k.line, "unknown key %q in %s (known: %s)", k.str, what, strings.Join(known, ", "))
			ok = false
			continue
		}
		if !visit(k.str, v) {
			ok = false
		}
	}
	return seen, ok
}

// stringValue reads a string value of key, reporting another kind.
func stringValue(key string, v *node, add func(int, string, ...any)) (string, bool) {
	if v.kind != kString {
		add(v.line, "%q must be a string, not %s", key, v.describe())
		return "", false
	}
	return v.str, true
}

// parseWriter reads one element of "writers".
func parseWriter(n *node, add func(int, string, ...any)) (Writer, bool) {
	var w Writer
	seen, ok := mapEntry(n, "a writer", writerKeys, add, func(key string, v *node) bool {
		switch key {
		case "func":
			s, ok := stringValue(key, v, add)
			w.Func = s
			return ok
		case "carries":
			st, msg := intValue(v, 100, 599)
			if msg != "" {
				add(v.line, `"carries" must be an HTTP status (100–599), not %s`, msg)
				return false
			}
			w.Carries = st
			return true
		}
		idx, msg := paramIndex(v)
		if msg != "" {
			add(v.line, "%q %s", key, msg)
			return false
		}
		switch key {
		case "status":
			w.Status = &idx
		case "code":
			w.Code = &idx
		case "body":
			w.Body = &idx
		}
		return true
	})
	if seen == nil {
		return w, false
	}
	if !seen["func"] {
		add(n.line, `a writer needs "func"`)
		return w, false
	}
	if !ok {
		return w, false
	}
	if msg := w.problem(); msg != "" {
		add(n.line, "%s", msg)
		return w, false
	}
	return w, true
}

// parseType reads one element of "types".
func parseType(n *node, add func(int, string, ...any)) (TypeRoles, bool) {
	var t TypeRoles
	seen, ok := mapEntry(n, "a type", typeKeys, add, func(key string, v *node) bool {
		s, ok := stringValue(key, v, add)
		if !ok {
			return false
		}
		switch key {
		case "type":
			t.Type = s
		case "code":
			t.Code = s
		case "status":
			t.Status = s
		case "ok":
			t.OK = s
		case "retryable":
			t.Retryable = s
		case "message":
			t.Message = s
		}
		return true
	})
	if seen == nil {
		return t, false
	}
	if !seen["type"] {
		add(n.line, `a types entry needs "type", the type's full name`)
		return t, false
	}
	if !ok {
		return t, false
	}
	if msg := t.problem(); msg != "" {
		add(n.line, "%s", msg)
		return t, false
	}
	return t, true
}

// parseGoCatalog reads one element of "go_catalog".
func parseGoCatalog(n *node, add func(int, string, ...any)) (GoCatalogDecl, bool) {
	var d GoCatalogDecl
	var kinds []string
	seen, ok := mapEntry(n, "a go_catalog entry", goCatKeys, add, func(key string, v *node) bool {
		if key == "arg" {
			idx, msg := paramIndex(v)
			if msg != "" {
				add(v.line, `"arg" %s`, strings.Replace(msg, "a parameter", "an argument", 1))
				return false
			}
			d.Arg = idx
			return true
		}
		kinds = append(kinds, key)
		s, ok := stringValue(key, v, add)
		d.Kind, d.Name = key, s
		return ok
	})
	if seen == nil {
		return d, false
	}
	switch {
	case len(kinds) == 0 && ok:
		add(n.line, "a go_catalog entry needs one of %s", strings.Join(GoCatalogKinds, ", "))
		return d, false
	case len(kinds) > 1:
		add(n.line, "a go_catalog entry names one declaration, not %s", strings.Join(kinds, " and "))
		return d, false
	case !ok || len(kinds) == 0:
		return d, false
	case seen["arg"] && d.Kind != GoFunc:
		add(n.line, `"arg" is only for "func" (which argument of the function is the descriptor)`)
		return d, false
	}
	if msg := d.problem(); msg != "" {
		add(n.line, "%s", msg)
		return d, false
	}
	return d, true
}

// paramIndex reads a parameter index; msg says what is wrong with it.
func paramIndex(v *node) (int, string) {
	i, msg := intValue(v, 0, maxParam)
	if msg != "" {
		return 0, "must be a parameter index (0 or more), not " + msg
	}
	return i, ""
}

// intValue reads an integer in [lo, hi]; msg describes a value that is not.
func intValue(v *node, lo, hi int) (int, string) {
	if v.kind != kInt {
		return 0, v.describe()
	}
	i, err := strconv.Atoi(v.str)
	if err != nil || i < lo || i > hi {
		return 0, v.str
	}
	return i, ""
}

// ---- Load ----

type fileKey struct {
	modTime time.Time
	size    int64
}

type loaded struct {
	key  fileKey
	file *File
	err  error
}

var loadCache struct {
	sync.Mutex
	m map[string]loaded // by absolute path
}

// Load reads and validates the configuration file at path. Results, errors
// included, are cached for the process by absolute path, modification time
// and size.
func Load(path string) (*File, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, catalog.ErrorList{{File: path, Msg: fmt.Sprintf("cannot read config: %v", err)}}
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, catalog.ErrorList{{File: abs, Msg: fmt.Sprintf("cannot read config: %v", pathErr(err))}}
	}
	if fi.IsDir() {
		return nil, catalog.ErrorList{{File: abs, Msg: "cannot read config: is a directory"}}
	}
	key := fileKey{fi.ModTime(), fi.Size()}
	loadCache.Lock()
	defer loadCache.Unlock()
	if r, ok := loadCache.m[abs]; ok && r.key == key {
		return r.file, r.err
	}
	var f *File
	data, err := os.ReadFile(abs)
	if err != nil {
		err = catalog.ErrorList{{File: abs, Msg: fmt.Sprintf("cannot read config: %v", pathErr(err))}}
	} else {
		f, err = Parse(abs, data)
	}
	if loadCache.m == nil {
		loadCache.m = make(map[string]loaded)
	}
	loadCache.m[abs] = loaded{key, f, err}
	return f, err
}

func pathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// parseList reads the list v of key, each item with parse, and refuses an
// item whose identity (the first result of id) an earlier item has, with
// id's message and the earlier line. A null value (every item commented
// out) is an empty list; anything but a list is an error saying what the
// key wants.
func parseList[T any](v *node, add func(line int, format string, args ...any), key, want string,
	parse func(*node) (T, bool), id func(T) (string, string)) []T {
	if v.kind == kNull {
		return nil
	}
	if v.kind != kList {
		add(v.line, "%q must be %s, not %s", key, want, v.describe())
		return nil
	}
	var out []T
	first := map[string]int{}
	for _, it := range v.items {
		x, ok := parse(it)
		if !ok {
			continue
		}
		k, dupMsg := id(x)
		if line, dup := first[k]; dup {
			add(it.line, "%s (first on line %d)", dupMsg, line)
			continue
		}
		first[k] = it.line
		out = append(out, x)
	}
	return out
}
