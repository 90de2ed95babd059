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
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/internal/structured"
)

// Names of the configuration file, in the order they are looked for.
var FileNames = []string{".errlint.yaml", ".errlint.yml", ".errlint.json"}

// KnownAnalyzers are the analyzer names "disable" accepts. It must equal
// analyzer.Names (the analyzer package tests that it does).
var KnownAnalyzers = []string{"rawstatus", "unknowncode", "statusmismatch", "authchallenge", "retryafter", "envelope", "exitcode", "retrydecision", "ignoredirective"}

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
	ClientKeys                  // exit_codes, classes (clientkeys.go)

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
	topKeys    = []string{"root", "catalog", "go_catalog", "writers", "types", "ignore_types", "disable", "enable", "exit_codes", "classes"}
	writerKeys = []string{"func", "status", "code", "body", "carries"}
	typeKeys   = []string{"type", "code", "status", "ok", "retryable", "message"}
	goCatKeys  = []string{GoVar, GoFunc, GoType, GoMethod, "arg"}
)

// maxDepth is how deeply values of a configuration file may nest.
const maxDepth = 100

// Parse reads a configuration file's content. path names the file in
// errors and anchors a relative catalog path; it should be absolute. The
// format follows the extension: .json is JSON, anything else YAML. An empty
// file is an empty configuration.
func Parse(path string, data []byte) (*File, error) {
	f := &File{Path: path}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var root *structured.Node
	var e *structured.Error
	if strings.EqualFold(filepath.Ext(path), ".json") {
		if len(bytes.TrimSpace(data)) > 0 {
			root, e = structured.ReadJSON(data, maxDepth)
		}
	} else {
		root, e = structured.ReadYAML(data, maxDepth)
	}
	if e == nil {
		if bad, msg := root.Problem(); bad != nil {
			e = &structured.Error{Line: bad.Line, Msg: msg}
		}
	}
	if e != nil {
		if e.Trailing {
			e.Msg = "unexpected data after the top-level object"
		}
		return nil, catalog.ErrorList{{File: path, Line: e.Line, Msg: e.Msg}}
	}
	var errs catalog.ErrorList
	add := func(line int, format string, args ...any) {
		errs = append(errs, &catalog.Error{File: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if root == nil || root.Kind == structured.Null {
		return f, nil
	}
	if root.Kind != structured.Map {
		add(root.Line, "a config file is a mapping with the keys %s, not %s", strings.Join(topKeys, ", "), root.Describe(structured.YAMLWords))
		return nil, errs
	}
	seen := map[string]int{}
	for i, k := range root.Keys {
		v := root.Values[i]
		if first, dup := seen[k.Str]; dup {
			add(k.Line, "duplicate key %q (first on line %d)", k.Str, first)
			continue
		}
		seen[k.Str] = k.Line
		switch k.Str {
		case "root":
			if v.Kind != structured.Bool {
				add(v.Line, `"root" must be true or false, not %s`, v.Describe(structured.YAMLWords))
				continue
			}
			f.Root = v.Bool
		case "catalog":
			f.parseCatalog(v, add)
		case "go_catalog":
			f.GoCatalog = parseList(v, add, "go_catalog", "a list of {var|func|type|method: NAME} mappings",
				func(it *structured.Node) (GoCatalogDecl, bool) {
					d, ok := parseGoCatalog(it, add)
					d.File, d.Line = path, it.Line
					return d, ok
				},
				func(d GoCatalogDecl) (string, string) {
					return d.Kind + " " + d.Name, fmt.Sprintf("duplicate go_catalog entry %s %q", d.Kind, d.Name)
				})
		case "writers":
			f.Writers = parseList(v, add, "writers", "a list of {func, status, code, body, carries} mappings",
				func(it *structured.Node) (Writer, bool) {
					w, ok := parseWriter(it, add)
					w.File, w.Line = path, it.Line
					return w, ok
				},
				func(w Writer) (string, string) { return w.Func, fmt.Sprintf("duplicate writer %q", w.Func) })
		case "types":
			f.Types = parseList(v, add, "types", "a list of {type, code, status, ok, retryable, message} mappings",
				func(it *structured.Node) (TypeRoles, bool) {
					t, ok := parseType(it, add)
					t.File, t.Line = path, it.Line
					return t, ok
				},
				func(t TypeRoles) (string, string) { return t.Type, fmt.Sprintf("duplicate type %q", t.Type) })
		case "ignore_types":
			f.IgnoreTypes = parseList(v, add, "ignore_types", "a list of full type names",
				func(it *structured.Node) (IgnoreType, bool) {
					if it.Kind != structured.String {
						add(it.Line, "a type name must be a string, not %s", it.Describe(structured.YAMLWords))
						return IgnoreType{}, false
					}
					if msg := typeNameProblem("ignore_types", it.Str); msg != "" {
						add(it.Line, "%s", msg)
						return IgnoreType{}, false
					}
					return IgnoreType{Type: it.Str, File: path, Line: it.Line}, true
				},
				func(t IgnoreType) (string, string) {
					return t.Type, fmt.Sprintf("duplicate ignore_types entry %q", t.Type)
				})
		case "disable", "enable":
			names, lines := parseAnalyzers(k.Str, v, add)
			if k.Str == "disable" {
				f.Disable, f.disableLine = names, lines
			} else {
				f.Enable, f.enableLine = names, lines
			}
		case "exit_codes":
			f.parseExitCodes(v, add)
		case "classes":
			f.parseClasses(v, add)
		default:
			add(k.Line, "unknown key %q (known: %s)", k.Str, strings.Join(topKeys, ", "))
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
func (f *File) parseCatalog(v *structured.Node, add func(int, string, ...any)) {
	var items []*structured.Node
	switch v.Kind {
	case structured.String:
		items = []*structured.Node{v}
	case structured.List:
		if len(v.Items) == 0 {
			add(v.Line, `"catalog" is an empty list; name a catalog file, or leave "catalog" out`)
			return
		}
		items = v.Items
	default:
		add(v.Line, `"catalog" must be a file name, a list of file names or %q, not %s`, EmbeddedCatalog, v.Describe(structured.YAMLWords))
		return
	}
	first := map[string]int{}
	for _, it := range items {
		if it.Kind != structured.String {
			add(it.Line, `a catalog must be a file name or %q, not %s`, EmbeddedCatalog, it.Describe(structured.YAMLWords))
			continue
		}
		if strings.TrimSpace(it.Str) == "" {
			add(it.Line, `"catalog" is empty`)
			continue
		}
		ref := CatalogRef{Line: it.Line}
		if it.Str != EmbeddedCatalog {
			ref.Path = it.Str
			if !filepath.IsAbs(ref.Path) {
				ref.Path = filepath.Join(filepath.Dir(f.Path), ref.Path)
			}
			ref.Path = filepath.Clean(ref.Path)
		}
		if line, dup := first[ref.Path]; dup {
			add(it.Line, "catalog %q is listed twice (first on line %d)", it.Str, line)
			continue
		}
		first[ref.Path] = it.Line
		f.Catalogs = append(f.Catalogs, ref)
	}
}

// parseAnalyzers reads the value of "disable" or "enable": analyzer names
// without repeats, and the line of each.
func parseAnalyzers(key string, v *structured.Node, add func(int, string, ...any)) ([]string, map[string]int) {
	if v.Kind == structured.Null {
		return nil, nil // every item commented out
	}
	if v.Kind != structured.List {
		add(v.Line, "%q must be a list of analyzer names, not %s", key, v.Describe(structured.YAMLWords))
		return nil, nil
	}
	var names []string
	lines := map[string]int{}
	for _, it := range v.Items {
		if it.Kind != structured.String {
			add(it.Line, "an analyzer name must be a string, not %s", it.Describe(structured.YAMLWords))
			continue
		}
		if !slices.Contains(KnownAnalyzers, it.Str) {
			add(it.Line, "unknown analyzer %q (known: %s)", it.Str, strings.Join(KnownAnalyzers, ", "))
			continue
		}
		if _, dup := lines[it.Str]; !dup {
			names = append(names, it.Str)
			lines[it.Str] = it.Line
		}
	}
	return names, lines
}

// mapEntry walks the keys of a mapping entry of a list, reporting
// duplicate and unknown keys; visit returns false when the value is bad.
func mapEntry(n *structured.Node, what string, known []string, add func(int, string, ...any), visit func(key string, v *structured.Node) bool) (seen map[string]bool, ok bool) {
	if n.Kind != structured.Map {
		add(n.Line, "%s must be a mapping with the keys %s, not %s", what, strings.Join(known, ", "), n.Describe(structured.YAMLWords))
		return nil, false
	}
	ok = true
	seen = map[string]bool{}
	for i, k := range n.Keys {
		v := n.Values[i]
		if seen[k.Str] {
			add(k.Line, "duplicate key %q", k.Str)
			ok = false
			continue
		}
		seen[k.Str] = true
		if !slices.Contains(known, k.Str) {
			add(k.Line, "unknown key %q in %s (known: %s)", k.Str, what, strings.Join(known, ", "))
			ok = false
			continue
		}
		if !visit(k.Str, v) {
			ok = false
		}
	}
	return seen, ok
}

// stringValue reads a string value of key, reporting another kind.
func stringValue(key string, v *structured.Node, add func(int, string, ...any)) (string, bool) {
	if v.Kind != structured.String {
		add(v.Line, "%q must be a string, not %s", key, v.Describe(structured.YAMLWords))
		return "", false
	}
	return v.Str, true
}

// parseWriter reads one element of "writers".
func parseWriter(n *structured.Node, add func(int, string, ...any)) (Writer, bool) {
	var w Writer
	seen, ok := mapEntry(n, "a writer", writerKeys, add, func(key string, v *structured.Node) bool {
		switch key {
		case "func":
			s, ok := stringValue(key, v, add)
			w.Func = s
			return ok
		case "carries":
			st, msg := intValue(v, 100, 599)
			if msg != "" {
				add(v.Line, `"carries" must be an HTTP status (100–599), not %s`, msg)
				return false
			}
			w.Carries = st
			return true
		}
		idx, msg := paramIndex(v)
		if msg != "" {
			add(v.Line, "%q %s", key, msg)
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
		add(n.Line, `a writer needs "func"`)
		return w, false
	}
	if !ok {
		return w, false
	}
	if msg := w.problem(); msg != "" {
		add(n.Line, "%s", msg)
		return w, false
	}
	return w, true
}

// parseType reads one element of "types".
func parseType(n *structured.Node, add func(int, string, ...any)) (TypeRoles, bool) {
	var t TypeRoles
	seen, ok := mapEntry(n, "a type", typeKeys, add, func(key string, v *structured.Node) bool {
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
		add(n.Line, `a types entry needs "type", the type's full name`)
		return t, false
	}
	if !ok {
		return t, false
	}
	if msg := t.problem(); msg != "" {
		add(n.Line, "%s", msg)
		return t, false
	}
	return t, true
}

// parseGoCatalog reads one element of "go_catalog".
func parseGoCatalog(n *structured.Node, add func(int, string, ...any)) (GoCatalogDecl, bool) {
	var d GoCatalogDecl
	var kinds []string
	seen, ok := mapEntry(n, "a go_catalog entry", goCatKeys, add, func(key string, v *structured.Node) bool {
		if key == "arg" {
			idx, msg := paramIndex(v)
			if msg != "" {
				add(v.Line, `"arg" %s`, strings.Replace(msg, "a parameter", "an argument", 1))
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
		add(n.Line, "a go_catalog entry needs one of %s", strings.Join(GoCatalogKinds, ", "))
		return d, false
	case len(kinds) > 1:
		add(n.Line, "a go_catalog entry names one declaration, not %s", strings.Join(kinds, " and "))
		return d, false
	case !ok || len(kinds) == 0:
		return d, false
	case seen["arg"] && d.Kind != GoFunc:
		add(n.Line, `"arg" is only for "func" (which argument of the function is the descriptor)`)
		return d, false
	}
	if msg := d.problem(); msg != "" {
		add(n.Line, "%s", msg)
		return d, false
	}
	return d, true
}

// paramIndex reads a parameter index; msg says what is wrong with it.
func paramIndex(v *structured.Node) (int, string) {
	i, msg := intValue(v, 0, maxParam)
	if msg != "" {
		return 0, "must be a parameter index (0 or more), not " + msg
	}
	return i, ""
}

// intValue reads an integer in [lo, hi]; msg describes a value that is not.
func intValue(v *structured.Node, lo, hi int) (int, string) {
	if v.Kind != structured.Int {
		return 0, v.Describe(structured.YAMLWords)
	}
	i, err := strconv.Atoi(v.Str)
	if err != nil || i < lo || i > hi {
		return 0, v.Str
	}
	return i, ""
}

// ---- Load ----

var loadCache structured.Cache[*File]

// Load reads and validates the configuration file at path. Results, errors
// included, are cached for the process by absolute path, modification time
// and size.
func Load(path string) (*File, error) {
	return loadCache.Load(path, Parse, func(file string, cause error) error {
		return catalog.ErrorList{{File: file, Msg: fmt.Sprintf("cannot read config: %v", cause)}}
	})
}

// parseList reads the list v of key, each item with parse, and refuses an
// item whose identity (the first result of id) an earlier item has, with
// id's message and the earlier line. A null value (every item commented
// out) is an empty list; anything but a list is an error saying what the
// key wants.
func parseList[T any](v *structured.Node, add func(line int, format string, args ...any), key, want string,
	parse func(*structured.Node) (T, bool), id func(T) (string, string)) []T {
	if v.Kind == structured.Null {
		return nil
	}
	if v.Kind != structured.List {
		add(v.Line, "%q must be %s, not %s", key, want, v.Describe(structured.YAMLWords))
		return nil
	}
	var out []T
	first := map[string]int{}
	for _, it := range v.Items {
		x, ok := parse(it)
		if !ok {
			continue
		}
		k, dupMsg := id(x)
		if line, dup := first[k]; dup {
			add(it.Line, "%s (first on line %d)", dupMsg, line)
			continue
		}
		first[k] = it.Line
		out = append(out, x)
	}
	return out
}
