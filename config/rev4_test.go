package config

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseRevision4 reads the keys revision 4 adds: returns, exit_codes,
// classes, catalog: none, and writer: N and carries: without code in
// writers.
func TestParseRevision4(t *testing.T) {
	src := `returns: "(example.com/web.HTTPErrorProcessor).HTTPError"
exit_codes: {auth: 3, quota: 4, timeout: 5, network: 6, dependency: 7}
classes:
  AUTH_REQUIRED: auth
  billing: quota
writers:
  - {func: example.com/svc/httpx.Unauthorized, writer: 0, carries: 401}
go_catalog:
  - {returns: "(example.com/web.Other).HTTPError"}
`
	f, err := Parse("/repo/.errlint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var decls []string
	for _, d := range f.GoCatalog {
		decls = append(decls, d.Flag())
	}
	if got := strings.Join(decls, " "); got != "returns:(example.com/web.HTTPErrorProcessor).HTTPError returns:(example.com/web.Other).HTTPError" {
		t.Errorf("returns: go_catalog %s", got)
	}
	if len(f.ExitCodes) != 5 || f.ExitCodes[0] != (ExitCode{Class: "auth", Code: 3, File: "/repo/.errlint.yaml", Line: 2}) {
		t.Errorf("exit_codes: %+v", f.ExitCodes)
	}
	if len(f.Classes) != 2 || f.Classes[1] != (ClassEntry{Key: "billing", Class: "quota", File: "/repo/.errlint.yaml", Line: 5}) {
		t.Errorf("classes: %+v", f.Classes)
	}
	if len(f.Writers) != 1 || f.Writers[0].String() != `{func: "example.com/svc/httpx.Unauthorized", carries: 401, writer: 0}` {
		t.Errorf("writers: %v", f.Writers)
	}
	if !f.SetsCatalog() {
		t.Error("returns: does not decide the catalog")
	}
	if d, err := ParseGoCatalogFlag("returns:(example.com/web.P).HTTPError"); err != nil || d.Kind != GoReturns {
		t.Errorf("returns as a -go flag: %+v, %v", d, err)
	}

	none, err := Parse("/repo/.errlint.yaml", []byte("catalog: none\n"))
	if err != nil || !none.NoCatalog || len(none.Catalogs) != 0 || !none.SetsCatalog() {
		t.Errorf("catalog: none: %+v, %v", none, err)
	}
}

// TestResolveRevision4: exit_codes and classes are directory-scoped (the
// nearest file that has the key decides), catalog: none gives no catalog,
// and a classes key naming both a code and a domain is an error at its line.
func TestResolveRevision4(t *testing.T) {
	repo := t.TempDir()
	files := map[string]string{
		"go.mod":               "module example.com/m\n",
		".errlint.yaml":        "catalog: errors.yaml\nexit_codes: {auth: 3, quota: 4}\nclasses: {AUTH_REQUIRED: auth, billing: quota, PAY: dependency}\n",
		"errors.yaml":          "codes:\n  - {code: AUTH_REQUIRED, status: 401, domain: auth}\n  - {code: PAY, status: 402, domain: billing}\n  - {code: auth, status: 401, domain: auth}\n",
		"cli/.errlint.yaml":    "exit_codes: {auth: 10}\n",
		"cli/x.go":             "package cli\n",
		"static/.errlint.yaml": "catalog: none\n",
		"static/x.go":          "package static\n",
		"bad/.errlint.yaml":    "catalog: ../errors.yaml\nclasses:\n  auth: timeout\n",
		"bad/x.go":             "package bad\n",
	}
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(repo, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(repo, name), content)
	}
	s, err := Resolve(Overrides{}, repo)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(s.ExitCodes, map[string]int{"auth": 3, "quota": 4}) {
		t.Errorf("root exit_codes: %v", s.ExitCodes)
	}
	if got := s.ClassOf("AUTH_REQUIRED", "auth"); got != "auth" {
		t.Errorf("ClassOf(AUTH_REQUIRED) = %q", got)
	}
	if got := s.ClassOf("PAY", "billing"); got != "dependency" {
		t.Errorf("a code entry beats its domain's: ClassOf(PAY) = %q", got)
	}
	if got := s.ClassOf("OTHER", "billing"); got != "quota" {
		t.Errorf("a domain entry: ClassOf(OTHER) = %q", got)
	}
	cli, err := Resolve(Overrides{}, filepath.Join(repo, "cli"))
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(cli.ExitCodes, map[string]int{"auth": 10}) || cli.ClassOf("PAY", "") != "dependency" {
		t.Errorf("cli: exit_codes %v, classes %v: the nearest file with the key decides", cli.ExitCodes, cli.Classes)
	}
	static, err := Resolve(Overrides{}, filepath.Join(repo, "static"))
	if err != nil {
		t.Fatal(err)
	}
	if !static.NoCatalog || static.Implicit || static.Catalog == nil || len(static.Catalog.Entries) != 0 {
		t.Errorf("catalog: none: %+v", static)
	}
	_, err = Resolve(Overrides{}, filepath.Join(repo, "bad"))
	want := filepath.Join(repo, "bad", ".errlint.yaml") + `:3: "auth" in classes is both a code and a domain of the catalog`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("classes key both a code and a domain: %v\nwant %s", err, want)
	}
}
