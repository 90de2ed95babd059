package response

import (
	"go/ast"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestSink checks where a Sink puts a finding and which it drops: a later
// finding at a node already reported through Once, a silenced one, and
// one at no node; Report keeps several findings at one node.
func TestSink(t *testing.T) {
	fset, f := parse(t, "package p\n\nvar a, b, c = 1, 2, 3\n")
	var ids []*ast.Ident
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name != "p" {
			ids = append(ids, id)
		}
		return true
	})
	a, b, c := ids[0], ids[1], ids[2]
	var got []analysis.Diagnostic
	s := &Sink{
		pass:     &analysis.Pass{Fset: fset, Report: func(d analysis.Diagnostic) { got = append(got, d) }},
		silenced: func(pos token.Pos) bool { return pos == c.Pos() },
		reported: map[ast.Node]bool{},
	}
	s.Once(a, analysis.Diagnostic{Message: "first at a", Pos: 1, End: 2})
	s.Once(a, analysis.Diagnostic{Message: "second at a"})
	s.Report(b, analysis.Diagnostic{Message: "first at b"})
	s.Report(b, analysis.Diagnostic{Message: "second at b"})
	s.Once(b, analysis.Diagnostic{Message: "once at b"})
	s.Once(c, analysis.Diagnostic{Message: "silenced at c"})
	s.Report(nil, analysis.Diagnostic{Message: "at no node"})

	want := []struct {
		msg string
		at  ast.Node
	}{{"first at a", a}, {"first at b", b}, {"second at b", b}}
	if len(got) != len(want) {
		t.Fatalf("got %d findings %v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if g := got[i]; g.Message != w.msg || g.Pos != w.at.Pos() || g.End != w.at.End() {
			t.Errorf("finding %d: got %q at %d–%d, want %q at %d–%d", i, g.Message, g.Pos, g.End, w.msg, w.at.Pos(), w.at.End())
		}
	}

	// After's sink has no filter: the finding at c is reported.
	got = nil
	s = &Sink{pass: s.pass, reported: map[ast.Node]bool{}}
	s.Once(c, analysis.Diagnostic{Message: "at c"})
	if len(got) != 1 || got[0].Pos != c.Pos() {
		t.Errorf("unfiltered sink: got %v, want the finding at c", got)
	}
}
