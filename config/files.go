package config

import (
	"errors"
	"path/filepath"

	"github.com/errlint/errlint/catalog"
)

// CheckModule loads every configuration file of the module (or workspace)
// holding dir, and the catalogs they name (none when o.Catalog is set: it
// wins over theirs), and returns their problems, each "FILE:LINE: what is
// wrong". Drivers whose results outlive a run (golangci-lint's cache) call
// it up front, so that a bad file is an error of every run, not only of the
// runs that analyse.
func CheckModule(dir string, o Overrides) error {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	mods, err := FindModules(dir)
	if err != nil {
		return err
	}
	roots := mods.Roots
	if len(roots) == 0 {
		roots = []string{dir}
	}
	paths, err := ModuleFiles(Modules{Roots: roots, Paths: mods.Paths})
	if err != nil {
		return err
	}
	var errs []error
	seen := map[string]bool{}
	for _, path := range paths {
		f, err := Load(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if o.Catalog != "" {
			continue
		}
		for _, ref := range f.Catalogs {
			if ref.Path == "" || seen[ref.Path] {
				continue
			}
			seen[ref.Path] = true
			if _, err := catalog.Load(ref.Path); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}
