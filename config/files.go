package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/errlint/errlint/catalog"
)

// ModuleFiles lists the configuration files that can apply to the packages
// of the module (or workspace) holding dir: those in its tree, skipping what
// the go command skips (testdata, vendor, _ and . directories), and those in
// the directories above it. The list is sorted.
func ModuleFiles(dir string) []string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	root := ""
	if os.Getenv("GOWORK") != "off" {
		root = findUp(dir, "go.work")
	}
	if root == "" {
		root = findUp(dir, "go.mod")
	}
	if root == "" {
		root = dir
	}
	var out []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				name == "testdata" || name == "vendor" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if slices.Contains(FileNames, d.Name()) {
			out = append(out, path)
		}
		return nil
	})
	for d := filepath.Dir(root); ; d = filepath.Dir(d) {
		for _, n := range FileNames {
			if fi, err := os.Stat(filepath.Join(d, n)); err == nil && !fi.IsDir() {
				out = append(out, filepath.Join(d, n))
			}
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	slices.Sort(out)
	return out
}

// CheckModule loads every configuration file of ModuleFiles(dir) and the
// catalogs they name (none when o.Catalog is set: it wins over theirs), and
// returns their problems, each "FILE:LINE: what is wrong". Drivers whose
// results outlive a run (golangci-lint's cache) call it up front, so that a
// bad file is an error of every run, not only of the runs that analyse.
func CheckModule(dir string, o Overrides) error {
	var errs []error
	seen := map[string]bool{}
	for _, path := range ModuleFiles(dir) {
		f, err := Load(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if o.Catalog != "" || f.Catalog == "" || seen[f.Catalog] {
			continue
		}
		seen[f.Catalog] = true
		if _, err := catalog.Load(f.Catalog); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// findUp returns the nearest directory at or above dir holding the file
// name, "" if none.
func findUp(dir, name string) string {
	for {
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && !fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
