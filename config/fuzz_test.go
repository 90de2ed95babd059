package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzParseConfig(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "bad", "*"))
	for _, p := range paths {
		if strings.HasSuffix(p, ".want") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, strings.HasSuffix(p, ".json"))
	}
	f.Add([]byte("catalog: x.yaml\nwriters:\n  - {func: a/b.F, status: 0, code: 1}\ndisable: [rawstatus]\n"), false)
	f.Add([]byte(`{"catalog": "x.md", "writers": [{"func": "(*a/b.T).M", "code": 0}], "disable": []}`), true)
	f.Fuzz(func(t *testing.T, data []byte, isJSON bool) {
		name := "/d/.errlint.yaml"
		if isJSON {
			name = "/d/.errlint.json"
		}
		cfg, err := Parse(name, data)
		if err != nil {
			if cfg != nil {
				t.Fatal("a File and an error")
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, name+":") {
					t.Fatalf("error line %q does not name the file", line)
				}
			}
			return
		}
		for _, w := range cfg.Writers {
			if err := w.Validate(); err != nil {
				t.Fatalf("accepted a bad writer: %v", err)
			}
		}
		if cfg.Catalog != "" && !filepath.IsAbs(cfg.Catalog) {
			t.Fatalf("relative catalog %q", cfg.Catalog)
		}
	})
}
