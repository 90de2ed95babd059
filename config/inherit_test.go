package config

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/errlint/errlint/catalog"
)

// writeTree writes files (path relative to root → content) under root.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		writeFile(t, filepath.Join(root, filepath.FromSlash(name)), content)
	}
}

func mkdirs(t *testing.T, root string, dirs ...string) {
	t.Helper()
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(d)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

func codes(c *catalog.Catalog) string {
	if c == nil {
		return "<nil>"
	}
	var out []string
	for _, e := range c.Entries {
		s := e.Code
		for _, st := range e.Statuses {
			s += " " + strconv.Itoa(st)
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func disabled(s *Settings) string {
	var out []string
	for name, off := range s.Disabled {
		if off {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}

func funcs(ws []Writer) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Func)
	}
	return strings.Join(out, ",")
}

func TestResolveInheritance(t *testing.T) {
	t.Setenv("GOWORK", "off")
	root := filepath.Join(t.TempDir(), "repo")
	writeTree(t, root, map[string]string{
		"go.mod":      "module example.com/svc\n\ngo 1.22\n",
		"errors.yaml": "codes:\n  - {code: MINE, status: 418}\n",
		"other.yaml":  "codes:\n  - {code: OTHER, status: 400}\n  - {code: MINE, status: 400}\n",
		".errlint.yaml": "catalog: errors.yaml\ndisable: [rawstatus]\n" +
			"writers:\n  - {func: example.com/svc/httpx.Fail, status: 1, code: 2}\n",
		"onlydisable/.errlint.yaml": "disable: [unknowncode]\n",
		"reenable/.errlint.yaml":    "enable: [rawstatus]\n",
		"list/.errlint.yaml":        "catalog: [../errors.yaml, ../other.yaml]\n",
		"embedded/.errlint.yml":     "catalog: embedded\n",
		"rooted/.errlint.yaml":      "root: true\ndisable: [statusmismatch]\n",
		"gocat/.errlint.json":       `{"go_catalog": [{"var": "example.com/svc/apierr.codes"}, {"func": "example.com/svc/errcode.register", "arg": 1}]}`,
		"both/.errlint.yaml":        "catalog: ../other.yaml\ngo_catalog:\n  - method: (example.com/svc/apierr.Code).Status\n",
		"internal/apierr/.errlint.yaml": "types:\n  - {type: example.com/svc/apierr.APIError, code: Code, status: HTTPStatusCode}\n" +
			"ignore_types: [example.com/svc/store.Coupon]\n" +
			"writers:\n  - {func: example.com/dep/errors.NotFound, code: 0, carries: 404}\n",
		// Never read: skipped directories and another module.
		"vendor/example.com/dep/.errlint.yaml": "bogus: [\n",
		"testdata/.errlint.yaml":               "bogus: 1\n",
		".git/.errlint.yaml":                   "bogus: 1\n",
		"_old/.errlint.yaml":                   "bogus: 1\n",
		"node_modules/x/.errlint.yaml":         "bogus: 1\n",
		"nested/go.mod":                        "module example.com/nested\n",
		"nested/.errlint.yaml":                 "writers:\n  - {func: example.com/nested.Fail, code: 0}\n",
	})
	mkdirs(t, root, "onlydisable/pkg", "reenable/pkg", "list/pkg", "embedded/pkg", "rooted/pkg", "gocat/pkg", "both/pkg", "plain/pkg")

	cfg := func(dir string) string { return filepath.Join(root, dir, ".errlint.yaml") }
	for _, tc := range []struct {
		dir        string
		codes      string // the file catalog's codes
		implicit   bool
		goCatalog  string
		disabled   string
		configPath string
	}{
		{"plain/pkg", "MINE 418", false, "", "rawstatus", cfg("")},
		{"onlydisable/pkg", "MINE 418", false, "", "rawstatus,unknowncode", cfg("onlydisable")},
		{"reenable/pkg", "MINE 418", false, "", "", cfg("reenable")},
		{"list/pkg", "MINE 418 400; OTHER 400", false, "", "rawstatus", cfg("list")},
		{"embedded/pkg", codes(catalog.Default()), false, "", "rawstatus", filepath.Join(root, "embedded", ".errlint.yml")},
		{"rooted/pkg", codes(catalog.Default()), true, "", "statusmismatch", cfg("rooted")},
		{"gocat/pkg", "<nil>", false, "example.com/svc/apierr.codes,example.com/svc/errcode.register", "rawstatus", filepath.Join(root, "gocat", ".errlint.json")},
		{"both/pkg", "OTHER 400; MINE 400", false, "(example.com/svc/apierr.Code).Status", "rawstatus", cfg("both")},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			s, err := Resolve(Overrides{}, filepath.Join(root, tc.dir))
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(s.Catalog); got != tc.codes {
				t.Errorf("catalog %s = %s, want %s", s.CatalogSource, got, tc.codes)
			}
			if s.Implicit != tc.implicit {
				t.Errorf("Implicit = %v (%s)", s.Implicit, s.CatalogSource)
			}
			var gc []string
			for _, d := range s.GoCatalog {
				gc = append(gc, d.Name)
			}
			if got := strings.Join(gc, ","); got != tc.goCatalog {
				t.Errorf("GoCatalog = %s, want %s", got, tc.goCatalog)
			}
			if got := disabled(s); got != tc.disabled {
				t.Errorf("Disabled = %s, want %s", got, tc.disabled)
			}
			if s.ConfigPath != tc.configPath {
				t.Errorf("ConfigPath = %s, want %s", s.ConfigPath, tc.configPath)
			}
			// The module-wide keys are the same everywhere in the module,
			// root: true notwithstanding.
			if got, want := funcs(s.Writers), "example.com/svc/httpx.Fail,example.com/dep/errors.NotFound"; got != want {
				t.Errorf("Writers = %s, want %s", got, want)
			}
			if len(s.Types) != 1 || s.Types[0].Type != "example.com/svc/apierr.APIError" || s.Types[0].Status != "HTTPStatusCode" ||
				s.Types[0].File != cfg("internal/apierr") || s.Types[0].Line != 2 {
				t.Errorf("Types = %+v", s.Types)
			}
			if !slices.Equal(s.IgnoreTypes, []string{"example.com/svc/store.Coupon"}) {
				t.Errorf("IgnoreTypes = %v", s.IgnoreTypes)
			}
			var mgc []string
			for _, d := range s.ModuleGoCatalog {
				mgc = append(mgc, d.Flag())
			}
			if got, want := strings.Join(mgc, " "), "method:(example.com/svc/apierr.Code).Status var:example.com/svc/apierr.codes func:example.com/svc/errcode.register:1"; got != want {
				t.Errorf("ModuleGoCatalog = %s\nwant %s", got, want)
			}
		})
	}

	// The catalog sources say where the catalog came from.
	s, _ := Resolve(Overrides{}, filepath.Join(root, "both", "pkg"))
	if want := filepath.Join(root, "other.yaml") + " + go: (example.com/svc/apierr.Code).Status (from " + cfg("both") + ")"; s.CatalogSource != want {
		t.Errorf("CatalogSource = %q\nwant %q", s.CatalogSource, want)
	}
	s, _ = Resolve(Overrides{}, filepath.Join(root, "embedded", "pkg"))
	if !strings.HasPrefix(s.CatalogSource, "embedded default (from ") {
		t.Errorf("CatalogSource = %q", s.CatalogSource)
	}

	// The nested module has its own module-wide keys (and inherits the
	// directory-scoped ones of the files above it).
	s, err := Resolve(Overrides{}, filepath.Join(root, "nested"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := funcs(s.Writers), "example.com/svc/httpx.Fail,example.com/nested.Fail"; got != want {
		t.Errorf("nested Writers = %s, want %s", got, want)
	}
	if codes(s.Catalog) != "MINE 418" || len(s.Types) != 0 {
		t.Errorf("nested: catalog %s, types %v", codes(s.Catalog), s.Types)
	}
}

func TestResolveOverridesWin(t *testing.T) {
	t.Setenv("GOWORK", "off")
	root := filepath.Join(t.TempDir(), "repo")
	writeTree(t, root, map[string]string{
		"go.mod":      "module example.com/svc\n",
		"errors.yaml": "codes:\n  - {code: MINE, status: 418}\n",
		".errlint.yaml": "catalog: errors.yaml\ndisable: [rawstatus]\n" +
			"types:\n  - {type: example.com/svc.E, code: Code}\n  - {type: example.com/svc.F, code: Code}\n" +
			"ignore_types: [example.com/svc.G]\n",
		"pkg/.errlint.yaml": "enable: [rawstatus]\n",
	})
	pkg := filepath.Join(root, "pkg")

	// -catalog embedded: the embedded default chosen on purpose.
	s, err := Resolve(Overrides{Catalog: EmbeddedCatalog}, pkg)
	if err != nil {
		t.Fatal(err)
	}
	if s.Catalog != catalog.Default() || s.Implicit || s.CatalogSource != "embedded default (flag)" {
		t.Errorf("embedded flag: %s %v %q", codes(s.Catalog), s.Implicit, s.CatalogSource)
	}

	// The plugin's go_catalog decides the catalog; its types and
	// ignore_types win over the files'; its disable wins over enable.
	o := Overrides{
		GoCatalog:     []GoCatalogDecl{{Kind: GoVar, Name: "example.com/svc.codes"}},
		Types:         []TypeRoles{{Type: "example.com/svc.G", Code: "Reason"}},
		IgnoreTypes:   []string{"example.com/svc.F"},
		Disable:       []string{"rawstatus"},
		CatalogOrigin: "golangci-lint setting",
	}
	s, err = Resolve(o, pkg)
	if err != nil {
		t.Fatal(err)
	}
	if s.Catalog != nil || s.Implicit || len(s.GoCatalog) != 1 || s.CatalogSource != "go: example.com/svc.codes (golangci-lint setting)" {
		t.Errorf("plugin go_catalog: %s %v %v %q", codes(s.Catalog), s.Implicit, s.GoCatalog, s.CatalogSource)
	}
	var types []string
	for _, tr := range s.Types {
		types = append(types, tr.String())
	}
	if got, want := strings.Join(types, " "), `{type: "example.com/svc.G", code: Reason} {type: "example.com/svc.E", code: Code}`; got != want {
		t.Errorf("Types = %s, want %s", got, want)
	}
	if !slices.Equal(s.IgnoreTypes, []string{"example.com/svc.F"}) {
		t.Errorf("IgnoreTypes = %v", s.IgnoreTypes)
	}
	if disabled(s) != "rawstatus" {
		t.Errorf("Disabled = %s", disabled(s))
	}
	// A driver's explicit enable wins over the files' disable.
	s, err = Resolve(Overrides{Enable: []string{"rawstatus"}}, root)
	if err != nil || disabled(s) != "" {
		t.Errorf("enable override: %v, %v", s, err)
	}
	if s, err = Resolve(Overrides{}, root); err != nil || disabled(s) != "rawstatus" {
		t.Errorf("no override: %v, %v", s, err)
	}

	// A plugin go_catalog entry naming a dependency is refused too.
	_, err = Resolve(Overrides{GoCatalog: []GoCatalogDecl{{Kind: GoVar, Name: "github.com/dep/x.codes"}}}, pkg)
	if err == nil || !strings.HasPrefix(err.Error(), `go_catalog var "github.com/dep/x.codes" names package github.com/dep/x, which is not in the main or a workspace module (example.com/svc)`) {
		t.Errorf("dependency go_catalog override: %v", err)
	}

	// Bad overrides are refused.
	for _, bad := range []Overrides{
		{Types: []TypeRoles{{Type: "example.com/svc.E"}}},
		{Types: []TypeRoles{{Type: "example.com/svc.E", Code: "C"}}, IgnoreTypes: []string{"example.com/svc.E"}},
		{IgnoreTypes: []string{"Coupon"}},
		{GoCatalog: []GoCatalogDecl{{Kind: "const", Name: "example.com/svc.X"}}},
		{Writers: []Writer{{Func: "example.com/svc.F", Code: intp(0), Carries: 99}}},
	} {
		if _, err := Resolve(bad, pkg); err == nil {
			t.Errorf("accepted %+v", bad)
		}
	}
}

func TestResolveModuleConflicts(t *testing.T) {
	t.Setenv("GOWORK", "off")
	root := filepath.Join(t.TempDir(), "repo")
	writeTree(t, root, map[string]string{
		"go.mod": "module example.com/svc\n",
		"a/.errlint.yaml": "writers:\n  - {func: example.com/svc/httpx.Fail, status: 1, code: 2}\n" +
			"types:\n  - {type: example.com/svc.E, code: Code}\n" +
			"go_catalog:\n  - {func: example.com/svc.register, arg: 1}\n",
		"b/.errlint.yaml": "# the same entries are fine\nwriters:\n  - {func: example.com/svc/httpx.Fail, status: 1, code: 2}\n" +
			"  - {func: example.com/svc/httpx.Other, code: 0}\n",
		"c/.errlint.yaml": "writers:\n  - {func: example.com/svc/httpx.Fail, status: 0, code: 2}\n" +
			"ignore_types: [example.com/svc.E]\n" +
			"go_catalog:\n  - {func: example.com/svc.register}\n" +
			"  - var: github.com/minio/minio/cmd.errorCodes\n",
	})
	mkdirs(t, root, "d")
	_, err := Resolve(Overrides{}, filepath.Join(root, "d"))
	a, c := filepath.Join(root, "a", ".errlint.yaml"), filepath.Join(root, "c", ".errlint.yaml")
	want := strings.Join([]string{
		c + `:2: writer "example.com/svc/httpx.Fail" is declared differently: {func: "example.com/svc/httpx.Fail", status: 0, code: 2} and {func: "example.com/svc/httpx.Fail", status: 1, code: 2} (also ` + a + ":2)",
		c + `:3: type "example.com/svc.E" is in ignore_types and in types (also ` + a + ":4)",
		c + `:5: go_catalog func "example.com/svc.register" is declared differently: arg 0 and arg 1 (also ` + a + ":6)",
		c + `:6: go_catalog var "github.com/minio/minio/cmd.errorCodes" names package github.com/minio/minio/cmd, which is not in the main or a workspace module (example.com/svc); ` +
			`a dependency's catalog is used through a snapshot: errlint catalog -go 'var:github.com/minio/minio/cmd.errorCodes' -format yaml > FILE, then catalog: FILE`,
	}, "\n")
	if err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
	// Every package of the module sees the error, whichever file is nearest.
	if _, err2 := Resolve(Overrides{}, filepath.Join(root, "b")); err2 == nil || err2.Error() != want {
		t.Errorf("from b: %v", err2)
	}
}

func TestResolveWorkspace(t *testing.T) {
	ws := t.TempDir()
	writeTree(t, ws, map[string]string{
		"go.work":               "go 1.22\n\nuse (\n\t./svc\n\t./lib\n)\n",
		"svc/go.mod":            "module example.com/svc\n",
		"svc/api/.errlint.yaml": "go_catalog:\n  - type: example.com/lib/apierr.Error\n",
		"lib/go.mod":            "module example.com/lib\n",
		"lib/apierr/.errlint.yaml": "types:\n  - {type: example.com/lib/apierr.Error, code: Code}\n" +
			"writers:\n  - {func: example.com/lib/apierr.Write, status: 1, code: 2}\n",
		"other/go.mod":        "module example.com/other\n",
		"other/.errlint.yaml": "writers:\n  - {func: example.com/other.Fail, code: 0}\n",
	})
	t.Setenv("GOWORK", "")
	s, err := Resolve(Overrides{}, filepath.Join(ws, "svc", "api"))
	if err != nil {
		t.Fatal(err)
	}
	if funcs(s.Writers) != "example.com/lib/apierr.Write" || len(s.Types) != 1 || len(s.ModuleGoCatalog) != 1 || len(s.GoCatalog) != 1 || s.Catalog != nil {
		t.Errorf("workspace: writers %s, types %v, go catalog %v / %v, catalog %s", funcs(s.Writers), s.Types, s.GoCatalog, s.ModuleGoCatalog, codes(s.Catalog))
	}
	// Without the workspace, lib is a dependency of svc.
	t.Setenv("GOWORK", "off")
	modCache.reset()
	_, err = Resolve(Overrides{}, filepath.Join(ws, "svc", "api"))
	if err == nil || !strings.Contains(err.Error(), "svc/api/.errlint.yaml:2: go_catalog type \"example.com/lib/apierr.Error\" names package example.com/lib/apierr, which is not in the main or a workspace module (example.com/svc)") {
		t.Errorf("GOWORK=off: %v", err)
	}
}

func TestResolveDependencyDirs(t *testing.T) {
	t.Setenv("GOWORK", "off")
	modcache := t.TempDir()
	t.Setenv("GOMODCACHE", modcache)
	dep := filepath.Join(modcache, "example.com", "dep@v1.2.3")
	// Were any of these read, Resolve would fail.
	writeTree(t, modcache, map[string]string{
		".errlint.yaml":                        "bogus: 1\n",
		"example.com/dep@v1.2.3/go.mod":        "module example.com/dep\n",
		"example.com/dep@v1.2.3/.errlint.yaml": "catalog: nope.yaml\n",
	})
	other := filepath.Join(t.TempDir(), "elsewhere", "example.com", "lib@v0.1.0")
	writeTree(t, other, map[string]string{"go.mod": "module example.com/lib\n", ".errlint.yaml": "bogus: 1\n", "x/.errlint.yaml": "bogus: 1\n"})
	main := filepath.Join(t.TempDir(), "main")
	writeTree(t, main, map[string]string{"go.mod": "module example.com/main\n", "vendor/example.com/v/.errlint.yaml": "bogus: 1\n", ".errlint.yaml": "disable: [rawstatus]\n"})

	w := Writer{Func: "example.com/dep.Fail", Code: intp(0)}
	for _, dir := range []string{dep, filepath.Join(dep, "sub"), other, filepath.Join(other, "x"), filepath.Join(main, "vendor", "example.com", "v")} {
		s, err := Resolve(Overrides{Writers: []Writer{w}, Disable: []string{"unknowncode"}}, dir)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		if !s.Implicit || s.Catalog != catalog.Default() || s.ConfigPath != "" || len(s.ConfigFiles) != 0 ||
			funcs(s.Writers) != "example.com/dep.Fail" || disabled(s) != "unknowncode" {
			t.Errorf("%s: %+v", dir, s)
		}
	}
	// A flag's catalog still applies there.
	s, err := Resolve(Overrides{Catalog: EmbeddedCatalog}, dep)
	if err != nil || s.Implicit {
		t.Errorf("flag in a dependency: %+v, %v", s, err)
	}
}

func TestResolveHermeticConfig(t *testing.T) {
	t.Setenv("GOWORK", "off")
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod":             "module example.com/svc\n",
		".errlint.yaml":      "bogus: 1\n", // never read: no walk up
		"sib/.errlint.yaml":  "bogus: 1\n", // never read: no module walk
		"tools/errlint.yaml": "catalog: errors.yaml\ndisable: [rawstatus]\nwriters:\n  - {func: example.com/svc.Fail, code: 0}\ngo_catalog:\n  - var: github.com/dep/x.codes\n",
		"tools/errors.yaml":  "codes:\n  - {code: MINE, status: 418}\n",
		"pkg/.errlint.yaml":  "bogus: 1\n",
	})
	cfg := filepath.Join(root, "tools", "errlint.yaml")
	s, err := Resolve(Overrides{Config: cfg}, filepath.Join(root, "pkg"))
	if err != nil {
		t.Fatal(err)
	}
	// The module path is unknown under nogo: a go_catalog entry is not
	// checked against it.
	if codes(s.Catalog) != "MINE 418" || disabled(s) != "rawstatus" || funcs(s.Writers) != "example.com/svc.Fail" ||
		len(s.GoCatalog) != 1 || len(s.ModuleGoCatalog) != 1 || s.ConfigPath != cfg || !slices.Equal(s.ConfigFiles, []string{cfg}) {
		t.Errorf("hermetic: %+v", s)
	}
}

func TestResolveMissingCatalogAndCache(t *testing.T) {
	t.Setenv("GOWORK", "off")
	old := findTTL
	findTTL = 0
	defer func() { findTTL = old }()
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod":        "module example.com/svc\n",
		".errlint.yaml": "# the catalog\ncatalog:\n  - errors.yaml\n  - missing.yaml\n",
		"errors.yaml":   "codes:\n  - {code: MINE, status: 418}\n",
		"pkg/x.go":      "package pkg\n",
	})
	pkg := filepath.Join(root, "pkg")
	_, err := Resolve(Overrides{}, pkg)
	if want := filepath.Join(root, ".errlint.yaml") + ":4: catalog " + filepath.Join(root, "missing.yaml") + ": no such file or directory"; err == nil || err.Error() != want {
		t.Errorf("missing catalog: %v\nwant %s", err, want)
	}

	// Settings are cached until a file they were made from changes.
	writeFile(t, filepath.Join(root, ".errlint.yaml"), "catalog: errors.yaml\n")
	s1, err := Resolve(Overrides{}, pkg)
	if err != nil {
		t.Fatal(err)
	}
	if s2, _ := Resolve(Overrides{}, pkg); s2 != s1 {
		t.Error("Resolve does not cache")
	}
	later := time.Now().Add(time.Hour)
	sub := filepath.Join(root, "lib", ".errlint.yaml")
	writeFile(t, sub, "writers:\n  - {func: example.com/svc/lib.Fail, code: 0}\n")
	s3, err := Resolve(Overrides{}, pkg)
	if err != nil {
		t.Fatal(err)
	}
	if s3 == s1 || funcs(s3.Writers) != "example.com/svc/lib.Fail" {
		t.Errorf("a new file elsewhere in the module is not seen: %s", funcs(s3.Writers))
	}
	writeFile(t, sub, "writers:\n  - {func: example.com/svc/lib.Fail, code: 1}\n")
	if err := os.Chtimes(sub, later, later); err != nil {
		t.Fatal(err)
	}
	s4, err := Resolve(Overrides{}, pkg)
	if err != nil {
		t.Fatal(err)
	}
	if s4 == s3 || *s4.Writers[0].Code != 1 {
		t.Errorf("a changed file is not seen")
	}
}

func TestResolveTwoFilesInOneModuleDir(t *testing.T) {
	t.Setenv("GOWORK", "off")
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod":              "module example.com/svc\n",
		"a/.errlint.yaml":     "disable: [rawstatus]\n",
		"a/.errlint.json":     "{}",
		"b/x.go":              "package b\n",
		"b/.errlint.yml/keep": "a directory named like a config file is not one\n",
	})
	_, err := Resolve(Overrides{}, filepath.Join(root, "b"))
	if want := filepath.Join(root, "a") + ": more than one config file: .errlint.json, .errlint.yaml (keep one)"; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
