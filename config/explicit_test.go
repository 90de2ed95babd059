package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/catalog"
)

// TestResolveExplicit checks the hermetic modes nogo's analyzer flags use:
// an explicit config file is the only one read, and NoDiscovery reads none.
func TestResolveExplicit(t *testing.T) {
	root := t.TempDir()
	pkg := filepath.Join(root, "repo", "pkg")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	// The file discovery would find: it must never be read.
	writeFile(t, filepath.Join(root, "repo", ".errlint.yaml"), "catalogue: broken\n")
	writeFile(t, filepath.Join(root, "tools", "codes.yaml"), "codes:\n  - {code: TOOLS, status: 400}\n")
	writeFile(t, filepath.Join(root, "tools", "errlint.yaml"), "catalog: codes.yaml\ndisable: [statusmismatch]\n")
	writeFile(t, filepath.Join(root, "flag.json"), `{"codes": [{"code": "FLAGGED", "status": 400}]}`)

	if _, err := Resolve(Overrides{}, pkg); err == nil {
		t.Fatal("the discovered broken config was not read: the test proves nothing")
	}

	cfg := filepath.Join(root, "tools", "errlint.yaml")
	s, err := Resolve(Overrides{Config: cfg}, pkg)
	if err != nil {
		t.Fatalf("explicit config: %v", err)
	}
	if _, ok := s.Catalog.Lookup("TOOLS"); !ok || s.ConfigPath != cfg || !s.Disabled["statusmismatch"] {
		t.Errorf("explicit config: catalog %s, config %q, disabled %v", s.Catalog.Source, s.ConfigPath, s.Disabled)
	}

	// A relative Config is relative to the current directory.
	t.Chdir(root)
	if s, err := Resolve(Overrides{Config: filepath.Join("tools", "errlint.yaml")}, pkg); err != nil || s.ConfigPath != cfg {
		t.Errorf("relative config: %+v, %v", s, err)
	}

	// The catalog flag wins over the explicit config's catalog.
	s, err = Resolve(Overrides{Config: cfg, Catalog: filepath.Join(root, "flag.json")}, pkg)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Catalog.Lookup("FLAGGED"); !ok || !s.Disabled["statusmismatch"] {
		t.Errorf("config and catalog: catalog %s, disabled %v", s.Catalog.Source, s.Disabled)
	}

	// NoDiscovery: no config at all.
	s, err = Resolve(Overrides{NoDiscovery: true, Catalog: filepath.Join(root, "flag.json")}, pkg)
	if err != nil || s.ConfigPath != "" || len(s.Disabled) != 0 {
		t.Fatalf("no discovery: %+v, %v", s, err)
	}
	if s, err := Resolve(Overrides{NoDiscovery: true}, pkg); err != nil || s.Catalog != catalog.Default() {
		t.Errorf("no discovery, no catalog: %+v, %v", s, err)
	}

	// A bad explicit config names its line; a missing one its path.
	bad := filepath.Join(root, "tools", "bad.yaml")
	writeFile(t, bad, "catalog: codes.yaml\nwriters: 3\n")
	if _, err := Resolve(Overrides{Config: bad}, pkg); err == nil || err.Error() != bad+`:2: "writers" must be a list of {func, status, code, body, carries, writer} mappings, not an integer` {
		t.Errorf("bad config: %v", err)
	}
	missing := filepath.Join(root, "tools", "missing.yaml")
	if _, err := Resolve(Overrides{Config: missing}, pkg); err == nil || err.Error() != missing+": cannot read config: no such file or directory" {
		t.Errorf("missing config: %v", err)
	}
}
