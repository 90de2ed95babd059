// Package configs holds the .errlint.yaml files bench/run.sh copies into the
// services it fetches, so each is linted with the catalog its own Go code
// declares (SPEC §5). The test keeps them valid and minimal: a catalog read
// from Go, never a catalog file.
package configs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errlint/errlint/config"
)

func TestConfigsParse(t *testing.T) {
	files, err := filepath.Glob("*.errlint.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no bench configuration")
	}
	for _, name := range files {
		abs, err := filepath.Abs(name)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(abs)
		if err != nil {
			t.Fatal(err)
		}
		f, err := config.Parse(abs, data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(f.GoCatalog) == 0 || len(f.Catalogs) > 0 {
			t.Errorf("%s: want a go_catalog and no catalog file, got %d declarations and %d files", name, len(f.GoCatalog), len(f.Catalogs))
		}
		service := strings.TrimSuffix(name, ".errlint.yaml")
		for _, d := range f.GoCatalog {
			if !strings.Contains(d.Name, service) {
				t.Errorf("%s: %s is not in %s's own code", name, d.Name, service)
			}
		}
	}
}
