package config

import (
	"os"
	"path/filepath"
	"slices"
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
	f.Add([]byte("root: true\ncatalog: [embedded, x.yaml]\ngo_catalog:\n  - var: a/b.codes\n  - {func: a/b.register, arg: 1}\n  - method: (a/b.Code).Status\n"+
		"types:\n  - {type: a/b.E, code: Code, status: HTTPStatusCode, ok: OK, retryable: R, message: M}\nignore_types: [a/b.Coupon]\n"+
		"writers:\n  - {func: a/b.NotFound, code: 0, carries: 404}\n  - {func: a/b.Fail, status: 1, body: 2}\nenable: [unknowncode]\n"), false)
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
		for _, typ := range cfg.Types {
			if err := typ.Validate(); err != nil {
				t.Fatalf("accepted a bad type: %v", err)
			}
		}
		for _, it := range cfg.IgnoreTypes {
			if err := ValidateIgnoreType(it.Type); err != nil {
				t.Fatalf("accepted a bad ignore_types entry: %v", err)
			}
		}
		for _, d := range cfg.GoCatalog {
			if err := d.Validate(); err != nil {
				t.Fatalf("accepted a bad go_catalog entry: %v", err)
			}
			if back, err := ParseGoCatalogFlag(d.Flag()); err != nil || back.String() != d.String() {
				t.Fatalf("go_catalog entry %s spelled as %q reads back as %s, %v", d, d.Flag(), back, err)
			}
		}
		for _, ref := range cfg.Catalogs {
			if ref.Path != "" && !filepath.IsAbs(ref.Path) {
				t.Fatalf("relative catalog %q", ref.Path)
			}
		}
		for _, name := range cfg.Enable {
			if slices.Contains(cfg.Disable, name) {
				t.Fatalf("%s both disabled and enabled", name)
			}
		}
	})
}

func FuzzGoCatalogFlag(f *testing.F) {
	for _, s := range []string{"var:a/b.codes", "func:a/b.register:1", "method:(*a/b.Code).Status", "type:a/b.E", "func:a/b.f:", "x", ":"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseGoCatalogFlag(s)
		if err != nil {
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("%q accepted as %s: %v", s, d, err)
		}
		back, err := ParseGoCatalogFlag(d.Flag())
		if err != nil || back != d {
			t.Fatalf("%q → %q → %+v, %v", s, d.Flag(), back, err)
		}
	})
}
