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

// settings is the shape of linters.settings.custom.errlint.settings.
type settings struct {
	Catalog string            `json:"catalog"`
	Writers []json.RawMessage `json:"writers"` // decoded one by one to name the bad entry
	Disable []string          `json:"disable"`
}

// writer is one entry of the writers list.
type writer struct {
	Func   string `json:"func"`
	Status *int   `json:"status"`
	Code   *int   `json:"code"`
}

var (
	settingKeys = []string{"catalog", "writers", "disable"}
	writerKeys  = []string{"func", "status", "code"}
)

// decode turns golangci-lint's raw settings into analyzer options, or an
// error naming the offending key.
func decode(raw any) (analyzer.Options, error) {
	var opts analyzer.Options
	raw, err := normalize(raw, "")
	if err != nil {
		return opts, err
	}
	if raw != nil {
		if _, ok := raw.(map[string]any); !ok {
			return opts, fmt.Errorf("errlint settings: want a mapping with keys %s, got %s", strings.Join(settingKeys, ", "), kind(raw))
		}
	}
	s, err := register.DecodeSettings[settings](raw)
	if err != nil {
		return opts, explain(err, "", settingKeys)
	}

	if s.Catalog != "" {
		abs, err := resolveCatalog(s.Catalog)
		if err != nil {
			return opts, err
		}
		opts.Catalog = abs
	}

	seen := map[string]int{}
	for i, msg := range s.Writers {
		w, err := decodeWriter(i, msg)
		if err != nil {
			return opts, err
		}
		if j, dup := seen[w.Func]; dup {
			return opts, fmt.Errorf("errlint settings: writers[%d].func: %q is already listed at writers[%d]", i, w.Func, j)
		}
		seen[w.Func] = i
		opts.Writers = append(opts.Writers, config.Writer{Func: w.Func, Status: w.Status, Code: w.Code})
	}

	for i, name := range s.Disable {
		if !slices.Contains(analyzer.Names, name) {
			return opts, fmt.Errorf("errlint settings: disable[%d]: unknown analyzer %q (known: %s)", i, name, strings.Join(analyzer.Names, ", "))
		}
		if !slices.Contains(opts.Disable, name) {
			opts.Disable = append(opts.Disable, name)
		}
	}
	return opts, nil
}

// resolveCatalog makes the catalog setting absolute and checks that the
// file loads. A relative path is relative to the directory golangci-lint
// runs in, else to the nearest parent directory holding that path, up to
// the module root (the nearest directory with a go.mod), so that a run
// from a subdirectory finds the catalog the configuration names.
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
		for dir := wd; ; {
			if _, err := os.Stat(filepath.Join(dir, path)); err == nil {
				abs = filepath.Join(dir, path)
				break
			}
			if isModuleRoot(dir) {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return "", fmt.Errorf("errlint settings: catalog: %s (a relative path is relative to the directory golangci-lint runs in, or to its nearest parent directory holding it, up to the module root)", describe(err, abs))
	}
	if fi.IsDir() {
		return "", fmt.Errorf("errlint settings: catalog: %s is a directory, want a .json, .yaml, .yml or .md file", abs)
	}
	if _, err := catalog.Load(abs); err != nil {
		return "", fmt.Errorf("errlint settings: catalog: %v", err)
	}
	return abs, nil
}

// isModuleRoot reports whether dir holds a go.mod.
func isModuleRoot(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, "go.mod"))
	return err == nil && !fi.IsDir()
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

// decodeWriter decodes and validates writers[i].
func decodeWriter(i int, msg json.RawMessage) (writer, error) {
	var w writer
	key := fmt.Sprintf("writers[%d]", i)
	if !bytes.HasPrefix(bytes.TrimSpace(msg), []byte("{")) {
		return w, fmt.Errorf("errlint settings: %s: want a mapping with keys %s, got %s", key, strings.Join(writerKeys, ", "), jsonKind(msg))
	}
	dec := json.NewDecoder(bytes.NewReader(msg))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return w, explain(err, key, writerKeys)
	}
	switch {
	case w.Func == "":
		return w, fmt.Errorf("errlint settings: %s.func: missing; want the function's full name, e.g. \"example.com/svc/httpx.Fail\" or \"(*example.com/svc/httpx.Responder).Fail\"", key)
	case w.Status == nil && w.Code == nil:
		return w, fmt.Errorf("errlint settings: %s: give status and/or code, the 0-based index of the parameter that carries it", key)
	case w.Status != nil && *w.Status < 0:
		return w, fmt.Errorf("errlint settings: %s.status: %d is negative; want a 0-based parameter index (receiver not counted)", key, *w.Status)
	case w.Code != nil && *w.Code < 0:
		return w, fmt.Errorf("errlint settings: %s.code: %d is negative; want a 0-based parameter index (receiver not counted)", key, *w.Code)
	case w.Status != nil && w.Code != nil && *w.Status == *w.Code:
		return w, fmt.Errorf("errlint settings: %s: status and code are both parameter %d", key, *w.Code)
	}
	// The configuration package has the last word on what a writer may be.
	if err := (config.Writer{Func: w.Func, Status: w.Status, Code: w.Code}).Validate(); err != nil {
		return w, fmt.Errorf("errlint settings: %s: %v", key, err)
	}
	return w, nil
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
