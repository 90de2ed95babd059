// Package config finds, reads and validates errlint's configuration file,
// .errlint.yaml (or .errlint.yml, or .errlint.json), and resolves which
// catalog, error writers and disabled analyzers apply to a package
// directory.
//
// A configuration file applies to its directory and every directory below
// it; the nearest one walking up from a package's directory wins, as with
// staticcheck.conf. Its keys:
//
//	catalog: errors.yaml          # a catalog file, relative to this file's directory
//	writers:                      # error writers inference cannot see
//	  - func: example.com/svc/httpx.Fail
//	    status: 1                 # 0-based parameter indices, receiver not counted
//	    code: 2
//	disable: [rawstatus]          # analyzers to turn off
//
// Files are read once per process (cached by path, modification time and
// size). Every problem is reported as "FILE:LINE: what is wrong".
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
var KnownAnalyzers = []string{"rawstatus", "unknowncode", "statusmismatch", "ignoredirective"}

// Writer names an error writer: a function whose parameters carry the
// status and/or the code of an error response.
type Writer struct {
	Func   string // types.Func.FullName(), e.g. "(*example.com/svc/httpx.Responder).Fail"
	Status *int   // 0-based parameter index, receiver not counted; nil: none
	Code   *int
}

// String formats the writer as in a config file, for messages and keys.
func (w Writer) String() string {
	s := "{func: " + strconv.Quote(w.Func)
	if w.Status != nil {
		s += ", status: " + strconv.Itoa(*w.Status)
	}
	if w.Code != nil {
		s += ", code: " + strconv.Itoa(*w.Code)
	}
	return s + "}"
}

// Validate reports what is wrong with the writer, in the words a config
// file's errors use; nil if nothing.
func (w Writer) Validate() error {
	if msg := w.problem(); msg != "" {
		return fmt.Errorf("writer %s: %s", w, msg)
	}
	return nil
}

func (w Writer) problem() string {
	switch {
	case w.Func == "":
		return `"func" is empty`
	case !isFullName(w.Func):
		return fmt.Sprintf(`"func" %q is not a full function name like "example.com/pkg.Func" or "(*example.com/pkg.Type).Method"`, w.Func)
	case w.Status == nil && w.Code == nil:
		return `a writer needs "status", "code" or both`
	case w.Status != nil && *w.Status < 0:
		return fmt.Sprintf(`"status" must be a parameter index (0 or more), not %d`, *w.Status)
	case w.Code != nil && *w.Code < 0:
		return fmt.Sprintf(`"code" must be a parameter index (0 or more), not %d`, *w.Code)
	case w.Status != nil && w.Code != nil && *w.Status == *w.Code:
		return fmt.Sprintf(`"status" and "code" are both parameter %d`, *w.Code)
	}
	return ""
}

// isFullName reports whether s is spelled like types.Func.FullName of a
// function ("pkg/path.Name") or method ("(pkg/path.T).M", "(*pkg/path.T).M").
func isFullName(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ").")
		if end < 0 {
			return false
		}
		recv, name := strings.TrimPrefix(s[1:end], "*"), s[end+2:]
		return isQualified(recv) && isIdent(name)
	}
	return isQualified(s)
}

// isQualified reports whether s is "pkg/path.Name" with a non-empty path.
func isQualified(s string) bool {
	dot := strings.LastIndex(s, ".")
	if dot <= 0 || strings.ContainsAny(s, "()") {
		return false
	}
	return isIdent(s[dot+1:]) && !strings.HasSuffix(s[:dot], "/")
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 127 || (i > 0 && r >= '0' && r <= '9')) {
			return false
		}
	}
	return true
}

// File is one parsed configuration file.
type File struct {
	Path    string   // absolute path of the .errlint.yaml / .errlint.json
	Catalog string   // absolute path of the catalog it names, "" if none
	Writers []Writer // in file order
	Disable []string // analyzer names

	// CatalogLine is the line of the catalog key, where a catalog file
	// that does not exist is reported.
	CatalogLine int
}

var topKeys = []string{"catalog", "writers", "disable"}
var writerKeys = []string{"func", "status", "code"}

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
		case "catalog":
			if v.kind != kString {
				add(v.line, `"catalog" must be a file name, not %s`, v.describe())
				continue
			}
			if strings.TrimSpace(v.str) == "" {
				add(v.line, `"catalog" is empty`)
				continue
			}
			f.Catalog = v.str
			if !filepath.IsAbs(f.Catalog) {
				f.Catalog = filepath.Join(filepath.Dir(path), f.Catalog)
			}
			f.Catalog = filepath.Clean(f.Catalog)
			f.CatalogLine = k.line
		case "writers":
			if v.kind == kNull {
				continue // every item commented out
			}
			if v.kind != kList {
				add(v.line, `"writers" must be a list of {func, status, code} mappings, not %s`, v.describe())
				continue
			}
			firstFunc := map[string]int{}
			for _, it := range v.items {
				w, ok := parseWriter(it, add)
				if !ok {
					continue
				}
				if line, dup := firstFunc[w.Func]; dup {
					add(it.line, "duplicate writer %q (first on line %d)", w.Func, line)
					continue
				}
				firstFunc[w.Func] = it.line
				f.Writers = append(f.Writers, w)
			}
		case "disable":
			if v.kind == kNull {
				continue // every item commented out
			}
			if v.kind != kList {
				add(v.line, `"disable" must be a list of analyzer names, not %s`, v.describe())
				continue
			}
			for _, it := range v.items {
				if it.kind != kString {
					add(it.line, "an analyzer name must be a string, not %s", it.describe())
					continue
				}
				if !slices.Contains(KnownAnalyzers, it.str) {
					add(it.line, "unknown analyzer %q (known: %s)", it.str, strings.Join(KnownAnalyzers, ", "))
					continue
				}
				if !slices.Contains(f.Disable, it.str) {
					f.Disable = append(f.Disable, it.str)
				}
			}
		default:
			add(k.line, "unknown key %q (known: %s)", k.str, strings.Join(topKeys, ", "))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return f, nil
}

// parseWriter reads one element of "writers".
func parseWriter(n *node, add func(int, string, ...any)) (Writer, bool) {
	var w Writer
	if n.kind != kMap {
		add(n.line, "a writer must be a mapping with the keys %s, not %s", strings.Join(writerKeys, ", "), n.describe())
		return w, false
	}
	ok := true
	seen := map[string]bool{}
	for i, k := range n.keys {
		v := n.vals[i]
		if seen[k.str] {
			add(k.line, "duplicate key %q", k.str)
			ok = false
			continue
		}
		seen[k.str] = true
		switch k.str {
		case "func":
			if v.kind != kString {
				add(v.line, `"func" must be a string, not %s`, v.describe())
				ok = false
				continue
			}
			w.Func = v.str
		case "status", "code":
			idx, msg := paramIndex(v)
			if msg != "" {
				add(v.line, "%q %s", k.str, msg)
				ok = false
				continue
			}
			if k.str == "status" {
				w.Status = &idx
			} else {
				w.Code = &idx
			}
		default:
			add(k.line, "unknown key %q in a writer (known: %s)", k.str, strings.Join(writerKeys, ", "))
			ok = false
		}
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

// paramIndex reads a parameter index; msg says what is wrong with it.
func paramIndex(v *node) (int, string) {
	if v.kind != kInt {
		return 0, "must be a parameter index (0 or more), not " + v.describe()
	}
	i, err := strconv.Atoi(v.str)
	if err != nil || i < 0 || i > 1<<16 {
		return 0, "must be a parameter index (0 or more), not " + v.str
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

// ---- Find ----

// findTTL bounds how long a directory's lookup is trusted: a go vet run is
// over in moments, a long-lived process (gopls) sees a new or removed config
// file after this long.
var findTTL = 3 * time.Second

type found struct {
	at   time.Time
	path string // the config file that applies, "" if none
	err  error
}

var findCache struct {
	sync.Mutex
	m map[string]found // by absolute directory
}

// Find returns the configuration that applies to dir: the nearest config
// file in dir or a directory above it, loaded. It returns nil, nil when
// there is none. Two config files in one directory are an error.
func Find(dir string) (*File, error) {
	path, err := findPath(dir)
	if err != nil || path == "" {
		return nil, err
	}
	return Load(path)
}

// findPath returns the config file that applies to dir, "" if none.
func findPath(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("%s: %v", dir, err)
	}
	now := time.Now()
	findCache.Lock()
	defer findCache.Unlock()
	if findCache.m == nil {
		findCache.m = make(map[string]found)
	}
	var walked []string
	result := found{at: now}
	for d := abs; ; {
		if r, ok := findCache.m[d]; ok && now.Sub(r.at) < findTTL {
			result = r
			break
		}
		walked = append(walked, d)
		var here []string
		for _, name := range FileNames {
			if fi, err := os.Stat(filepath.Join(d, name)); err == nil && !fi.IsDir() {
				here = append(here, name)
			}
		}
		if len(here) > 1 {
			result.err = catalog.ErrorList{{File: d, Msg: fmt.Sprintf("more than one config file: %s (keep one)", strings.Join(here, ", "))}}
			break
		}
		if len(here) == 1 {
			result.path = filepath.Join(d, here[0])
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	for _, d := range walked {
		findCache.m[d] = found{at: result.at, path: result.path, err: result.err}
	}
	return result.path, result.err
}

// ---- Resolve ----

// Overrides are the settings a driver passes (flags, plugin settings); they
// win over, or are joined with, the config file's.
type Overrides struct {
	Catalog string   // absolute path from -catalog or the plugin setting; wins over config
	Writers []Writer // joined with the config's
	Disable []string // joined with the config's

	// CatalogOrigin says where Catalog came from, for Settings.CatalogSource:
	// "flag" when empty, e.g. "golangci-lint setting".
	CatalogOrigin string
}

// Settings is the configuration that applies to one package directory.
// Resolve shares it between callers: treat it as read-only.
type Settings struct {
	Catalog       *catalog.Catalog
	CatalogSource string // one line: which catalog, and why
	ConfigPath    string // "" if no config file applies
	Writers       []Writer
	Disabled      map[string]bool
}

type resolved struct {
	file     *File
	cat      *catalog.Catalog
	settings *Settings
}

var resolveCache struct {
	sync.Mutex
	m map[string]resolved // by overrides and directory
}

// missingCatalog is the error for a catalog file named by f that cannot be
// found: it is reported at the configuration's line, which is what the
// user must edit (or where the file must be created).
func missingCatalog(f *File, err error) error {
	rel, rerr := filepath.Rel(filepath.Dir(f.Path), f.Catalog)
	if rerr != nil {
		rel = f.Catalog
	}
	return catalog.ErrorList{{File: f.Path, Line: f.CatalogLine,
		Msg: fmt.Sprintf("catalog %s: %v (a path relative to this file's directory: %s)", rel, pathErr(err), f.Catalog)}}
}

// Resolve returns the settings for the package in dir: the catalog of
// o.Catalog if set, else of the config file that applies to dir, else the
// embedded default; the writers and disabled analyzers of o and of the
// config file together (a writer of o replaces the config's writer of the
// same function). Errors of the config file and of the catalog come back as
// they are, naming their files. Results are cached per (o, dir) for as long
// as the files they were made from are unchanged.
func Resolve(o Overrides, dir string) (*Settings, error) {
	for _, name := range o.Disable {
		if !slices.Contains(KnownAnalyzers, name) {
			return nil, fmt.Errorf("unknown analyzer %q (known: %s)", name, strings.Join(KnownAnalyzers, ", "))
		}
	}
	for _, w := range o.Writers {
		if err := w.Validate(); err != nil {
			return nil, err
		}
	}
	if o.Catalog != "" && !filepath.IsAbs(o.Catalog) {
		if abs, err := filepath.Abs(o.Catalog); err == nil {
			o.Catalog = abs
		}
	}
	f, err := Find(dir)
	if err != nil {
		return nil, err
	}
	var cat *catalog.Catalog
	switch {
	case o.Catalog != "":
		cat, err = catalog.Load(o.Catalog)
	case f != nil && f.Catalog != "":
		cat, err = catalog.Load(f.Catalog)
		if _, serr := os.Stat(f.Catalog); err != nil && serr != nil {
			err = missingCatalog(f, serr)
		}
	default:
		cat = catalog.Default()
	}
	if err != nil {
		return nil, err
	}

	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	key := overridesKey(o, dir)
	resolveCache.Lock()
	defer resolveCache.Unlock()
	if r, ok := resolveCache.m[key]; ok && r.file == f && r.cat == cat {
		return r.settings, nil
	}
	s := &Settings{Catalog: cat, Disabled: map[string]bool{}}
	switch {
	case o.Catalog != "":
		origin := o.CatalogOrigin
		if origin == "" {
			origin = "flag"
		}
		s.CatalogSource = fmt.Sprintf("%s (%s)", o.Catalog, origin)
	case f != nil && f.Catalog != "":
		s.CatalogSource = fmt.Sprintf("%s (from %s)", f.Catalog, f.Path)
	default:
		s.CatalogSource = "embedded default (pass -catalog or add .errlint.yaml to use yours)"
	}
	s.Writers = append(s.Writers, o.Writers...)
	for _, name := range o.Disable {
		s.Disabled[name] = true
	}
	if f != nil {
		s.ConfigPath = f.Path
		for _, w := range f.Writers {
			if !slices.ContainsFunc(o.Writers, func(ow Writer) bool { return ow.Func == w.Func }) {
				s.Writers = append(s.Writers, w)
			}
		}
		for _, name := range f.Disable {
			s.Disabled[name] = true
		}
	}
	if resolveCache.m == nil {
		resolveCache.m = make(map[string]resolved)
	}
	resolveCache.m[key] = resolved{f, cat, s}
	return s, nil
}

func overridesKey(o Overrides, dir string) string {
	var b strings.Builder
	b.WriteString(o.Catalog)
	b.WriteByte(0)
	b.WriteString(o.CatalogOrigin)
	b.WriteByte(0)
	for _, w := range o.Writers {
		b.WriteString(w.String())
		b.WriteByte(1)
	}
	b.WriteByte(0)
	b.WriteString(strings.Join(o.Disable, ","))
	b.WriteByte(0)
	b.WriteString(dir)
	return b.String()
}
