package golangci

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/config"
)

const smallCatalog = `{"codes": [{"code": "RATE_LIMITED", "status": 429, "domain": "common", "retryable": true, "message": "Rate limit exceeded."}]}`

// inTempDir runs the test in a fresh directory holding errors.json.
func inTempDir(t *testing.T) string {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "errors.json"), []byte(smallCatalog), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("errlint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatalf("no settings: %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	for _, want := range analyzer.Names {
		if !slices.Contains(names, want) {
			t.Errorf("BuildAnalyzers() = %v, missing %s", names, want)
		}
	}
}

func TestDecode(t *testing.T) {
	dir := inTempDir(t)
	two, one := 2, 1
	for _, tc := range []struct {
		name     string
		settings any
		want     analyzer.Options
	}{
		{"none", nil, analyzer.Options{}},
		{"empty", map[string]any{}, analyzer.Options{}},
		{
			"everything",
			map[string]any{
				"catalog": "errors.json",
				"writers": []any{
					map[string]any{"func": "example.com/svc/httpx.Fail", "status": 1, "code": 2},
					map[string]any{"func": "(*example.com/svc/httpx.Responder).Fail", "code": 2},
					map[string]any{"func": "(example.com/svc/httpx.R).Status", "status": 1},
				},
				"disable": []any{"rawstatus", "statusmismatch", "rawstatus"},
			},
			analyzer.Options{
				Catalog: filepath.Join(dir, "errors.json"),
				Writers: []analyzerWriter{
					{Func: "example.com/svc/httpx.Fail", Status: &one, Code: &two},
					{Func: "(*example.com/svc/httpx.Responder).Fail", Code: &two},
					{Func: "(example.com/svc/httpx.R).Status", Status: &one},
				},
				Disable: []string{"rawstatus", "statusmismatch"},
			},
		},
		{
			// YAML decoders that produce map[any]any.
			"yaml maps",
			map[any]any{"writers": []any{map[any]any{"func": "a.b/c.F", "code": 1}}},
			analyzer.Options{Writers: []analyzerWriter{{Func: "a.b/c.F", Code: &one}}},
		},
		{"catalog absolute", map[string]any{"catalog": filepath.Join(dir, "errors.json")}, analyzer.Options{Catalog: filepath.Join(dir, "errors.json")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decode(tc.settings)
			if err != nil {
				t.Fatal(err)
			}
			if !equalOptions(got, tc.want) {
				t.Errorf("decode() = %s, want %s", show(got), show(tc.want))
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	dir := inTempDir(t)
	if err := os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"codes": [{"code": "X", "status": 1000}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	w := func(m map[string]any) map[string]any { return map[string]any{"writers": []any{m}} }
	for _, tc := range []struct {
		name     string
		settings any
		want     string // substring of the error
	}{
		{"not a mapping", []any{"catalog"}, "want a mapping with keys catalog, writers, disable, got a list"},
		{"unknown key", map[string]any{"catalgo": "x.json"}, `unknown key "catalgo" (known keys: catalog, writers, disable)`},
		{"per-analyzer toggle", map[string]any{"rawstatus": false}, `unknown key "rawstatus" (known keys: catalog, writers, disable); to turn rawstatus off, write disable: [rawstatus]`},
		{"catalog type", map[string]any{"catalog": 3}, "catalog: want a string, got number"},
		{"catalog missing", map[string]any{"catalog": "nope.yaml"}, filepath.Join(dir, "nope.yaml") + ": no such file (a relative path is relative to the directory golangci-lint runs in, or to its nearest parent directory holding it, up to the module root)"},
		{"catalog directory", map[string]any{"catalog": "sub"}, "is a directory"},
		{"catalog invalid", map[string]any{"catalog": "bad.json"}, "catalog: " + filepath.Join(dir, "bad.json") + ":1:"},
		{"writers map", map[string]any{"writers": map[string]any{"a.b/c.f": map[string]any{"status": 1}}}, "writers: want a list, got object"},
		{"writer not mapping", map[string]any{"writers": []any{"a.b/c.F"}}, "writers[0]: want a mapping with keys func, status, code, got a string"},
		{"writer unknown key", w(map[string]any{"func": "a.b/c.F", "stauts": 1}), `writers[0]: unknown key "stauts" (known keys: func, status, code)`},
		{"writer no func", w(map[string]any{"status": 1}), "writers[0].func: missing"},
		{"writer bad func", w(map[string]any{"func": "Fail", "status": 1}), `writers[0]: writer {func: "Fail", status: 1}: "func" "Fail" is not a full function name`},
		{"writer func spaces", w(map[string]any{"func": "a.b/c. F", "status": 1}), `is not a full function name`},
		{"writer no index", w(map[string]any{"func": "a.b/c.F"}), "writers[0]: give status and/or code"},
		{"writer status string", w(map[string]any{"func": "a.b/c.F", "status": "1"}), "writers[0].status: want an integer, got string"},
		{"writer code float", w(map[string]any{"func": "a.b/c.F", "code": 1.5}), "writers[0].code: want an integer, got number 1.5"},
		{"writer negative", w(map[string]any{"func": "a.b/c.F", "status": -1}), "writers[0].status: -1 is negative"},
		{"writer same index", w(map[string]any{"func": "a.b/c.F", "status": 1, "code": 1}), "writers[0]: status and code are both parameter 1"},
		{
			"writer duplicate",
			map[string]any{"writers": []any{
				map[string]any{"func": "a.b/c.F", "status": 1},
				map[string]any{"func": "a.b/c.F", "code": 2},
			}},
			`writers[1].func: "a.b/c.F" is already listed at writers[0]`,
		},
		{"disable unknown", map[string]any{"disable": []any{"rawstatus", "nilness"}}, `disable[1]: unknown analyzer "nilness" (known: rawstatus, unknowncode, statusmismatch, ignoredirective)`},
		{"disable not list", map[string]any{"disable": "rawstatus"}, "disable: want a list of strings, got string"},
		{"disable entry not string", map[string]any{"disable": []any{1}}, "disable: want a list of analyzer names, got number in it"},
		{"yaml non-string key", map[any]any{1: "x"}, "key 1 is not a string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(tc.settings)
			if err == nil {
				t.Fatalf("New(%v) = %v, want an error containing %q", tc.settings, p, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "errlint settings: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New(%v) error:\n%v\nwant it to start with \"errlint settings: \" and contain\n%s", tc.settings, err, tc.want)
			}
		})
	}
}

type analyzerWriter = config.Writer

func equalOptions(a, b analyzer.Options) bool { return show(a) == show(b) }

// show prints options with the writers' indices dereferenced.
func show(o analyzer.Options) string {
	idx := func(p *int) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	var ws []string
	for _, w := range o.Writers {
		ws = append(ws, fmt.Sprintf("{%s status=%s code=%s}", w.Func, idx(w.Status), idx(w.Code)))
	}
	return fmt.Sprintf("{Catalog:%q Writers:%v Disable:%q}", o.Catalog, ws, o.Disable)
}

// TestCatalogFromSubdirectory: a relative catalog setting is found from a
// subdirectory in its nearest parent holding it, up to the module root
// (issue 11: every run from a subdirectory failed).
func TestCatalogFromSubdirectory(t *testing.T) {
	outer := t.TempDir()
	root := filepath.Join(outer, "mod")
	sub := filepath.Join(root, "api", "users")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	codes := `{"codes": [{"code": "A", "status": 400}]}`
	for name, content := range map[string]string{
		filepath.Join(root, "go.mod"):               "module m\n",
		filepath.Join(root, "errors.json"):          codes,
		filepath.Join(root, "api", "errors.json"):   codes, // nearer: wins from api/users
		filepath.Join(outer, "outside.json"):        codes, // above the module root: never
		filepath.Join(root, "api", "users", "x.go"): "package users\n",
	} {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ path, wd, want string }{
		{"errors.json", root, filepath.Join(root, "errors.json")},
		{"errors.json", sub, filepath.Join(root, "api", "errors.json")},
		{"api/errors.json", sub, filepath.Join(root, "api", "errors.json")},
		{"api/errors.json", root, filepath.Join(root, "api", "errors.json")},
	} {
		got, err := resolveCatalogFrom(tc.path, tc.wd)
		if err != nil || got != tc.want {
			t.Errorf("%s from %s: got %q, %v; want %q", tc.path, tc.wd, got, err, tc.want)
		}
	}
	if _, err := resolveCatalogFrom("outside.json", sub); err == nil || !strings.Contains(err.Error(), filepath.Join(sub, "outside.json")+": no such file") {
		t.Errorf("a file above the module root: got %v", err)
	}
}
