package response

import (
	"go/constant"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestPositionsResolve checks that every entry of the table of positions
// names a function of the framework stubs (and net/http) with an integer
// status parameter and a body parameter where the entry says, that every
// accessor returns a ResponseWriter, and that statusNames agrees with
// net/http.
func TestPositionsResolve(t *testing.T) {
	check := &analysis.Analyzer{
		Name: "positions",
		Doc:  "check the table of positions",
		Run: func(pass *analysis.Pass) (any, error) {
			funcs := map[string]*types.Func{}
			tns := map[string]*types.TypeName{}
			for _, p := range pass.Pkg.Imports() {
				collect(p, funcs, tns)
			}
			for name, pos := range positions {
				fn, ok := funcs[name]
				if !ok {
					t.Errorf("%s: no such function in the stubs", name)
					continue
				}
				checkPosition(t, fn, pos)
			}
			for name := range accessors {
				fn, ok := funcs[name]
				if !ok {
					t.Errorf("%s: no such accessor in the stubs", name)
					continue
				}
				sig := fn.Type().(*types.Signature)
				if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isResponseWriter(sig.Results().At(0).Type()) {
					t.Errorf("%s: not func() returning a ResponseWriter", name)
				}
			}
			for name := range writerUsers {
				if _, ok := funcs[name]; !ok {
					t.Errorf("%s: no such writer user in the stubs", name)
				}
			}
			for name := range contexts {
				if _, ok := tns[name]; !ok {
					t.Errorf("%s: no such context type in the stubs", name)
				}
			}
			for name := range recordingWriters {
				if tn, ok := tns[name]; !ok || !isResponseWriter(tn.Type()) {
					t.Errorf("%s: no such writer type in the stubs", name)
				}
			}
			for name, lp := range literalPositions {
				tn, ok := tns[name]
				if !ok {
					t.Errorf("%s: no such type in the stubs", name)
					continue
				}
				checkLiteral(t, tn, lp)
			}
			var http *types.Package
			for _, p := range pass.Pkg.Imports() {
				if p.Path() == netHTTP {
					http = p
				}
			}
			if http == nil {
				t.Fatal("net/http not imported")
			}
			for status, name := range statusNames {
				c, ok := http.Scope().Lookup(name).(*types.Const)
				if !ok {
					t.Errorf("net/http has no constant %s", name)
					continue
				}
				if v, ok := constant.Int64Val(c.Val()); !ok || int(v) != status {
					t.Errorf("http.%s = %s, table says %d", name, c.Val(), status)
				}
			}
			for _, name := range http.Scope().Names() {
				if c, ok := http.Scope().Lookup(name).(*types.Const); ok && strings.HasPrefix(name, "Status") {
					v, _ := constant.Int64Val(c.Val())
					if got, ok := statusNames[int(v)]; !ok {
						t.Errorf("statusNames lacks %d (http.%s)", v, name)
					} else if got != name {
						t.Logf("%d: table has %s, net/http also has %s", v, got, name)
					}
				}
			}
			return nil, nil
		},
	}
	dir, err := filepath.Abs("../../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, check, "positions")
}

// collect records the functions and methods of p by full name, and its
// type names by path.name.
func collect(p *types.Package, funcs map[string]*types.Func, tns map[string]*types.TypeName) {
	scope := p.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			funcs[obj.FullName()] = obj
		case *types.TypeName:
			tns[p.Path()+"."+name] = obj
			t := obj.Type()
			for _, typ := range []types.Type{t, types.NewPointer(t)} {
				ms := types.NewMethodSet(typ)
				for i := range ms.Len() {
					if fn, ok := ms.At(i).Obj().(*types.Func); ok {
						funcs[fn.FullName()] = fn
					}
				}
			}
		}
	}
}

func checkPosition(t *testing.T, fn *types.Func, pos position) {
	t.Helper()
	sig := fn.Type().(*types.Signature)
	switch {
	case pos.writer == onReceiver || pos.writer == onHeader:
		if sig.Recv() == nil {
			t.Errorf("%s: the writer is the receiver, but it is a function", fn.FullName())
		}
	case pos.writer >= 0:
		if pos.writer >= sig.Params().Len() || !isResponseWriter(sig.Params().At(pos.writer).Type()) {
			t.Errorf("%s: parameter %d is not a ResponseWriter", fn.FullName(), pos.writer)
		}
	}
	if h := pos.header; h != nil {
		if pos.status >= 0 || pos.commits {
			t.Errorf("%s: a header setter writes no status", fn.FullName())
		}
		for _, i := range []int{h.name, h.value} {
			if i >= sig.Params().Len() || !isKind(sig.Params().At(i).Type(), types.IsString) {
				t.Errorf("%s: header parameter %d is not a string", fn.FullName(), i)
			}
		}
		return
	}
	if pos.writer == nowhere && pos.commits {
		t.Errorf("%s: commits with no writer in hand", fn.FullName())
	}
	if pos.status >= 0 {
		if pos.status >= sig.Params().Len() || !isKind(sig.Params().At(pos.status).Type(), types.IsInteger) {
			t.Errorf("%s: parameter %d is not an integer status", fn.FullName(), pos.status)
		}
	} else if pos.implied < 100 || pos.implied > 599 {
		t.Errorf("%s: implied status %d", fn.FullName(), pos.implied)
	}
	if pos.body >= sig.Params().Len() {
		t.Errorf("%s: no body parameter %d", fn.FullName(), pos.body)
	}
}

func checkLiteral(t *testing.T, tn *types.TypeName, lp literalPosition) {
	t.Helper()
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		t.Errorf("%s is not a struct", tn.Name())
		return
	}
	fields := map[string]types.Type{}
	for i := range st.NumFields() {
		fields[st.Field(i).Name()] = st.Field(i).Type()
	}
	if !isKind(fields[lp.status], types.IsInteger) {
		t.Errorf("%s.%s is not an integer status field", tn.Name(), lp.status)
	}
	if _, ok := fields[lp.message]; !ok {
		t.Errorf("%s has no field %s", tn.Name(), lp.message)
	}
}
