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
	two, one, zero := 2, 1, 0
	for _, tc := range []struct {
		name     string
		settings any
		want     config.Overrides
	}{
		{"none", nil, config.Overrides{}},
		{"empty", map[string]any{}, config.Overrides{}},
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
			config.Overrides{
				Catalog: filepath.Join(dir, "errors.json"),
				Writers: []analyzerWriter{
					{Func: "example.com/svc/httpx.Fail", Status: &one, Code: &two},
					{Func: "(*example.com/svc/httpx.Responder).Fail", Code: &two},
					{Func: "(example.com/svc/httpx.R).Status", Status: &one},
				},
				Disable:       []string{"rawstatus", "statusmismatch"},
				CatalogOrigin: "golangci-lint setting",
			},
		},
		{
			"revision 3",
			map[string]any{
				"catalog": "embedded",
				"go_catalog": []any{
					map[string]any{"var": "example.com/svc/apierr.codes"},
					map[string]any{"func": "example.com/svc/errcode.register", "arg": 1},
					map[string]any{"method": "(example.com/svc/apierr.Code).Status"},
				},
				"writers": []any{
					map[string]any{"func": "example.com/dep/errors.NotFound", "code": 0, "carries": 404},
					map[string]any{"func": "example.com/svc/httpx.JSON", "status": 1, "body": 2},
				},
				"types": []any{
					map[string]any{"type": "example.com/svc/apierr.APIError", "code": "Code", "status": "HTTPStatusCode", "ok": "OK", "retryable": "Retry", "message": "Description"},
				},
				"ignore_types": []any{"example.com/svc/store.Coupon"},
			},
			config.Overrides{
				Catalog: "embedded",
				GoCatalog: []config.GoCatalogDecl{
					{Kind: "var", Name: "example.com/svc/apierr.codes"},
					{Kind: "func", Name: "example.com/svc/errcode.register", Arg: 1},
					{Kind: "method", Name: "(example.com/svc/apierr.Code).Status"},
				},
				Writers: []analyzerWriter{
					{Func: "example.com/dep/errors.NotFound", Code: &zero, Carries: 404},
					{Func: "example.com/svc/httpx.JSON", Status: &one, Body: &two},
				},
				Types:         []config.TypeRoles{{Type: "example.com/svc/apierr.APIError", Code: "Code", Status: "HTTPStatusCode", OK: "OK", Retryable: "Retry", Message: "Description"}},
				IgnoreTypes:   []string{"example.com/svc/store.Coupon"},
				CatalogOrigin: "golangci-lint setting",
			},
		},
		{
			// YAML decoders that produce map[any]any.
			"yaml maps",
			map[any]any{"writers": []any{map[any]any{"func": "a.b/c.F", "code": 1}}},
			config.Overrides{Writers: []analyzerWriter{{Func: "a.b/c.F", Code: &one}}},
		},
		{
			"revision 4",
			map[string]any{
				"returns": "(example.com/web.P).HTTPError",
				"writers": []any{map[string]any{"func": "example.com/svc/httpx.Unauthorized", "writer": 0, "carries": 401}},
			},
			config.Overrides{
				GoCatalog:     []config.GoCatalogDecl{{Kind: "returns", Name: "(example.com/web.P).HTTPError"}},
				Writers:       []analyzerWriter{{Func: "example.com/svc/httpx.Unauthorized", Writer: &zero, Carries: 401}},
				CatalogOrigin: "golangci-lint setting",
			},
		},
		{"catalog absolute", map[string]any{"catalog": filepath.Join(dir, "errors.json")}, config.Overrides{Catalog: filepath.Join(dir, "errors.json"), CatalogOrigin: "golangci-lint setting"}},
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
		{"not a mapping", []any{"catalog"}, `the settings are a mapping with the keys catalog, go_catalog, returns, writers, types, ignore_types, disable, not a list`},
		{"unknown key", map[string]any{"catalgo": "x.json"}, `catalgo: unknown key "catalgo"; did you mean "catalog"?`},
		{"per-analyzer toggle", map[string]any{"rawstatus": false}, `rawstatus: unknown key "rawstatus" (known: catalog, go_catalog, returns, writers, types, ignore_types, disable); to turn rawstatus off, write disable: [rawstatus]`},
		{"catalog type", map[string]any{"catalog": 3}, `catalog: "catalog" must be a file name, a list of file names or "embedded", not an integer`},
		{"catalog missing", map[string]any{"catalog": "nope.yaml"}, filepath.Join(dir, "nope.yaml") + ": no such file (a relative path is relative to the directory golangci-lint runs in, or to a parent directory up to the module root)"},
		{"catalog directory", map[string]any{"catalog": "sub"}, "is a directory"},
		{"catalog invalid", map[string]any{"catalog": "bad.json"}, "catalog: " + filepath.Join(dir, "bad.json") + ":1:"},
		{"writers map", map[string]any{"writers": map[string]any{"a.b/c.f": map[string]any{"status": 1}}}, `writers: "writers" must be a list of {func, status, code, body, carries, writer} mappings, not a mapping`},
		{"writer not mapping", map[string]any{"writers": []any{"a.b/c.F"}}, `writers[0]: a writer must be a mapping with the keys func, status, code, body, carries, writer, not a string`},
		{"writer unknown key", w(map[string]any{"func": "a.b/c.F", "stauts": 1}), `writers[0].stauts: unknown key "stauts" in a writer; did you mean "status"?`},
		{"writer no func", w(map[string]any{"status": 1}), `writers[0]: a writer needs "func"`},
		{"writer bad func", w(map[string]any{"func": "Fail", "status": 1}), `writers[0]: "func" "Fail" is not a full function name`},
		{"writer func spaces", w(map[string]any{"func": "a.b/c. F", "status": 1}), `is not a full function name`},
		{"writer no index", w(map[string]any{"func": "a.b/c.F"}), `writers[0]: a writer needs "status", "code", "body" or "carries"`},
		{"writer status string", w(map[string]any{"func": "a.b/c.F", "status": "1"}), `writers[0].status: "status" must be a parameter index (0 or more), not a string`},
		{"writer code float", w(map[string]any{"func": "a.b/c.F", "code": 1.5}), `writers[0].code: "code" must be a parameter index (0 or more), not a number`},
		{"writer negative", w(map[string]any{"func": "a.b/c.F", "status": -1}), `writers[0].status: "status" must be a parameter index (0 or more), not -1`},
		{"writer same index", w(map[string]any{"func": "a.b/c.F", "status": 1, "code": 1}), `"status" and "code" are both parameter 1`},
		{
			"writer duplicate",
			map[string]any{"writers": []any{
				map[string]any{"func": "a.b/c.F", "status": 1},
				map[string]any{"func": "a.b/c.F", "code": 2},
			}},
			`writers[1]: duplicate writer "a.b/c.F" (first at writers[0])`,
		},
		{"disable unknown", map[string]any{"disable": []any{"rawstatus", "nilness"}}, `disable[1]: unknown analyzer "nilness" (known: rawstatus, unknowncode, statusmismatch, authchallenge, retryafter, envelope, exitcode, retrydecision, ignoredirective)`},
		{"disable not list", map[string]any{"disable": "rawstatus"}, `disable: "disable" must be a list of analyzer names, not a string`},
		{"disable entry not string", map[string]any{"disable": []any{1}}, `disable[0]: an analyzer name must be a string, not an integer`},
		{"yaml non-string key", map[any]any{1: "x"}, "key 1 is not a string"},
		{"writer carries and status", w(map[string]any{"func": "a.b/c.F", "status": 1, "code": 0, "carries": 404}), `"carries" and "status" exclude each other`},
		{"writer carries range", w(map[string]any{"func": "a.b/c.F", "code": 0, "carries": 42}), `"carries" must be an HTTP status (100–599), not 42`},
		{"writer body same", w(map[string]any{"func": "a.b/c.F", "code": 0, "body": 0}), `writers[0]: "code" and "body" are both parameter 0`},
		{"types not list", map[string]any{"types": "x"}, `types: "types" must be a list of {type, code, status, ok, retryable, message} mappings, not a string`},
		{"type unknown key", map[string]any{"types": []any{map[string]any{"type": "a.b/c.E", "code": "Code", "stauts": "S"}}}, `types[0].stauts: unknown key "stauts" in a type; did you mean "status"?`},
		{"type no code", map[string]any{"types": []any{map[string]any{"type": "a.b/c.E"}}}, `types[0]: a type needs "code"`},
		{"type bad name", map[string]any{"types": []any{map[string]any{"type": "E", "code": "Code"}}}, `types[0]: "type" "E" is not a full type name`},
		{"type duplicate", map[string]any{"types": []any{map[string]any{"type": "a.b/c.E", "code": "Code"}, map[string]any{"type": "a.b/c.E", "code": "C"}}}, `types[1]: duplicate type "a.b/c.E" (first at types[0])`},
		{"ignore_types bad", map[string]any{"ignore_types": []any{"Coupon"}}, `ignore_types[0]: "ignore_types" "Coupon" is not a full type name`},
		{"ignore_types and types", map[string]any{"types": []any{map[string]any{"type": "a.b/c.E", "code": "Code"}}, "ignore_types": []any{"a.b/c.E"}}, `ignore_types[0]: type "a.b/c.E" is in both types (types[0]) and ignore_types (ignore_types[0])`},
		{"go_catalog none", map[string]any{"go_catalog": []any{map[string]any{"arg": 1}}}, `go_catalog[0]: a go_catalog entry needs one of var, func, type, method, returns`},
		{"go_catalog two", map[string]any{"go_catalog": []any{map[string]any{"var": "a.b/c.x", "type": "a.b/c.T"}}}, `go_catalog[0]: a go_catalog entry names one declaration, not type and var`},
		{"go_catalog arg", map[string]any{"go_catalog": []any{map[string]any{"var": "a.b/c.x", "arg": 1}}}, `go_catalog[0]: "arg" is only for "func"`},
		{"go_catalog bad name", map[string]any{"go_catalog": []any{map[string]any{"method": "a.b/c.T.Status"}}}, `"method" "a.b/c.T.Status" is not a full method name`},
		{"go_catalog unknown key", map[string]any{"go_catalog": []any{map[string]any{"const": "a.b/c.X"}}}, `go_catalog[0].const: unknown key "const" in a go_catalog entry (known: var, func, type, method, returns, arg)`},
		// Revision 4: the walk of an .errlint.yaml, so the same keys and words.
		{"ignore_types duplicate", map[string]any{"ignore_types": []any{"a.b/c.E", "a.b/c.E"}}, `ignore_types[1]: duplicate ignore_types entry "a.b/c.E" (first at ignore_types[0])`},
		{"writer status like a status", w(map[string]any{"func": "a.b/c.F", "status": 404, "code": 1}), `writers[0]: "status" is a parameter index (0-based), and 404 looks like an HTTP status: for a writer that always sends 404, write carries: 404`},
		{"exit_codes is directory-scoped", map[string]any{"exit_codes": map[string]any{"auth": 3}}, `exit_codes: unknown key "exit_codes" (known: catalog, go_catalog, returns, writers, types, ignore_types, disable)`},
		{"catalog none", map[string]any{"catalog": "none"}, `catalog: "none" is written in an .errlint.yaml`},
		{"returns bad", map[string]any{"returns": []any{"a.b/c.F"}}, `returns[0]: "returns" "a.b/c.F" is not a full method name`},
		{"key case", map[string]any{"Writers": []any{map[string]any{"Func": "a.b/c.F", "Stauts": 1}}}, `Writers[0].Stauts: unknown key "Stauts" in a writer; did you mean "status"?`},
		{"go_catalog duplicate", map[string]any{"go_catalog": []any{map[string]any{"var": "a.b/c.x"}, map[string]any{"var": "a.b/c.x"}}}, `go_catalog[1]: duplicate go_catalog entry var "a.b/c.x" (first at go_catalog[0])`},
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

func equalOptions(a, b config.Overrides) bool { return show(a) == show(b) }

// show prints overrides with the writers' indices dereferenced.
func show(o config.Overrides) string {
	var ws, ts, gs []string
	for _, w := range o.Writers {
		ws = append(ws, w.String())
	}
	for _, t := range o.Types {
		ts = append(ts, t.String())
	}
	for _, d := range o.GoCatalog {
		gs = append(gs, d.String())
	}
	return fmt.Sprintf("{Catalog:%q Origin:%q GoCatalog:%v Writers:%v Types:%v IgnoreTypes:%q Disable:%q}", o.Catalog, o.CatalogOrigin, gs, ws, ts, o.IgnoreTypes, o.Disable)
}

func TestCatalogInParent(t *testing.T) {
	dir := inTempDir(t)
	sub := filepath.Join(dir, "svc", "api")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/svc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	o, err := decode(map[string]any{"catalog": "errors.json"})
	if err != nil || o.Catalog != filepath.Join(dir, "errors.json") {
		t.Errorf("catalog in the module root: %q, %v", o.Catalog, err)
	}
	// Not above the module root.
	if err := os.WriteFile(filepath.Join(dir, "svc", "go.mod"), []byte("module example.com/svc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := decode(map[string]any{"catalog": "errors.json"}); err == nil || !strings.Contains(err.Error(), filepath.Join(sub, "errors.json")+": no such file") {
		t.Errorf("catalog above the module root: %v", err)
	}
}

// TestBuildAnalyzersPassesModuleKeys checks that types, ignore_types and
// go_catalog reach the analyzers (the suite's options are the overrides).
func TestBuildAnalyzersPassesModuleKeys(t *testing.T) {
	p, err := New(map[string]any{
		"types":        []any{map[string]any{"type": "a.b/c.E", "code": "Code"}},
		"ignore_types": []any{"a.b/c.F"},
	})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.(*plugin).BuildAnalyzers()
	if err != nil || len(as) == 0 {
		t.Fatalf("BuildAnalyzers: %v, %d analyzers", err, len(as))
	}
	o := p.(*plugin).overrides
	if len(o.Types) != 1 || o.Types[0].Type != "a.b/c.E" || len(o.IgnoreTypes) != 1 {
		t.Errorf("overrides = %+v", o)
	}
}

// TestNewChecksConfiguration checks that loading the plugin validates the
// module's configuration files and their catalogs, so that a bad one stops
// a golangci-lint run whose results are cached.
func TestNewChecksConfiguration(t *testing.T) {
	dir := inTempDir(t)
	write := func(name, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/svc\n")
	write("api/.errlint.yaml", "catalog: ../errors.json\n")
	if _, err := New(nil); err != nil {
		t.Fatalf("a good configuration: %v", err)
	}

	write("api/.errlint.yaml", "catalog: ../errors.json\ncatalgo: x\n")
	_, err := New(nil)
	if want := filepath.Join(dir, "api", ".errlint.yaml") + `:2: unknown key "catalgo"`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("a bad config: error %v, want one containing %s", err, want)
	}

	write("api/.errlint.yaml", "catalog: codes.yaml\n")
	write("api/codes.yaml", "codes:\n  - {code: DUP, status: 400}\n  - {code: DUP, status: 401}\n")
	_, err = New(nil)
	if want := filepath.Join(dir, "api", "codes.yaml") + `:3: duplicate code "DUP"`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("a bad catalog: error %v, want one containing %s", err, want)
	}
	// The catalog setting wins over the config's: its catalog is not read.
	if _, err := New(map[string]any{"catalog": "errors.json"}); err != nil {
		t.Errorf("a bad catalog the setting overrides: %v", err)
	}
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
