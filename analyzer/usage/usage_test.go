package usage_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/analyzer/usage"
)

// A module sending known and unknown codes through a writer, a map body
// and an error type; one of them silenced for unknowncode, one not a
// constant.
var module = map[string]string{
	"go.mod":        "module example.com/u\n\ngo 1.22\n",
	".errlint.yaml": "disable: []\n", // the embedded default catalog
	"api/api.go": `package api

import (
	"encoding/json"
	"net/http"
)

type APIError struct {
	Status int    ` + "`json:\"-\"`" + `
	Code   string ` + "`json:\"code\"`" + `
}

func (e *APIError) Error() string { return e.Code }

func fail(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": code})
}

const limited = "RATE_LIMITED"

func H(w http.ResponseWriter, r *http.Request, s int, c string) error {
	fail(w, http.StatusTooManyRequests, limited)
	fail(w, http.StatusServiceUnavailable, "RATE_LIMIT")
	fail(w, s, "NOT_A_CODE")
	fail(w, http.StatusNotFound, c)
	//errlint:ignore unknowncode legacy clients read it
	fail(w, http.StatusNotFound, "LEGACY_MISSING")
	return &APIError{Status: http.StatusConflict, Code: "CONFLICT"}
}
`,
	"api/ints.go": `package api

import "net/http"

// intError keeps integer codes: a place shows them as numbers.
type intError struct {
	Status int ` + "`json:\"-\"`" + `
	Code   int ` + "`json:\"code\"`" + `
}

func (e *intError) Error() string { return "int" }

func I() error { return &intError{Status: http.StatusBadRequest, Code: 40001} }
`,
}

// TestAgreesWithUnknowncode: the places usage marks unknown are exactly
// where unknowncode reports, plus the ones an //errlint:ignore silences.
func TestAgreesWithUnknowncode(t *testing.T) {
	dir := t.TempDir()
	for name, content := range module {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d package errors", n)
	}
	// Two runs: the usage analyzer and the suite each have a base of their
	// own, whose fact types may not meet in one run.
	u := usage.New("", false)
	graph, err := checker.Analyze([]*analysis.Analyzer{u}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var places []string
	notConst := 0
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act.Analyzer.Name, act.Err)
		}
		v := act.Result.(*usage.Usage)
		if v.Catalog == nil || v.Catalog.Source != "embedded default" {
			t.Errorf("catalog %v, want the embedded default", v.Catalog)
		}
		notConst += v.NotConstant
		for _, p := range v.Places {
			place := fmt.Sprintf("%d:%s:%d:%v", act.Package.Fset.Position(p.Pos).Line, p.Code, p.Status, p.Known)
			if p.Int {
				place += ":int"
			}
			places = append(places, place)
		}
	}

	pkgs, err = packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	var reported []string
	suite := analyzer.New(analyzer.Options{})
	graph, err = checker.Analyze(suite, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range graph.Roots {
		if act.Analyzer.Name != "unknowncode" {
			continue
		}
		if act.Err != nil {
			t.Fatalf("%s: %v", act.Analyzer.Name, act.Err)
		}
		for _, d := range act.Diagnostics {
			reported = append(reported, fmt.Sprint(act.Package.Fset.Position(d.Pos).Line))
		}
	}
	slices.Sort(reported)

	wantPlaces := []string{
		"13:40001:400:false:int",
		"23:RATE_LIMITED:429:true",
		"24:RATE_LIMIT:503:false",
		"25:NOT_A_CODE:0:false",
		"28:LEGACY_MISSING:404:false",
		"29:CONFLICT:409:true",
	}
	slices.Sort(places)
	if !slices.Equal(places, wantPlaces) {
		t.Errorf("places\n%q\nwant\n%q", places, wantPlaces)
	}
	if want := []string{"13", "24", "25"}; !slices.Equal(reported, want) {
		t.Errorf("unknowncode reported on lines %v, want %v", reported, want)
	}
	// fail's own code parameter and H's c are code positions without a constant.
	if notConst != 2 {
		t.Errorf("NotConstant = %d, want 2", notConst)
	}
}
