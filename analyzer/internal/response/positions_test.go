package response

import (
	"go/constant"
	"go/token"
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
// accessor returns a ResponseWriter, and that statusNames and the status
// constants agree with net/http.
func TestPositionsResolve(t *testing.T) {
	check := &analysis.Analyzer{
		Name: "positions",
		Doc:  "check the table of positions",
		Run: func(pass *analysis.Pass) (any, error) {
			funcs := map[string]types.Object{}
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
				if p, m, ok := parseFullName(name); !ok || p != fn.Pkg().Path() || !sameMember(m, fn) {
					t.Errorf("%s: indexed as %s %+v", name, p, m)
				}
				if got, ok := rowOf(fn); !ok || got.body != pos.body || got.status != pos.status {
					t.Errorf("%s: rowOf does not find its row", name)
				}
				checkPosition(t, name, fn.Type().(*types.Signature), pos)
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
			// The tables indexed by package path and member resolve too:
			// the client side's rows, the flow rows and the no-returns.
			members := map[string]map[member]bool{}
			for name := range funcs {
				if p, m, ok := parseFullName(name); ok {
					if members[p] == nil {
						members[p] = map[member]bool{}
					}
					members[p][m] = true
				}
			}
			for table, index := range map[string]map[string]map[member]bool{
				"clientRoles": membersOf(clientRoles), "flowFuncs": membersOf(flowFuncs), "noReturns": membersOf(noReturns),
			} {
				for p, ms := range index {
					for m := range ms {
						if !members[p][m] {
							t.Errorf("%s: %s %+v: no such function in the stubs", table, p, m)
						}
					}
				}
			}
			var http *types.Package
			imported := map[string]*types.Package{}
			for _, p := range pass.Pkg.Imports() {
				imported[p.Path()] = p
				if p.Path() == netHTTP {
					http = p
				}
			}
			for path := range statusConstants {
				p, ok := imported[path]
				if !ok {
					t.Errorf("%s: status constants of no stub", path)
					continue
				}
				for status, name := range statusNames {
					c, ok := p.Scope().Lookup(name).(*types.Const)
					if !ok {
						t.Errorf("%s has no constant %s", path, name)
						continue
					}
					if v, exact := constant.Int64Val(c.Val()); !exact || int(v) != status {
						t.Errorf("%s.%s = %s, table says %d", path, name, c.Val(), status)
					}
				}
			}
			if http == nil {
				t.Fatal("net/http not imported")
			}
			for name, status := range map[string]int{
				"StatusUnauthorized":       StatusUnauthorized,
				"StatusTooManyRequests":    StatusTooManyRequests,
				"StatusServiceUnavailable": StatusServiceUnavailable,
			} {
				c, ok := http.Scope().Lookup(name).(*types.Const)
				if !ok {
					t.Errorf("net/http has no constant %s", name)
				} else if v, _ := constant.Int64Val(c.Val()); int(v) != status {
					t.Errorf("response.%s = %d, net/http's is %s", name, status, c.Val())
				}
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

// membersOf returns the members an indexed table holds, by package path.
func membersOf[T any](index map[string]map[member]T) map[string]map[member]bool {
	out := map[string]map[member]bool{}
	for p, ms := range index {
		out[p] = map[member]bool{}
		for m := range ms {
			out[p][m] = true
		}
	}
	return out
}

// collect records the functions and methods of p by full name, and its
// type names by path.name.
func collect(p *types.Package, funcs map[string]types.Object, tns map[string]*types.TypeName) {
	scope := p.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			funcs[obj.FullName()] = obj
		case *types.Var:
			if _, ok := obj.Type().Underlying().(*types.Signature); ok {
				funcs[p.Path()+"."+name] = obj // a package-level variable of function type (huma.NewError)
			}
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

// sameMember reports whether m is the member obj is.
func sameMember(m member, obj types.Object) bool {
	got, ok := memberOf(obj)
	return ok && got == m
}

func checkPosition(t *testing.T, name string, sig *types.Signature, pos position) {
	t.Helper()
	param := func(i int) types.Type {
		if i < 0 || i >= sig.Params().Len() {
			return nil
		}
		return sig.Params().At(i).Type()
	}
	switch {
	case pos.writer == onReceiver || pos.writer == onHeader:
		if sig.Recv() == nil {
			t.Errorf("%s: the writer is the receiver, but it is a function", name)
		}
	case pos.writer >= 0:
		if pt := param(pos.writer); pt == nil || !isWriterType(pt) && !types.Implements(pt, ioWriter) {
			t.Errorf("%s: parameter %d is not a response writer, a context or an io.Writer", name, pos.writer)
		}
	}
	if i := pos.request.index(); i >= 0 {
		if pt := param(i); pt == nil || !isNamed(derefType(pt), netHTTP, "Request") {
			t.Errorf("%s: parameter %d is not a *http.Request", name, i)
		}
	}
	if i := pos.code.index(); i >= 0 && !isKind(param(i), types.IsString) {
		t.Errorf("%s: parameter %d is not a string code", name, i)
	}
	if i := pos.wraps.index(); i >= 0 && (param(i) == nil || !types.Implements(param(i), ioWriter)) {
		t.Errorf("%s: parameter %d is not an io.Writer", name, i)
	}
	if i := pos.encodes.index(); i >= 0 && param(i) == nil {
		t.Errorf("%s: no parameter %d to encode", name, i)
	}
	if pos.chains && (sig.Recv() == nil || sig.Results().Len() != 1 || !types.Identical(derefType(sig.Results().At(0).Type()), derefType(sig.Recv().Type()))) {
		t.Errorf("%s: chains, but does not return its receiver", name)
	}
	if h := pos.header; h != nil {
		if pos.status >= 0 || pos.commits {
			t.Errorf("%s: a header setter writes no status", name)
		}
		for _, i := range []int{h.name, h.value} {
			if !isKind(param(i), types.IsString) {
				t.Errorf("%s: header parameter %d is not a string", name, i)
			}
		}
		return
	}
	if pos.writer == nowhere && pos.commits {
		t.Errorf("%s: commits with no writer in hand", name)
	}
	switch {
	case pos.status >= 0:
		if !isKind(param(pos.status), types.IsInteger) {
			t.Errorf("%s: parameter %d is not an integer status", name, pos.status)
		}
	case pos.implied != 0:
		if pos.implied < 100 || pos.implied > 599 {
			t.Errorf("%s: implied status %d", name, pos.implied)
		}
	case pos.commits:
		if pos.writer == nowhere && pos.request == 0 {
			t.Errorf("%s: sends a recorded status to no writer or request", name)
		}
	case pos.wraps == 0 && pos.encodes == 0:
		t.Errorf("%s: a row with no role", name)
	}
	if pos.body >= 0 && param(pos.body) == nil {
		t.Errorf("%s: no body parameter %d", name, pos.body)
	}
}

// derefType returns t's element type when t is a pointer.
func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
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

// TestParseFullName checks the split of full names into package path and
// member, and that what is no full name (a writers: entry's typo) is
// refused rather than indexed.
func TestParseFullName(t *testing.T) {
	good := map[string]struct {
		pkg string
		m   member
	}{
		"net/http.Error": {"net/http", member{name: "Error"}},
		"(*github.com/gofiber/fiber/v2.Ctx).Status": {"github.com/gofiber/fiber/v2", member{recv: "Ctx", ptr: true, name: "Status"}},
		"(github.com/gofiber/fiber/v3.Ctx).JSON":    {"github.com/gofiber/fiber/v3", member{recv: "Ctx", name: "JSON"}},
		"gopkg.in/yaml.v3.Marshal":                  {"gopkg.in/yaml.v3", member{name: "Marshal"}},
	}
	for full, want := range good {
		pkg, m, ok := parseFullName(full)
		if !ok || pkg != want.pkg || m != want.m {
			t.Errorf("parseFullName(%q) = %q, %+v, %v; want %q, %+v", full, pkg, m, ok, want.pkg, want.m)
		}
	}
	for _, bad := range []string{"", "Fail", "example.com/svc/", "(example.com/svc.T", "(T).M", "(example.com/svc.T).", "example.com/svc.v2/x"} {
		if pkg, m, ok := parseFullName(bad); ok {
			t.Errorf("parseFullName(%q) = %q, %+v; want a refusal", bad, pkg, m)
		}
	}
}

// TestRowOfAllocates checks §6's cost rule: looking a callee up in the
// knowledge table allocates nothing, whether the package has rows (fmt,
// hit by every package) or not.
func TestRowOfAllocates(t *testing.T) {
	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	fmtPkg := types.NewPackage("fmt", "fmt")
	other := types.NewPackage("example.com/svc", "svc")
	fprint := types.NewFunc(token.NoPos, fmtPkg, "Fprint", sig)
	println := types.NewFunc(token.NoPos, fmtPkg, "Println", sig)
	own := types.NewFunc(token.NoPos, other, "Handle", sig)
	if _, ok := rowOf(fprint); !ok {
		t.Fatal("fmt.Fprint has no row")
	}
	for _, fn := range []*types.Func{fprint, println, own} {
		if n := testing.AllocsPerRun(100, func() { rowOf(fn) }); n != 0 {
			t.Errorf("rowOf(%s) allocates %v times", fn.FullName(), n)
		}
	}
}
