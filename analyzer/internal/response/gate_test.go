package response

import (
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestClientGate checks the client step's gate (mayHoldClientCode) on
// packages that reach the client side only through others
// (clientfacts/...): a predicate and a mapping in a package importing
// nothing, a client reaching net/http only through a request-making
// package's facts. Each passes; a package with nothing of the client
// side's is skipped. Their findings are pinned by the exitcode,
// retrydecision and unknowncode suites.
func TestClientGate(t *testing.T) {
	base := New(Options{})
	gate := *base
	gate.Name, gate.ResultType = "clientgate", reflect.TypeFor[bool]()
	gate.Run = func(pass *analysis.Pass) (any, error) {
		v, err := base.Run(pass) // the whole base, for the facts the dependents' gates read
		res, _ := v.(*Result)
		if err != nil || res == nil || res.et == nil {
			return false, err
		}
		c := &client{pass: pass, info: pass.TypesInfo, et: res.et, bound: &bindings{pass: pass}}
		return c.mayHoldClientCode(), nil
	}
	dir, err := filepath.Abs("../../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"clientfacts/plain":     false,
		"clientfacts/wire":      true, // a predicate and a mapping over a code parameter
		"clientfacts/policy":    true, // the same, naming no role
		"clientfacts/transport": true, // makes a request
		"clientfacts/decode":    true, // decodes a response's body
		"clientfacts/report":    true, // compares a body a callee decodes, by its fact
		"clientfacts/retry":     true, // calls the request-maker, by its fact
		"clientfacts/cli":       true, // exits
	}
	var pkgs []string
	for p := range want {
		pkgs = append(pkgs, p)
	}
	// The packages' want comments are the reporters'; only the gate's
	// results are checked here.
	results := analysistest.Run(ignoreWants{t}, dir, &gate, pkgs...)
	got := map[string]bool{}
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Pass.Pkg.Path(), r.Err)
		}
		got[r.Pass.Pkg.Path()], _ = r.Result.(bool)
	}
	for p, w := range want {
		if g, ok := got[p]; !ok || g != w {
			t.Errorf("%s: the client step runs: %v, want %v (analysed: %v)", p, g, w, ok)
		}
	}
}

// ignoreWants drops analysistest's complaints about want comments.
type ignoreWants struct{ t *testing.T }

func (ignoreWants) Errorf(string, ...any) {}
