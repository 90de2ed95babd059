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
	NoCatalog   bool            // catalog: none — the service sends no code
	GoCatalog   []GoCatalogDecl // go_catalog: in file order
	Writers     []Writer        // in file order
	Types       []TypeRoles     // in file order
	IgnoreTypes []IgnoreType    // in file order
	Disable     []string        // analyzer names
	Enable      []string        // analyzer names
	ClientKeys                  // exit_codes, classes (clientkeys.go)

	disableLine, enableLine map[string]*structured.Node
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
	return len(f.Catalogs) > 0 || len(f.GoCatalog) > 0 || f.NoCatalog
}

// EmbeddedCatalog is the word that names the embedded default in `catalog:`
// and in the -catalog flag.
const EmbeddedCatalog = "embedded"

var (
	topKeys    = []string{"root", "catalog", "go_catalog", "returns", "writers", "types", "ignore_types", "disable", "enable", "exit_codes", "classes"}
	writerKeys = []string{"func", "status", "code", "body", "carries", "writer"}
	typeKeys   = []string{"type", "code", "status", "ok", "retryable", "message"}
	goCatKeys  = []string{GoVar, GoFunc, GoType, GoMethod, GoReturns, "arg"}
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
	p := &problems{file: path}
	f = parseTree(root, p, topKeys)
	if len(p.errs) > 0 {
		return nil, sortErrors(p.errs)
	}
	return f, nil
}

// ParseSettings reads a driver's settings (golangci-lint's, decoded from
// its YAML) with the same walk as a configuration file's, accepting the
// top-level keys of keys only. The values carry no lines, so each problem
// is "errlint settings: PATH: what is wrong" (writers[0].status), and keys
// match regardless of letter case (golangci-lint lower-cases them). A
// catalog is left as given: the driver says what it is relative to.
func ParseSettings(raw any, keys []string) (*File, error) {
	root := structured.FromValue(raw)
	p := &problems{paths: map[*structured.Node]string{}, fold: true}
	p.index(root, "")
	f := parseTree(root, p, keys)
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return f, nil
}

// problems gathers what is wrong with a configuration: a file's, each
// problem at its line, or a driver's settings, each at its path.
type problems struct {
	file  string                      // the configuration file; "" for settings
	paths map[*structured.Node]string // settings: the path of each node
	fold  bool                        // keys match regardless of letter case
	errs  catalog.ErrorList
}

// settingsPrefix starts each problem of a driver's settings.
const settingsPrefix = "errlint settings"

// add records a problem at n.
func (p *problems) add(n *structured.Node, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if p.paths == nil {
		p.errs = append(p.errs, &catalog.Error{File: p.file, Line: n.Line, Msg: msg})
		return
	}
	if path := p.paths[n]; path != "" {
		msg = path + ": " + msg
	}
	p.errs = append(p.errs, &catalog.Error{File: settingsPrefix, Msg: msg})
}

// at names where n is, for a message about another node: "line 3", or
// the path "writers[0]".
func (p *problems) at(n *structured.Node) string {
	if p.paths == nil {
		return fmt.Sprintf("line %d", n.Line)
	}
	return p.paths[n]
}

// first says where the first of two entries is: "first on line 3", or
// "first at writers[0]".
func (p *problems) first(n *structured.Node) string {
	if p.paths == nil {
		return "first on " + p.at(n)
	}
	return "first at " + p.at(n)
}

// index records the path of n and of every node below it.
func (p *problems) index(n *structured.Node, path string) {
	if n == nil {
		return
	}
	p.paths[n] = path
	for i, k := range n.Keys {
		sub := k.Str
		if path != "" {
			sub = path + "." + k.Str
		}
		p.paths[k] = sub
		p.index(n.Values[i], sub)
	}
	for i, it := range n.Items {
		p.index(it, fmt.Sprintf("%s[%d]", path, i))
	}
}

// key returns the known key that k spells: itself, or with folding the
// known key equal to it regardless of case; k itself when none.
func (p *problems) key(k string, known []string) string {
	if !p.fold || slices.Contains(known, k) {
		return k
	}
	if i := slices.IndexFunc(known, func(s string) bool { return strings.EqualFold(s, k) }); i >= 0 {
		return known[i]
	}
	return k
}

// parseTree reads the tree of a configuration, allowing the top-level keys
// of keys (a subset of topKeys), recording its problems in p.
func parseTree(root *structured.Node, p *problems, keys []string) *File {
	f := &File{Path: p.file}
	path := p.file
	add := p.add
	if root == nil || root.Kind == structured.Null {
		return f
	}
	if root.Kind != structured.Map {
		what := "a config file is"
		if p.paths != nil {
			what = "the settings are"
		}
		add(root, "%s a mapping with the keys %s, not %s", what, strings.Join(keys, ", "), root.Describe(structured.YAMLWords))
		return f
	}
	typeNode, ignoreNode := map[string]*structured.Node{}, map[string]*structured.Node{}
	seen := map[string]*structured.Node{}
	for i, k := range root.Keys {
		v := root.Values[i]
		key := p.key(k.Str, keys)
		if first, dup := seen[key]; dup {
			add(k, "duplicate key %q (%s)", k.Str, p.first(first))
			continue
		}
		seen[key] = k
		if !slices.Contains(keys, key) {
			add(k, "unknown key %q%s", k.Str, unknownKeyHint(k.Str, keys))
			continue
		}
		switch key {
		case "root":
			if v.Kind != structured.Bool {
				add(v, `"root" must be true or false, not %s`, v.Describe(structured.YAMLWords))
				continue
			}
			f.Root = v.Bool
		case "catalog":
			f.parseCatalog(p, v)
		case "go_catalog":
			f.GoCatalog = append(f.GoCatalog, parseList(p, v, "go_catalog", "a list of {var|func|type|method: NAME} mappings",
				func(it *structured.Node) (GoCatalogDecl, bool) {
					d, ok := parseGoCatalog(p, it)
					d.File, d.Line = path, it.Line
					return d, ok
				},
				func(d GoCatalogDecl) (string, string) {
					return d.Kind + " " + d.Name, fmt.Sprintf("duplicate go_catalog entry %s %q", d.Kind, d.Name)
				})...)
		case "writers":
			f.Writers = parseList(p, v, "writers", "a list of {func, status, code, body, carries, writer} mappings",
				func(it *structured.Node) (Writer, bool) {
					w, ok := parseWriter(p, it)
					w.File, w.Line = path, it.Line
					return w, ok
				},
				func(w Writer) (string, string) { return w.Func, fmt.Sprintf("duplicate writer %q", w.Func) })
		case "types":
			f.Types = parseList(p, v, "types", "a list of {type, code, status, ok, retryable, message} mappings",
				func(it *structured.Node) (TypeRoles, bool) {
					t, ok := parseType(p, it)
					t.File, t.Line = path, it.Line
					typeNode[t.Type] = it
					return t, ok
				},
				func(t TypeRoles) (string, string) { return t.Type, fmt.Sprintf("duplicate type %q", t.Type) })
		case "ignore_types":
			f.IgnoreTypes = parseList(p, v, "ignore_types", "a list of full type names",
				func(it *structured.Node) (IgnoreType, bool) {
					if it.Kind != structured.String {
						add(it, "a type name must be a string, not %s", it.Describe(structured.YAMLWords))
						return IgnoreType{}, false
					}
					if msg := typeNameProblem("ignore_types", it.Str); msg != "" {
						add(it, "%s", msg)
						return IgnoreType{}, false
					}
					ignoreNode[it.Str] = it
					return IgnoreType{Type: it.Str, File: path, Line: it.Line}, true
				},
				func(t IgnoreType) (string, string) {
					return t.Type, fmt.Sprintf("duplicate ignore_types entry %q", t.Type)
				})
		case "returns":
			f.GoCatalog = append(f.GoCatalog, parseReturns(p, v)...)
		case "exit_codes":
			f.parseExitCodes(p, v)
		case "classes":
			f.parseClasses(p, v)
		case "disable", "enable":
			names, lines := parseAnalyzers(p, key, v)
			if key == "disable" {
				f.Disable, f.disableLine = names, lines
			} else {
				f.Enable, f.enableLine = names, lines
			}
		}
	}
	for _, t := range f.Types {
		for _, it := range f.IgnoreTypes {
			if it.Type == t.Type {
				tn, in := typeNode[t.Type], ignoreNode[it.Type]
				later := in
				if tn.Line > in.Line {
					later = tn
				}
				add(later, "type %q is in both types (%s) and ignore_types (%s)", t.Type, p.at(tn), p.at(in))
			}
		}
	}
	for _, name := range f.Enable {
		if d, both := f.disableLine[name]; both {
			add(f.enableLine[name], "analyzer %q is in both disable (%s) and enable", name, p.at(d))
		}
	}
	return f
}

// unknownKeyHint says what an unknown top-level key may have meant: a key
// it misspells, or, for an analyzer's name, how to turn the analyzer off.
func unknownKeyHint(key string, known []string) string {
	if slices.Contains(KnownAnalyzers, key) && slices.Contains(known, "disable") {
		return fmt.Sprintf(" (known: %s); to turn %s off, write disable: [%s]", strings.Join(known, ", "), key, key)
	}
	return didYouMean(key, known)
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
func (f *File) parseCatalog(p *problems, v *structured.Node) {
	add := p.add
	var items []*structured.Node
	switch v.Kind {
	case structured.String:
		items = []*structured.Node{v}
	case structured.List:
		if len(v.Items) == 0 {
			add(v, `"catalog" is an empty list; name a catalog file, or leave "catalog" out`)
			return
		}
		items = v.Items
	default:
		add(v, `"catalog" must be a file name, a list of file names or %q, not %s`, EmbeddedCatalog, v.Describe(structured.YAMLWords))
		return
	}
	first := map[string]*structured.Node{}
	for _, it := range items {
		if it.Kind != structured.String {
			add(it, `a catalog must be a file name or %q, not %s`, EmbeddedCatalog, it.Describe(structured.YAMLWords))
			continue
		}
		if it.Str == NoCatalog {
			if len(items) > 1 {
				add(it, `"catalog: %s" stands alone: a service that sends no code has no catalog files`, NoCatalog)
				continue
			}
			f.NoCatalog = true
			continue
		}
		if strings.TrimSpace(it.Str) == "" {
			add(it, `"catalog" is empty`)
			continue
		}
		ref := CatalogRef{Line: it.Line}
		if it.Str != EmbeddedCatalog {
			ref.Path = it.Str
			if f.Path == "" {
				// A driver's setting: the driver says what it is relative to.
			} else if !filepath.IsAbs(ref.Path) {
				ref.Path = filepath.Join(filepath.Dir(f.Path), ref.Path)
			}
			ref.Path = filepath.Clean(ref.Path)
		}
		if f, dup := first[ref.Path]; dup {
			add(it, "catalog %q is listed twice (%s)", it.Str, p.first(f))
			continue
		}
		first[ref.Path] = it
		f.Catalogs = append(f.Catalogs, ref)
	}
}

// parseAnalyzers reads the value of "disable" or "enable": analyzer names
// without repeats, and the line of each.
func parseAnalyzers(p *problems, key string, v *structured.Node) ([]string, map[string]*structured.Node) {
	add := p.add
	if v.Kind == structured.Null {
		return nil, nil // every item commented out
	}
	if v.Kind != structured.List {
		add(v, "%q must be a list of analyzer names, not %s", key, v.Describe(structured.YAMLWords))
		return nil, nil
	}
	var names []string
	lines := map[string]*structured.Node{}
	for _, it := range v.Items {
		if it.Kind != structured.String {
			add(it, "an analyzer name must be a string, not %s", it.Describe(structured.YAMLWords))
			continue
		}
		if !slices.Contains(KnownAnalyzers, it.Str) {
			add(it, "unknown analyzer %q%s", it.Str, didYouMean(it.Str, KnownAnalyzers))
			continue
		}
		if _, dup := lines[it.Str]; !dup {
			names = append(names, it.Str)
			lines[it.Str] = it
		}
	}
	return names, lines
}

// mapEntry walks the keys of a mapping entry of a list, reporting
// duplicate and unknown keys; visit returns false when the value is bad.
func mapEntry(p *problems, n *structured.Node, what string, known []string, visit func(key string, v *structured.Node) bool) (seen map[string]bool, ok bool) {
	add := p.add
	if n.Kind != structured.Map {
		add(n, "%s must be a mapping with the keys %s, not %s", what, strings.Join(known, ", "), n.Describe(structured.YAMLWords))
		return nil, false
	}
	ok = true
	seen = map[string]bool{}
	for i, k := range n.Keys {
		v := n.Values[i]
		key := p.key(k.Str, known)
		if seen[key] {
			add(k, "duplicate key %q", k.Str)
			ok = false
			continue
		}
		seen[key] = true
		if !slices.Contains(known, key) {
			add(k, "unknown key %q in %s%s", k.Str, what, didYouMean(k.Str, known))
			ok = false
			continue
		}
		if !visit(key, v) {
			ok = false
		}
	}
	return seen, ok
}

// stringValue reads a string value of key, reporting another kind.
func stringValue(p *problems, key string, v *structured.Node) (string, bool) {
	add := p.add
	if v.Kind != structured.String {
		add(v, "%q must be a string, not %s", key, v.Describe(structured.YAMLWords))
		return "", false
	}
	return v.Str, true
}

// parseWriter reads one element of "writers".
func parseWriter(p *problems, n *structured.Node) (Writer, bool) {
	add := p.add
	var w Writer
	seen, ok := mapEntry(p, n, "a writer", writerKeys, func(key string, v *structured.Node) bool {
		switch key {
		case "func":
			s, ok := stringValue(p, key, v)
			w.Func = s
			return ok
		case "carries":
			st, msg := intValue(v, 100, 599)
			if msg != "" {
				add(v, `"carries" must be an HTTP status (100–599), not %s`, msg)
				return false
			}
			w.Carries = st
			return true
		}
		idx, msg := paramIndex(v)
		if msg != "" {
			add(v, "%q %s", key, msg)
			return false
		}
		switch key {
		case "status":
			w.Status = &idx
		case "code":
			w.Code = &idx
		case "body":
			w.Body = &idx
		case "writer":
			w.Writer = &idx
		}
		return true
	})
	return w, complete(p, n, seen, ok, "func", `a writer needs "func"`, w.problem)
}

// complete reports whether the entry n that mapEntry read (seen, ok) is
// whole: it has its required key (missing says what it lacks otherwise),
// and problem finds nothing wrong with what it holds.
func complete(p *problems, n *structured.Node, seen map[string]bool, ok bool, required, missing string, problem func() string) bool {
	switch {
	case seen == nil:
		return false
	case !seen[required]:
		p.add(n, "%s", missing)
		return false
	case !ok:
		return false
	}
	if msg := problem(); msg != "" {
		p.add(n, "%s", msg)
		return false
	}
	return true
}

// parseType reads one element of "types".
func parseType(p *problems, n *structured.Node) (TypeRoles, bool) {
	var t TypeRoles
	field := map[string]*string{"type": &t.Type, "code": &t.Code, "status": &t.Status, "ok": &t.OK, "retryable": &t.Retryable, "message": &t.Message} // by key: typeKeys
	seen, ok := mapEntry(p, n, "a type", typeKeys, func(key string, v *structured.Node) bool {
		s, ok := stringValue(p, key, v)
		if ok {
			*field[key] = s
		}
		return ok
	})
	return t, complete(p, n, seen, ok, "type", `a types entry needs "type", the type's full name`, t.problem)
}

// parseGoCatalog reads one element of "go_catalog".
func parseGoCatalog(p *problems, n *structured.Node) (GoCatalogDecl, bool) {
	add := p.add
	var d GoCatalogDecl
	var kinds []string
	seen, ok := mapEntry(p, n, "a go_catalog entry", goCatKeys, func(key string, v *structured.Node) bool {
		if key == "arg" {
			idx, msg := paramIndex(v)
			if msg != "" {
				add(v, `"arg" %s`, strings.Replace(msg, "a parameter", "an argument", 1))
				return false
			}
			d.Arg = idx
			return true
		}
		kinds = append(kinds, key)
		s, ok := stringValue(p, key, v)
		d.Kind, d.Name = key, s
		return ok
	})
	if seen == nil {
		return d, false
	}
	switch {
	case len(kinds) == 0 && ok:
		add(n, "a go_catalog entry needs one of %s", strings.Join(GoCatalogKinds, ", "))
		return d, false
	case len(kinds) > 1:
		add(n, "a go_catalog entry names one declaration, not %s", strings.Join(kinds, " and "))
		return d, false
	case !ok || len(kinds) == 0:
		return d, false
	case seen["arg"] && d.Kind != GoFunc:
		add(n, `"arg" is only for "func" (which argument of the function is the descriptor)`)
		return d, false
	}
	if msg := d.problem(); msg != "" {
		add(n, "%s", msg)
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
func parseList[T any](p *problems, v *structured.Node, key, want string,
	parse func(*structured.Node) (T, bool), id func(T) (string, string)) []T {
	if v.Kind == structured.Null {
		return nil
	}
	if v.Kind != structured.List {
		p.add(v, "%q must be %s, not %s", key, want, v.Describe(structured.YAMLWords))
		return nil
	}
	var out []T
	first := map[string]*structured.Node{}
	for _, it := range v.Items {
		x, ok := parse(it)
		if !ok {
			continue
		}
		k, dupMsg := id(x)
		if f, dup := first[k]; dup {
			p.add(it, "%s (%s)", dupMsg, p.first(f))
			continue
		}
		first[k] = it
		out = append(out, x)
	}
	return out
}

// didYouMean returns ` (did you mean "X"?)` when name looks like a
// misspelling of one of known, else ` (known: A, B, …)`.
func didYouMean(name string, known []string) string {
	if near := catalog.NearestName(name, known); near != "" {
		return fmt.Sprintf("; did you mean %q?", near)
	}
	return " (known: " + strings.Join(known, ", ") + ")"
}

// parseReturns reads the value of "returns": one full method name, or a
// list of them, each "(pkg.Type).Method", a catalog declared in Go as one
// method per error type returning one literal (SPEC §13, found catalogs).
func parseReturns(p *problems, v *structured.Node) []GoCatalogDecl {
	add, path := p.add, p.file
	items := []*structured.Node{v}
	switch v.Kind {
	case structured.Null:
		return nil
	case structured.List:
		items = v.Items
	case structured.String:
	default:
		add(v, `"returns" must be a full method name like "(example.com/pkg.Type).Method", or a list of them, not %s`, v.Describe(structured.YAMLWords))
		return nil
	}
	var out []GoCatalogDecl
	first := map[string]int{}
	for _, it := range items {
		if it.Kind != structured.String {
			add(it, `a "returns" entry must be a full method name, not %s`, it.Describe(structured.YAMLWords))
			continue
		}
		d := GoCatalogDecl{Kind: GoReturns, Name: it.Str, File: path, Line: it.Line}
		if msg := d.problem(); msg != "" {
			add(it, "%s", msg)
			continue
		}
		if line, dup := first[d.Name]; dup {
			add(it, "duplicate returns entry %q (first on line %d)", d.Name, line)
			continue
		}
		first[d.Name] = it.Line
		out = append(out, d)
	}
	return out
}

// dupKey reports (and reports as a problem) whether key i of the mapping
// v repeats an earlier key.
func dupKey(p *problems, v *structured.Node, i int) bool {
	for _, k := range v.Keys[:i] {
		if k.Str == v.Keys[i].Str {
			p.add(v.Keys[i], "duplicate key %q (%s)", k.Str, p.first(k))
			return true
		}
	}
	return false
}
