package golangci

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
)

// settings is the shape of linters.settings.custom.errlint.settings. The
// lists are decoded one entry at a time to name the bad entry.
type settings struct {
	Catalog     string            `json:"catalog"`
	GoCatalog   []json.RawMessage `json:"go_catalog"`
	Writers     []json.RawMessage `json:"writers"`
	Types       []json.RawMessage `json:"types"`
	IgnoreTypes []string          `json:"ignore_types"`
	Disable     []string          `json:"disable"`
}

// writer is one entry of the writers list.
type writer struct {
	Func    string `json:"func"`
	Status  *int   `json:"status"`
	Code    *int   `json:"code"`
	Body    *int   `json:"body"`
	Carries int    `json:"carries"`
}

// typeRoles is one entry of the types list.
type typeRoles struct {
	Type      string `json:"type"`
	Code      string `json:"code"`
	Status    string `json:"status"`
	OK        string `json:"ok"`
	Retryable string `json:"retryable"`
	Message   string `json:"message"`
}

// goCatalog is one entry of the go_catalog list.
type goCatalog struct {
	Var    *string `json:"var"`
	Func   *string `json:"func"`
	Type   *string `json:"type"`
	Method *string `json:"method"`
	Arg    *int    `json:"arg"`
}

var (
	settingKeys = []string{"catalog", "go_catalog", "writers", "types", "ignore_types", "disable"}
	writerKeys  = []string{"func", "status", "code", "body", "carries"}
	typeKeys    = []string{"type", "code", "status", "ok", "retryable", "message"}
	goCatKeys   = []string{"var", "func", "type", "method", "arg"}
)

// decode turns golangci-lint's raw settings into configuration overrides,
// or an error naming the offending key. Entries are validated by the
// config package, as those of an .errlint.yaml are.
func decode(raw any) (config.Overrides, error) {
	var o config.Overrides
	raw, err := normalize(raw, "")
	if err != nil {
		return o, err
	}
	if raw != nil {
		if _, ok := raw.(map[string]any); !ok {
			return o, fmt.Errorf("errlint settings: want a mapping with keys %s, got %s", strings.Join(settingKeys, ", "), kind(raw))
		}
	}
	s, err := register.DecodeSettings[settings](raw)
	if err != nil {
		return o, explain(err, "", settingKeys)
	}

	switch s.Catalog {
	case "":
	case config.EmbeddedCatalog:
		o.Catalog = config.EmbeddedCatalog
	default:
		abs, err := resolveCatalog(s.Catalog)
		if err != nil {
			return o, err
		}
		o.Catalog = abs
	}
	if o.Catalog != "" {
		o.CatalogOrigin = "golangci-lint setting"
	}

	seenDecl := map[string]int{}
	for i, msg := range s.GoCatalog {
		d, err := decodeGoCatalog(i, msg)
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
	for i, msg := range s.Writers {
		w, err := decodeWriter(i, msg)
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
	for i, msg := range s.Types {
		t, err := decodeType(i, msg)
		if err != nil {
			return o, err
		}
		if j, dup := seenType[t.Type]; dup {
			return o, fmt.Errorf("errlint settings: types[%d].type: %q is already listed at types[%d]", i, t.Type, j)
		}
		seenType[t.Type] = i
		o.Types = append(o.Types, t)
	}
	for i, name := range s.IgnoreTypes {
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

	for i, name := range s.Disable {
		if !slices.Contains(analyzer.Names, name) {
			return o, fmt.Errorf("errlint settings: disable[%d]: unknown analyzer %q (known: %s)", i, name, strings.Join(analyzer.Names, ", "))
		}
		if !slices.Contains(o.Disable, name) {
			o.Disable = append(o.Disable, name)
		}
	}
	return o, nil
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

// decodeEntry decodes list[i] into v, refusing unknown keys.
func decodeEntry(list string, i int, msg json.RawMessage, known []string, v any) error {
	key := fmt.Sprintf("%s[%d]", list, i)
	if !bytes.HasPrefix(bytes.TrimSpace(msg), []byte("{")) {
		return fmt.Errorf("errlint settings: %s: want a mapping with keys %s, got %s", key, strings.Join(known, ", "), jsonKind(msg))
	}
	dec := json.NewDecoder(bytes.NewReader(msg))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return explain(err, key, known)
	}
	return nil
}

// decodeWriter decodes and validates writers[i].
func decodeWriter(i int, msg json.RawMessage) (config.Writer, error) {
	var w writer
	if err := decodeEntry("writers", i, msg, writerKeys, &w); err != nil {
		return config.Writer{}, err
	}
	if w.Func == "" {
		return config.Writer{}, fmt.Errorf("errlint settings: writers[%d].func: missing; want the function's full name, e.g. \"example.com/svc/httpx.Fail\" or \"(*example.com/svc/httpx.Responder).Fail\"", i)
	}
	cw := config.Writer{Func: w.Func, Status: w.Status, Code: w.Code, Body: w.Body, Carries: w.Carries}
	if err := cw.Validate(); err != nil {
		return config.Writer{}, fmt.Errorf("errlint settings: writers[%d]: %v", i, err)
	}
	return cw, nil
}

// decodeType decodes and validates types[i].
func decodeType(i int, msg json.RawMessage) (config.TypeRoles, error) {
	var t typeRoles
	if err := decodeEntry("types", i, msg, typeKeys, &t); err != nil {
		return config.TypeRoles{}, err
	}
	ct := config.TypeRoles{Type: t.Type, Code: t.Code, Status: t.Status, OK: t.OK, Retryable: t.Retryable, Message: t.Message}
	if err := ct.Validate(); err != nil {
		return config.TypeRoles{}, fmt.Errorf("errlint settings: types[%d]: %v", i, err)
	}
	return ct, nil
}

// decodeGoCatalog decodes and validates go_catalog[i].
func decodeGoCatalog(i int, msg json.RawMessage) (config.GoCatalogDecl, error) {
	var g goCatalog
	if err := decodeEntry("go_catalog", i, msg, goCatKeys, &g); err != nil {
		return config.GoCatalogDecl{}, err
	}
	var d config.GoCatalogDecl
	var kinds []string
	for _, k := range []struct {
		kind string
		name *string
	}{{config.GoVar, g.Var}, {config.GoFunc, g.Func}, {config.GoType, g.Type}, {config.GoMethod, g.Method}} {
		if k.name != nil {
			kinds = append(kinds, k.kind)
			d.Kind, d.Name = k.kind, *k.name
		}
	}
	switch {
	case len(kinds) == 0:
		return d, fmt.Errorf("errlint settings: go_catalog[%d]: want one of %s", i, strings.Join(config.GoCatalogKinds, ", "))
	case len(kinds) > 1:
		return d, fmt.Errorf("errlint settings: go_catalog[%d]: an entry names one declaration, not %s", i, strings.Join(kinds, " and "))
	case g.Arg != nil && d.Kind != config.GoFunc:
		return d, fmt.Errorf("errlint settings: go_catalog[%d].arg: only for func (which argument of the function is the descriptor)", i)
	}
	if g.Arg != nil {
		d.Arg = *g.Arg
	}
	if err := d.Validate(); err != nil {
		return d, fmt.Errorf("errlint settings: go_catalog[%d]: %v", i, err)
	}
	return d, nil
}

// explain rewrites a JSON decoding error into one that names the setting.
func explain(err error, prefix string, known []string) error {
	join := func(field string) string {
		switch {
		case prefix == "":
			return field
		case field == "":
			return prefix
		}
		return prefix + "." + field
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		field := te.Field
		if field == "" {
			field = prefix
		} else {
			field = join(field)
		}
		if te.Type.String() == "string" && field == "disable" {
			return fmt.Errorf("errlint settings: disable: want a list of analyzer names, got %s in it", te.Value)
		}
		return fmt.Errorf("errlint settings: %s: want %s, got %s", field, typeName(te.Type.String()), te.Value)
	}
	msg := err.Error()
	if i := strings.Index(msg, "json: unknown field "); i >= 0 {
		name := strings.TrimPrefix(msg[i:], "json: unknown field ")
		where := "unknown key"
		if prefix != "" {
			where = prefix + ": unknown key"
		}
		if unq, err := strconv.Unquote(name); err == nil && prefix == "" && slices.Contains(analyzer.Names, unq) {
			return fmt.Errorf("errlint settings: %s %s (known keys: %s); to turn %s off, write disable: [%s]", where, name, strings.Join(known, ", "), unq, unq)
		}
		return fmt.Errorf("errlint settings: %s %s (known keys: %s)", where, name, strings.Join(known, ", "))
	}
	return fmt.Errorf("errlint settings: %s", strings.TrimPrefix(msg, "decoding settings: "))
}

// typeName spells a Go type of the settings structs for users.
func typeName(t string) string {
	switch t {
	case "string":
		return "a string"
	case "int", "*int":
		return "an integer"
	case "*string":
		return "a string"
	case "[]string":
		return "a list of strings"
	case "[]json.RawMessage":
		return "a list"
	}
	return t
}

// normalize converts the maps YAML decoders may produce (map[any]any) into
// map[string]any so the settings encode as JSON.
func normalize(v any, path string) (any, error) {
	switch v := v.(type) {
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			ks, ok := k.(string)
			if !ok {
				return nil, fmt.Errorf("errlint settings: %s: key %v is not a string", orTop(path), k)
			}
			n, err := normalize(e, joinPath(path, ks))
			if err != nil {
				return nil, err
			}
			m[ks] = n
		}
		return m, nil
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			n, err := normalize(e, joinPath(path, k))
			if err != nil {
				return nil, err
			}
			m[k] = n
		}
		return m, nil
	case []any:
		s := make([]any, len(v))
		for i, e := range v {
			n, err := normalize(e, fmt.Sprintf("%s[%d]", path, i))
			if err != nil {
				return nil, err
			}
			s[i] = n
		}
		return s, nil
	}
	return v, nil
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func orTop(path string) string {
	if path == "" {
		return "settings"
	}
	return path
}

// kind names the shape of a decoded YAML/JSON value.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nothing"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return "a number"
}

// jsonKind names the shape of an encoded JSON value.
func jsonKind(msg json.RawMessage) string {
	var v any
	if err := json.Unmarshal(msg, &v); err != nil {
		return "invalid JSON"
	}
	if _, ok := v.(float64); ok {
		return "a number"
	}
	return kind(v)
}
