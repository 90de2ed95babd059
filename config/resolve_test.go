package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/errlint/errlint/catalog"
)

func intp(i int) *int { return &i }

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestParseGood(t *testing.T) {
	yamlSrc := `# errlint settings
catalog: ../shared/errors.yaml
writers:
  - func: example.com/svc/httpx.Fail
    status: 1
    code: 2
  - {func: "(*example.com/svc/httpx.Responder).Fail", code: 0}
  - func: example.com/svc/httpx.Status
    status: 0
disable: [rawstatus, statusmismatch, rawstatus]
`
	jsonSrc := `{
  "catalog": "../shared/errors.yaml",
  "writers": [
    {"func": "example.com/svc/httpx.Fail", "status": 1, "code": 2},
    {"func": "(*example.com/svc/httpx.Responder).Fail", "code": 0},
    {"func": "example.com/svc/httpx.Status", "status": 0}
  ],
  "disable": ["rawstatus", "statusmismatch", "rawstatus"]
}`
	want := &File{
		Catalogs: []CatalogRef{{Path: "/repo/shared/errors.yaml", Line: 2}},
		Writers: []Writer{
			{Func: "example.com/svc/httpx.Fail", Status: intp(1), Code: intp(2)},
			{Func: "(*example.com/svc/httpx.Responder).Fail", Code: intp(0)},
			{Func: "example.com/svc/httpx.Status", Status: intp(0)},
		},
		Disable: []string{"rawstatus", "statusmismatch"},
	}
	for name, src := range map[string]string{"/repo/svc/.errlint.yaml": yamlSrc, "/repo/svc/.errlint.json": jsonSrc} {
		f, err := Parse(name, []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if f.Path != name || !slices.Equal(f.Catalogs, want.Catalogs) || !slices.Equal(f.Disable, want.Disable) ||
			!slices.EqualFunc(f.Writers, want.Writers, func(a, b Writer) bool { return a.String() == b.String() }) {
			t.Errorf("%s:\n got %+v %v\nwant %+v %v", name, f, f.Writers, want, want.Writers)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"/x/.errlint.yaml", ""},
		{"/x/.errlint.yaml", "# nothing yet\n"},
		{"/x/.errlint.yml", "~\n"},
		{"/x/.errlint.json", ""},
		{"/x/.errlint.json", "{}"},
		{"/x/.errlint.yaml", "{}"},
		{"/x/.errlint.yaml", "writers:\n#  - {func: a/b.F, code: 0}\ndisable:\n#  - rawstatus\n"},
		{"/x/.errlint.json", `{"writers": null, "disable": null}`},
	} {
		f, err := Parse(tc.name, []byte(tc.src))
		if err != nil || f == nil || f.SetsCatalog() || len(f.Writers) != 0 || len(f.Disable) != 0 {
			t.Errorf("Parse(%q, %q) = %+v, %v", tc.name, tc.src, f, err)
		}
	}
	// An absolute catalog path stays as it is.
	f, err := Parse("/x/.errlint.yaml", []byte("catalog: /abs/cat.md\n"))
	if err != nil || len(f.Catalogs) != 1 || f.Catalogs[0].Path != "/abs/cat.md" {
		t.Errorf("absolute catalog: %+v, %v", f, err)
	}
}

func TestWriterValidate(t *testing.T) {
	for _, tc := range []struct {
		w    Writer
		want string
	}{
		{Writer{Func: "example.com/a.F", Code: intp(0)}, ""},
		{Writer{Func: "(example.com/a.T).M", Status: intp(0)}, ""},
		{Writer{Func: "(*example.com/a/b.T).M", Status: intp(0), Code: intp(3)}, ""},
		{Writer{Func: "main.writeError", Status: intp(1)}, ""},
		{Writer{Func: "", Code: intp(0)}, `writer {func: "", code: 0}: "func" is empty`},
		{Writer{Func: "F", Code: intp(0)}, "is not a full function name"},
		{Writer{Func: "example.com/a.", Code: intp(0)}, "is not a full function name"},
		{Writer{Func: "(*example.com/a.T)", Code: intp(0)}, "is not a full function name"},
		{Writer{Func: "example.com/a.F g", Code: intp(0)}, "is not a full function name"},
		{Writer{Func: "example.com/a.F"}, `needs "status", "code", "body" or "carries"`},
		{Writer{Func: "example.com/a.F", Code: intp(-1)}, "not -1"},
		{Writer{Func: "example.com/a.F", Code: intp(1), Status: intp(1)}, "both parameter 1"},
		{Writer{Func: "example.com/dep/errors.NotFound", Code: intp(0), Carries: 404}, ""},
		{Writer{Func: "example.com/a.JSON", Status: intp(1), Body: intp(2)}, ""},
		{Writer{Func: "example.com/a.Body", Body: intp(0)}, ""},
		{Writer{Func: "example.com/a.F", Code: intp(0), Carries: 99}, `"carries" must be an HTTP status (100–599), not 99`},
		{Writer{Func: "example.com/a.F", Code: intp(0), Status: intp(1), Carries: 404}, `"carries" and "status" exclude each other`},
		{Writer{Func: "example.com/a.F", Carries: 404}, ""}, // a fixed-status helper (revision 4)
		{Writer{Func: "example.com/a.F", Carries: 401, Writer: intp(0)}, ""},
		{Writer{Func: "example.com/a.F", Code: intp(0), Writer: intp(0)}, `"code" and "writer" are both parameter 0`},
		{Writer{Func: "example.com/a.F", Status: intp(404), Code: intp(0)}, `404 looks like an HTTP status: for a writer that always sends 404, write carries: 404`},
		{Writer{Func: "example.com/a.F", Body: intp(1), Status: intp(1)}, `"status" and "body" are both parameter 1`},
		{Writer{Func: "example.com/a.F", Body: intp(0), Code: intp(0)}, `"code" and "body" are both parameter 0`},
		{Writer{Func: "example.com/a.F", Body: intp(-2)}, `"body" must be a parameter index (0 or more), not -2`},
	} {
		err := tc.w.Validate()
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.w, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.w, err, tc.want)
		}
	}
}

func TestLoadCacheAndErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".errlint.yaml")
	t0 := time.Now().Add(-time.Hour).Truncate(time.Second)
	put := func(s string, mt time.Time) {
		writeFile(t, path, s)
		if err := os.Chtimes(path, mt, mt); err != nil {
			t.Fatal(err)
		}
	}
	put("disable: [rawstatus]\n", t0)
	f1, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if f2, _ := Load(path); f2 != f1 {
		t.Error("Load does not cache")
	}
	put("disable: [nosuch]\n", t0.Add(time.Second))
	_, err = Load(path)
	want := path + `:1: unknown analyzer "nosuch" (known: rawstatus, unknowncode, statusmismatch, authchallenge, retryafter, envelope, exitcode, retrydecision, ignoredirective)`
	if err == nil || err.Error() != want {
		t.Errorf("changed file: %v\nwant %s", err, want)
	}
	if _, err2 := Load(path); err2 == nil || err2.Error() != want {
		t.Errorf("cached error: %v", err2)
	}
	missing := filepath.Join(dir, "none", ".errlint.yaml")
	if _, err := Load(missing); err == nil || err.Error() != missing+": cannot read config: no such file or directory" {
		t.Errorf("missing: %v", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "repo", ".errlint.yaml"), "disable: [rawstatus]\n")
	writeFile(t, filepath.Join(root, "repo", "svc", "inner", ".errlint.json"), `{"disable": ["unknowncode"]}`)
	deep := filepath.Join(root, "repo", "svc", "api", "v1")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := Find(deep)
	if err != nil || f == nil || f.Path != filepath.Join(root, "repo", ".errlint.yaml") {
		t.Fatalf("Find(deep) = %+v, %v", f, err)
	}
	f, err = Find(filepath.Join(root, "repo", "svc", "inner"))
	if err != nil || f == nil || !strings.HasSuffix(f.Path, filepath.Join("inner", ".errlint.json")) {
		t.Errorf("Find(inner) = %+v, %v", f, err)
	}
	if f, err := Find(root); f != nil || err != nil {
		t.Errorf("Find(root) = %+v, %v; want nil, nil", f, err)
	}

	// Two config files in one directory.
	two := filepath.Join(root, "two")
	writeFile(t, filepath.Join(two, ".errlint.yaml"), "")
	writeFile(t, filepath.Join(two, ".errlint.json"), "{}")
	_, err = Find(filepath.Join(two))
	if err == nil || err.Error() != two+": more than one config file: .errlint.yaml, .errlint.json (keep one)" {
		t.Errorf("two configs: %v", err)
	}

	// A new config file is seen once the lookup's time to live is over.
	old := findTTL
	findTTL = 0
	defer func() { findTTL = old }()
	writeFile(t, filepath.Join(root, "repo", "svc", ".errlint.yml"), "disable: [statusmismatch]\n")
	f, err = Find(deep)
	if err != nil || f == nil || !strings.HasSuffix(f.Path, filepath.Join("svc", ".errlint.yml")) {
		t.Errorf("after adding svc/.errlint.yml: %+v, %v", f, err)
	}
}

func TestResolve(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	writeFile(t, filepath.Join(repo, "errors.yaml"), "codes:\n  - {code: MINE, status: 418}\n")
	writeFile(t, filepath.Join(root, "flag.json"), `{"codes": [{"code": "FLAGGED", "status": 400}]}`)
	writeFile(t, filepath.Join(repo, ".errlint.yaml"), `catalog: errors.yaml
writers:
  - {func: example.com/x.Fail, status: 1, code: 2}
  - {func: example.com/x.Both, code: 0}
disable: [rawstatus]
`)
	pkg := filepath.Join(repo, "pkg")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(repo, ".errlint.yaml")

	// From the config file.
	s, err := Resolve(Overrides{}, pkg)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Catalog.Lookup("MINE"); !ok {
		t.Errorf("catalog %s", s.Catalog.Source)
	}
	if want := filepath.Join(repo, "errors.yaml") + " (from " + cfg + ")"; s.CatalogSource != want {
		t.Errorf("CatalogSource = %q, want %q", s.CatalogSource, want)
	}
	if s.ConfigPath != cfg || !s.Disabled["rawstatus"] || len(s.Disabled) != 1 || len(s.Writers) != 2 {
		t.Errorf("settings %+v", s)
	}
	if s2, _ := Resolve(Overrides{}, pkg); s2 != s {
		t.Error("Resolve does not cache")
	}

	// The flag wins; writers and disabled analyzers are joined.
	o := Overrides{
		Catalog: filepath.Join(root, "flag.json"),
		Writers: []Writer{{Func: "example.com/x.Both", Status: intp(0), Code: intp(1)}, {Func: "example.com/x.Extra", Code: intp(0)}},
		Disable: []string{"unknowncode"},
	}
	s, err = Resolve(o, pkg)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Catalog.Lookup("FLAGGED"); !ok || s.CatalogSource != filepath.Join(root, "flag.json")+" (flag)" {
		t.Errorf("flag catalog: %s, %q", s.Catalog.Source, s.CatalogSource)
	}
	var funcs []string
	for _, w := range s.Writers {
		funcs = append(funcs, w.String())
	}
	wantFuncs := []string{
		`{func: "example.com/x.Both", status: 0, code: 1}`,
		`{func: "example.com/x.Extra", code: 0}`,
		`{func: "example.com/x.Fail", status: 1, code: 2}`,
	}
	if !slices.Equal(funcs, wantFuncs) {
		t.Errorf("writers:\n%s\nwant:\n%s", strings.Join(funcs, "\n"), strings.Join(wantFuncs, "\n"))
	}
	if !s.Disabled["rawstatus"] || !s.Disabled["unknowncode"] || len(s.Disabled) != 2 {
		t.Errorf("Disabled = %v", s.Disabled)
	}
	o.CatalogOrigin = "golangci-lint setting"
	if s, _ := Resolve(o, pkg); !strings.HasSuffix(s.CatalogSource, " (golangci-lint setting)") {
		t.Errorf("CatalogSource = %q", s.CatalogSource)
	}

	// No config: the embedded default.
	s, err = Resolve(Overrides{}, root)
	if err != nil {
		t.Fatal(err)
	}
	if s.Catalog != catalog.Default() || s.ConfigPath != "" ||
		s.CatalogSource != "embedded default (pass -catalog or add .errlint.yaml to use yours)" {
		t.Errorf("default: %q %q", s.CatalogSource, s.ConfigPath)
	}

	// Bad overrides.
	if _, err := Resolve(Overrides{Disable: []string{"nope"}}, root); err == nil {
		t.Error("unknown analyzer in overrides accepted")
	}
	if _, err := Resolve(Overrides{Writers: []Writer{{Func: "F"}}}, root); err == nil {
		t.Error("bad writer in overrides accepted")
	}
	// A missing flag catalog.
	_, err = Resolve(Overrides{Catalog: filepath.Join(root, "nope.json")}, root)
	if err == nil || err.Error() != filepath.Join(root, "nope.json")+": cannot read catalog: no such file or directory" {
		t.Errorf("missing catalog: %v", err)
	}

	// A broken catalog named by the config comes back naming the catalog;
	// the change is seen without restarting.
	mt := time.Now().Add(time.Hour)
	writeFile(t, filepath.Join(repo, "errors.yaml"), "codes:\n  - {code: MINE, status: 999}\n")
	if err := os.Chtimes(filepath.Join(repo, "errors.yaml"), mt, mt); err != nil {
		t.Fatal(err)
	}
	_, err = Resolve(Overrides{}, pkg)
	if err == nil || err.Error() != filepath.Join(repo, "errors.yaml")+":2: status 999 is outside 100–599" {
		t.Errorf("broken catalog: %v", err)
	}
	// A broken config.
	writeFile(t, cfg, "catalogue: x\n")
	if err := os.Chtimes(cfg, mt, mt); err != nil {
		t.Fatal(err)
	}
	_, err = Resolve(Overrides{}, pkg)
	if err == nil || err.Error() != cfg+`:1: unknown key "catalogue"; did you mean "catalog"?` {
		t.Errorf("broken config: %v", err)
	}
}

// TestResolveMissingCatalog: a catalog file named by a configuration that
// does not exist is reported at the configuration's catalog line, which is
// what the user must fix (issue 11: it was reported without that line).
func TestResolveMissingCatalog(t *testing.T) {
	repo := t.TempDir()
	cfg := filepath.Join(repo, ".errlint.yaml")
	writeFile(t, cfg, "# the service's catalog\ndisable: [rawstatus]\ncatalog: api/errors.yaml\n")
	_, err := Resolve(Overrides{}, repo)
	if err == nil {
		t.Fatal("no error for a missing catalog")
	}
	want := cfg + ":3: catalog " + filepath.Join(repo, "api", "errors.yaml") + ": no such file or directory"
	if !strings.HasPrefix(err.Error(), want) || strings.Count(err.Error(), "\n") != 0 {
		t.Errorf("got %q, want it to start with %q", err, want)
	}
	// A catalog that exists but is bad is reported at its own lines.
	writeFile(t, filepath.Join(repo, "api", "errors.yaml"), "codes:\n  - {code: A, status: 400}\n  - {code: A, status: 404}\n")
	_, err = Resolve(Overrides{}, repo)
	if err == nil || !strings.HasPrefix(err.Error(), filepath.Join(repo, "api", "errors.yaml")+":3: ") {
		t.Errorf("bad catalog: got %v", err)
	}
}
