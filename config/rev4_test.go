package config

import (
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
	if len(f.ExitCodes) != 5 || f.ExitCodes["auth"] != 3 || f.ClientKeys.ClassOf("AUTH_REQUIRED", "") != "auth" || f.ClientKeys.ClassOf("X", "billing") != "quota" {
		t.Errorf("exit_codes %v, classes %v", f.ExitCodes, f.Classes)
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

// TestResolveNoCatalog: catalog: none gives no catalog, not the implicit default.
func TestResolveNoCatalog(t *testing.T) {
	repo := t.TempDir()
	writeFile(t, filepath.Join(repo, "go.mod"), "module example.com/m\n")
	writeFile(t, filepath.Join(repo, ".errlint.yaml"), "catalog: none\n")
	s, err := Resolve(Overrides{}, repo)
	if err != nil {
		t.Fatal(err)
	}
	if !s.NoCatalog || s.Implicit || s.Catalog != nil && len(s.Catalog.Entries) != 0 {
		t.Errorf("catalog: none: %+v", s)
	}
}
