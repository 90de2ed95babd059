package analyzer_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis/analysistest"
)

// quiet is an analysistest.Testing that drops the expectations' failures:
// the probe reports nothing, and the packages' // want comments are for
// the reporting analyzers.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

var descriptorTypes = []config.TypeRoles{
	{Type: "gocatalog/errcode.ErrorDescriptor", Code: "Value", Status: "HTTPStatusCode", Message: "Message"},
	{Type: "gocatalog/fosite.RFC6749Error", Code: "ErrorField", Status: "CodeField", Message: "DescriptionField"},
}

// TestProbeCandidates finds each of §5's four forms in the Go-catalog
// testdata, as errlint init names them.
func TestProbeCandidates(t *testing.T) {
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	p := analyzer.NewProbe(analyzer.ProbeOptions{Options: analyzer.Options{Overrides: config.Overrides{Catalog: config.EmbeddedCatalog, Types: descriptorTypes}}})
	analysistest.Run(quiet{}, dir, p.Analyzer, "gocatalog/...")
	got := map[string]int{}
	var shapes []string
	for _, r := range p.Reports() {
		for _, c := range r.Candidates {
			got[c.Decl.Flag()] += c.Entries
		}
		for _, st := range r.ShapeTypes {
			shapes = append(shapes, st.Name)
		}
	}
	for _, want := range []string{
		"var:gocatalog/minio.errorCodes",
		"func:gocatalog/errcode.Register:1",
		"type:gocatalog/fosite.RFC6749Error",
		"method:(gocatalog/s3.ErrorCode).Status",
	} {
		if got[want] < 2 {
			t.Errorf("candidate %s: %d entries (all: %v)", want, got[want], got)
		}
	}
	for flag := range got {
		if strings.Contains(flag, "handlers") || strings.Contains(flag, "unreached") {
			t.Errorf("candidate %s in a package that only uses a catalog", flag)
		}
	}
	// The descriptors named in types: are not "recognised by shape".
	if slices.Contains(shapes, "gocatalog/fosite.RFC6749Error") || slices.Contains(shapes, "gocatalog/errcode.ErrorDescriptor") {
		t.Errorf("a type named in types: listed as recognised by shape: %v", shapes)
	}
}

// TestProbeSnapshot reads one func declaration with its bound names, the
// way errlint catalog -go does.
func TestProbeSnapshot(t *testing.T) {
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	decl := config.GoCatalogDecl{Kind: config.GoFunc, Name: "gocatalog/errcode.Register", Arg: 1}
	p := analyzer.NewProbe(analyzer.ProbeOptions{
		Options:       analyzer.Options{Overrides: config.Overrides{Catalog: config.EmbeddedCatalog, Types: descriptorTypes}},
		ReadGoCatalog: []config.GoCatalogDecl{decl},
	})
	analysistest.Run(quiet{}, dir, p.Analyzer, "gocatalog/errcode", "gocatalog/v2")
	c, missing := p.GoCatalog([]config.GoCatalogDecl{decl})
	if c == nil || len(missing) > 0 {
		t.Fatalf("catalog %v, missing %v", c, missing)
	}
	if !strings.HasPrefix(c.Source, "go: gocatalog/errcode.Register (") {
		t.Errorf("source %q", c.Source)
	}
	e, ok := c.Lookup("BLOB_UNKNOWN")
	if !ok || !slices.Equal(e.Statuses, []int{404}) || !slices.Equal(e.Bound, []string{"gocatalog/v2.ErrorCodeBlobUnknown"}) {
		t.Errorf("BLOB_UNKNOWN: %+v", e)
	}
	e, ok = c.Lookup("UNKNOWN")
	if !ok || !slices.Equal(e.Bound, []string{"gocatalog/errcode.ErrorCodeUnknown"}) {
		t.Errorf("UNKNOWN: %+v", e)
	}
}
