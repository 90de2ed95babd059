package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCatalogNone(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/none\n\ngo 1.22\n")
	write(".errlint.yaml", "catalog: none\ngo_catalog:\n  - returns: \"(example.com/none/web.Processor).HTTPError\"\n")
	s, err := Resolve(Overrides{}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if !s.NoCatalog || s.Implicit || s.Catalog != nil {
		t.Errorf("catalog: none gave NoCatalog=%v Implicit=%v Catalog=%v", s.NoCatalog, s.Implicit, s.Catalog)
	}
	if len(s.ModuleGoCatalog) != 1 || s.ModuleGoCatalog[0].Kind != GoReturns {
		t.Errorf("returns: read as %+v", s.ModuleGoCatalog)
	}
	write(".errlint.yaml", "catalog: [none, errors.yaml]\n")
	if _, err := Load(filepath.Join(dir, ".errlint.yaml")); err == nil || !strings.Contains(err.Error(), "stands alone") {
		t.Errorf("catalog: [none, errors.yaml]: got %v", err)
	}
}
