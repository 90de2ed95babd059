package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/config"
)

// The four forms of a catalog declared in Go (§5), each on code shaped like
// the services that use it: a map of descriptors (minio), register calls
// from another package (distribution), error variables of one type
// (fosite) and a Status() switch (gofakes3).

func TestGoCatalogVar(t *testing.T) {
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{
		GoCatalog: []config.GoCatalogDecl{{Kind: config.GoVar, Name: "gocatalog/minio.errorCodes"}},
		Types:     []config.TypeRoles{{Type: "gocatalog/minio/api.Response", Code: "Codes", Status: "Status"}},
	}})
	goldens.RunWithSuggestedFixes(t, combined(as), "gocatalog/minio/...")
}

func TestGoCatalogFunc(t *testing.T) {
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{
		GoCatalog: []config.GoCatalogDecl{{Kind: config.GoFunc, Name: "gocatalog/errcode.Register", Arg: 1}},
		Types:     []config.TypeRoles{{Type: "gocatalog/errcode.ErrorDescriptor", Code: "Value", Status: "HTTPStatusCode", Message: "Message"}},
	}})
	goldens.RunWithSuggestedFixes(t, combined(as), "gocatalog/errcode", "gocatalog/v2", "gocatalog/handlers")
}

func TestGoCatalogType(t *testing.T) {
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{
		GoCatalog: []config.GoCatalogDecl{{Kind: config.GoType, Name: "gocatalog/fosite.RFC6749Error"}},
		Types:     []config.TypeRoles{{Type: "gocatalog/fosite.RFC6749Error", Code: "ErrorField", Status: "CodeField", Message: "DescriptionField"}},
	}})
	goldens.RunWithSuggestedFixes(t, combined(as), "gocatalog/fosite")
}

func TestGoCatalogMethod(t *testing.T) {
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{
		GoCatalog: []config.GoCatalogDecl{{Kind: config.GoMethod, Name: "(gocatalog/s3.ErrorCode).Status"}},
	}})
	goldens.RunWithSuggestedFixes(t, combined(as), "gocatalog/s3")
}

// TestGoCatalogUnreached checks a package that reaches none of the
// declarations its configuration names: no catalog is in effect there.
func TestGoCatalogUnreached(t *testing.T) {
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{
		GoCatalog: []config.GoCatalogDecl{{Kind: config.GoVar, Name: "gocatalog/minio.errorCodes"}},
	}})
	goldens.RunWithSuggestedFixes(t, combined(as), "gocatalog/unreached")
}

// TestSnapshotBound checks a catalog file whose entries bind a
// dependency's identifiers (a snapshot, §5): with no go_catalog, the
// identifiers stand for their codes where they are written.
func TestSnapshotBound(t *testing.T) {
	cat, err := filepath.Abs("../testdata/src/snapshot/snapshot.yaml")
	if err != nil {
		t.Fatal(err)
	}
	as := analyzer.New(analyzer.Options{Overrides: config.Overrides{Catalog: cat}})
	goldens.RunWithSuggestedFixes(t, combined(as), "snapshot")
}
