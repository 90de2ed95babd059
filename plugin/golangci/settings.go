package golangci

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"github.com/errlint/errlint/internal/structured"
)

// The settings arrive decoded by golangci-lint's YAML reader; config reads
// them with the walk of an .errlint.yaml (config.ParseSettings), so both
// accept the same entries and word their problems alike. The values have
// no lines: problems name the setting's path instead (writers[0].status),
// and keys match regardless of letter case.

// settingKeys are the settings the plugin accepts: the keys of an
// .errlint.yaml but the directory-scoped root, enable, exit_codes and
// classes (a golangci-lint run has one setting for every directory, and
// golangci-lint lower-cases map keys, which are codes in classes).
var settingKeys = []string{"catalog", "go_catalog", "returns", "writers", "types", "ignore_types", "disable"}

// decode turns golangci-lint's raw settings into configuration overrides,
// or an error naming the offending setting.
func decode(raw any) (config.Overrides, error) {
	var o config.Overrides
	if err := stringKeys(structured.FromValue(raw), ""); err != nil {
		return o, err
	}
	f, err := config.ParseSettings(raw, settingKeys)
	if err != nil {
		return o, err
	}
	switch {
	case f.NoCatalog:
		return o, fmt.Errorf("errlint settings: catalog: %q is written in an .errlint.yaml, whose directory it applies to", config.NoCatalog)
	case len(f.Catalogs) > 1:
		return o, fmt.Errorf("errlint settings: catalog: want one catalog file, got %d", len(f.Catalogs))
	case len(f.Catalogs) == 1 && f.Catalogs[0].Path == "":
		o.Catalog = config.EmbeddedCatalog
	case len(f.Catalogs) == 1:
		abs, err := resolveCatalog(f.Catalogs[0].Path)
		if err != nil {
			return o, err
		}
		o.Catalog = abs
	}
	o.GoCatalog, o.Writers, o.Types, o.Disable = f.GoCatalog, f.Writers, f.Types, f.Disable
	for _, it := range f.IgnoreTypes {
		o.IgnoreTypes = append(o.IgnoreTypes, it.Type)
	}
	if o.Catalog != "" || len(o.GoCatalog) > 0 {
		o.CatalogOrigin = "golangci-lint setting"
	}
	return o, nil
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
