package golangci

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"github.com/errlint/errlint/internal/structured"
)

// The settings arrive decoded by golangci-lint's YAML reader; they are
// walked as a structured tree, as .errlint.yaml files are, with no lines:
// errors name the setting's path instead (writers[0].status). Keys match
// regardless of letter case, and within a mapping the first problem in the
// order of the keys' text is the one reported.

var (
	settingKeys = []string{"catalog", "go_catalog", "writers", "types", "ignore_types", "disable"}
	writerKeys  = []string{"func", "status", "code", "body", "carries"}
	typeKeys    = []string{"type", "code", "status", "ok", "retryable", "message"}
	goCatKeys   = []string{"var", "func", "type", "method", "arg"}
)

// settings is linters.settings.custom.errlint.settings, its lists of
// mappings not yet read.
type settings struct {
	catalog                   string
	goCatalog, writers, types []*structured.Node
	ignoreTypes, disable      []string
}

// decode turns golangci-lint's raw settings into configuration overrides,
// or an error naming the offending key. Entries are validated by the
// config package, as those of an .errlint.yaml are.
func decode(raw any) (config.Overrides, error) {
	var o config.Overrides
	root := structured.FromValue(raw)
	if err := stringKeys(root, ""); err != nil {
		return o, err
	}
	if root.Kind == structured.Null {
		return o, nil
	}
	if root.Kind != structured.Map {
		return o, fmt.Errorf("errlint settings: want a mapping with keys %s, got %s", strings.Join(settingKeys, ", "), root.Describe(structured.GoWords))
	}
	s, err := readSettings(root)
	if err != nil {
		return o, err
	}

	switch s.catalog {
	case "":
	case config.EmbeddedCatalog:
		o.Catalog = config.EmbeddedCatalog
	default:
		abs, err := resolveCatalog(s.catalog)
		if err != nil {
			return o, err
		}
		o.Catalog = abs
	}
	if o.Catalog != "" {
		o.CatalogOrigin = "golangci-lint setting"
	}

	seenDecl := map[string]int{}
	for i, n := range s.goCatalog {
		d, err := decodeGoCatalog(i, n)
		if err != nil {
			return o, err
		}
		key := d.Kind + " " + d.Name
		if j, dup := seenDecl[key]; dup {
			return o, fmt.Errorf("errlint settings: go_catalog[%d]: %s %q is already listed at go_catalog[%d]", i, d.Kind, d.Name, j)
		}
		seenDecl[key] = i
		o.GoCatalog = append(o.GoCatalog, d)
	}
	if len(o.GoCatalog) > 0 {
		o.CatalogOrigin = "golangci-lint setting"
	}

	seen := map[string]int{}
	for i, n := range s.writers {
		w, err := decodeWriter(i, n)
		if err != nil {
			return o, err
		}
		if j, dup := seen[w.Func]; dup {
			return o, fmt.Errorf("errlint settings: writers[%d].func: %q is already listed at writers[%d]", i, w.Func, j)
		}
		seen[w.Func] = i
		o.Writers = append(o.Writers, w)
	}

	seenType := map[string]int{}
	for i, n := range s.types {
		t, err := decodeType(i, n)
		if err != nil {
			return o, err
		}
		if j, dup := seenType[t.Type]; dup {
			return o, fmt.Errorf("errlint settings: types[%d].type: %q is already listed at types[%d]", i, t.Type, j)
		}
		seenType[t.Type] = i
		o.Types = append(o.Types, t)
	}
	for i, name := range s.ignoreTypes {
		if err := config.ValidateIgnoreType(name); err != nil {
			return o, fmt.Errorf("errlint settings: ignore_types[%d]: %v", i, err)
		}
		if j, ok := seenType[name]; ok {
			return o, fmt.Errorf("errlint settings: ignore_types[%d]: %q is also listed at types[%d]", i, name, j)
		}
		if !slices.Contains(o.IgnoreTypes, name) {
			o.IgnoreTypes = append(o.IgnoreTypes, name)
		}
	}

	for i, name := range s.disable {
		if !slices.Contains(analyzer.Names, name) {
			return o, fmt.Errorf("errlint settings: disable[%d]: unknown analyzer %q (known: %s)", i, name, strings.Join(analyzer.Names, ", "))
		}
		if !slices.Contains(o.Disable, name) {
			o.Disable = append(o.Disable, name)
		}
	}
	return o, nil
}

// readSettings reads the top-level mapping: the kind of every value, not
// yet the entries of its lists.
func readSettings(root *structured.Node) (settings, error) {
	var s settings
	err := fields(root, "", settingKeys, func(key string, v *structured.Node) error {
		switch key {
		case "catalog":
			return str(&s.catalog, v, key)
		case "go_catalog":
			return list(&s.goCatalog, v, key)
		case "writers":
			return list(&s.writers, v, key)
		case "types":
			return list(&s.types, v, key)
		case "ignore_types":
			return strings_(&s.ignoreTypes, v, key, "ignore_types: want a string, got %s")
		}
		return strings_(&s.disable, v, key, "disable: want a list of analyzer names, got %s in it")
	})
	return s, err
}

// fields calls set with the known key each key of the mapping n matches
// (its own spelling first, else regardless of case) and its value, in the
// order of the keys' text, until set fails. where is the mapping's path,
// "" at the top.
func fields(n *structured.Node, where string, known []string, set func(key string, v *structured.Node) error) error {
	for i, k := range n.Keys {
		key := k.Str
		if !slices.Contains(known, key) {
			j := slices.IndexFunc(known, func(f string) bool { return strings.EqualFold(f, key) })
			if j < 0 {
				return unknownKey(where, key, known)
			}
			key = known[j]
		}
		if err := set(key, n.Values[i]); err != nil {
			return err
		}
	}
	return nil
}

func unknownKey(where, key string, known []string) error {
	what := "unknown key"
	if where != "" {
		what = where + ": unknown key"
	}
	if where == "" && slices.Contains(analyzer.Names, key) {
		return fmt.Errorf("errlint settings: %s %q (known keys: %s); to turn %s off, write disable: [%s]", what, key, strings.Join(known, ", "), key, key)
	}
	return fmt.Errorf("errlint settings: %s %q (known keys: %s)", what, key, strings.Join(known, ", "))
}

func wrongKind(where, want string, v *structured.Node) error {
	return fmt.Errorf("errlint settings: %s: want %s, got %s", where, want, v.Describe(structured.EncodingJSONWords))
}

// str reads a string; null leaves *dst as it is.
func str(dst *string, v *structured.Node, where string) error {
	switch v.Kind {
	case structured.Null:
	case structured.String:
		*dst = v.Str
	default:
		return wrongKind(where, "a string", v)
	}
	return nil
}

// opt reads a value that may be missing with read; null is missing.
func opt[T any](dst **T, v *structured.Node, where string, read func(*T, *structured.Node, string) error) error {
	var x T
	if err := read(&x, v, where); err != nil || v.Kind == structured.Null {
		*dst = nil
		return err
	}
	*dst = &x
	return nil
}

// integer reads an int; null leaves *dst as it is.
func integer(dst *int, v *structured.Node, where string) error {
	switch v.Kind {
	case structured.Null:
	case structured.Int, structured.Number:
		i, err := strconv.ParseInt(v.Str, 10, 0)
		if err != nil {
			return fmt.Errorf("errlint settings: %s: want an integer, got number %s", where, v.Str)
		}
		*dst = int(i)
	default:
		return wrongKind(where, "an integer", v)
	}
	return nil
}

// list reads a list whose entries are read later; null is empty.
func list(dst *[]*structured.Node, v *structured.Node, where string) error {
	switch v.Kind {
	case structured.Null:
		*dst = nil
	case structured.List:
		*dst = v.Items
	default:
		return wrongKind(where, "a list", v)
	}
	return nil
}

// strings_ reads a list of strings; a null entry is "". itemErr words an
// entry of another kind.
func strings_(dst *[]string, v *structured.Node, where, itemErr string) error {
	switch v.Kind {
	case structured.Null:
		*dst = nil
		return nil
	case structured.List:
	default:
		return wrongKind(where, "a list of strings", v)
	}
	*dst = make([]string, len(v.Items))
	for i, it := range v.Items {
		if err := str(&(*dst)[i], it, where); err != nil {
			return fmt.Errorf("errlint settings: "+itemErr, it.Describe(structured.EncodingJSONWords))
		}
	}
	return nil
}

// stringKeys refuses a mapping key that is no string (YAML allows them).
func stringKeys(n *structured.Node, path string) error {
	for i, k := range n.Keys {
		if k.Kind != structured.String {
			where := path
			if where == "" {
				where = "settings"
			}
			return fmt.Errorf("errlint settings: %s: key %v is not a string", where, k.Value)
		}
		sub := k.Str
		if path != "" {
			sub = path + "." + k.Str
		}
		if err := stringKeys(n.Values[i], sub); err != nil {
			return err
		}
	}
	for i, it := range n.Items {
		if err := stringKeys(it, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	return nil
}

// entry checks that list[i], n, is a mapping and reads its keys with set,
// given the key's path.
func entry(list string, i int, n *structured.Node, known []string, set func(key, where string, v *structured.Node) error) error {
	where := fmt.Sprintf("%s[%d]", list, i)
	if n.Kind != structured.Map {
		return fmt.Errorf("errlint settings: %s: want a mapping with keys %s, got %s", where, strings.Join(known, ", "), n.Describe(structured.GoWords))
	}
	return fields(n, where, known, func(key string, v *structured.Node) error {
		return set(key, where+"."+key, v)
	})
}

// resolveCatalog makes the catalog setting absolute and checks that the
// file loads. A relative path is relative to the directory golangci-lint
// runs in, else to its nearest parent directory holding that path, up to
// the module root (golangci-lint may run in a subdirectory of the module
// whose configuration names the catalog).
func resolveCatalog(path string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("errlint settings: catalog: %v", err)
	}
	return resolveCatalogFrom(path, wd)
}

func resolveCatalogFrom(path, wd string) (string, error) {
	abs := path
	if !filepath.IsAbs(path) {
		abs = filepath.Join(wd, path)
	}
	fi, err := os.Stat(abs)
	if err != nil && errors.Is(err, os.ErrNotExist) && !filepath.IsAbs(path) {
		if alt := findInParents(filepath.Dir(abs), path); alt != "" {
			abs = alt
			fi, err = os.Stat(abs)
		}
	}
	if err != nil {
		return "", fmt.Errorf("errlint settings: catalog: %s (a relative path is relative to the directory golangci-lint runs in, or to a parent directory up to the module root)", describe(err, abs))
	}
	if fi.IsDir() {
		return "", fmt.Errorf("errlint settings: catalog: %s is a directory, want a .json, .yaml, .yml or .md file", abs)
	}
	if _, err := catalog.Load(abs); err != nil {
		return "", fmt.Errorf("errlint settings: catalog: %v", err)
	}
	return abs, nil
}

// findInParents returns the first parent/rel that exists, looking in the
// parents of dir up to the nearest directory holding go.mod (or go.work);
// "" if none.
func findInParents(dir, rel string) string {
	for d := dir; ; {
		isRoot := exists(filepath.Join(d, "go.mod")) || exists(filepath.Join(d, "go.work"))
		parent := filepath.Dir(d)
		if isRoot || parent == d {
			return ""
		}
		d = parent
		if p := filepath.Join(d, rel); exists(p) {
			return p
		}
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// describe spells an os.Stat error without Go's "stat" prefix.
func describe(err error, path string) string {
	if errors.Is(err, os.ErrNotExist) {
		return path + ": no such file"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return path + ": " + pe.Err.Error()
	}
	return err.Error()
}

// decodeWriter reads and validates writers[i].
func decodeWriter(i int, n *structured.Node) (config.Writer, error) {
	var w config.Writer
	err := entry("writers", i, n, writerKeys, func(key, where string, v *structured.Node) error {
		switch key {
		case "func":
			return str(&w.Func, v, where)
		case "status":
			return opt(&w.Status, v, where, integer)
		case "code":
			return opt(&w.Code, v, where, integer)
		case "body":
			return opt(&w.Body, v, where, integer)
		}
		return integer(&w.Carries, v, where)
	})
	if err != nil {
		return config.Writer{}, err
	}
	if w.Func == "" {
		return config.Writer{}, fmt.Errorf("errlint settings: writers[%d].func: missing; want the function's full name, e.g. \"example.com/svc/httpx.Fail\" or \"(*example.com/svc/httpx.Responder).Fail\"", i)
	}
	if err := w.Validate(); err != nil {
		return config.Writer{}, fmt.Errorf("errlint settings: writers[%d]: %v", i, err)
	}
	return w, nil
}

// decodeType reads and validates types[i].
func decodeType(i int, n *structured.Node) (config.TypeRoles, error) {
	var t config.TypeRoles
	err := entry("types", i, n, typeKeys, func(key, where string, v *structured.Node) error {
		dst := map[string]*string{"type": &t.Type, "code": &t.Code, "status": &t.Status, "ok": &t.OK, "retryable": &t.Retryable, "message": &t.Message}[key]
		return str(dst, v, where)
	})
	if err != nil {
		return config.TypeRoles{}, err
	}
	if err := t.Validate(); err != nil {
		return config.TypeRoles{}, fmt.Errorf("errlint settings: types[%d]: %v", i, err)
	}
	return t, nil
}

// decodeGoCatalog reads and validates go_catalog[i].
func decodeGoCatalog(i int, n *structured.Node) (config.GoCatalogDecl, error) {
	names := map[string]*string{}
	var arg *int
	err := entry("go_catalog", i, n, goCatKeys, func(key, where string, v *structured.Node) error {
		if key == "arg" {
			return opt(&arg, v, where, integer)
		}
		var s *string
		err := opt(&s, v, where, str)
		names[key] = s
		return err
	})
	var d config.GoCatalogDecl
	if err != nil {
		return d, err
	}
	var kinds []string
	for _, kind := range []string{config.GoVar, config.GoFunc, config.GoType, config.GoMethod} {
		if names[kind] != nil {
			kinds = append(kinds, kind)
			d.Kind, d.Name = kind, *names[kind]
		}
	}
	switch {
	case len(kinds) == 0:
		return d, fmt.Errorf("errlint settings: go_catalog[%d]: want one of %s", i, strings.Join(config.GoCatalogKinds, ", "))
	case len(kinds) > 1:
		return d, fmt.Errorf("errlint settings: go_catalog[%d]: an entry names one declaration, not %s", i, strings.Join(kinds, " and "))
	case arg != nil && d.Kind != config.GoFunc:
		return d, fmt.Errorf("errlint settings: go_catalog[%d].arg: only for func (which argument of the function is the descriptor)", i)
	}
	if arg != nil {
		d.Arg = *arg
	}
	if err := d.Validate(); err != nil {
		return d, fmt.Errorf("errlint settings: go_catalog[%d]: %v", i, err)
	}
	return d, nil
}
