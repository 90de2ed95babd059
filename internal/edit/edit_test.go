package edit

import (
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestApply(t *testing.T) {
	src := []byte("w.WriteHeader(201)\nc.JSON(500, x)\n")
	for _, tc := range []struct {
		name  string
		edits []Edit
		want  string // "" for an error
	}{
		{"none", nil, string(src)},
		{"any order, duplicates once", []Edit{
			{26, 29, "http.StatusInternalServerError"},
			{14, 17, "http.StatusCreated"},
			{14, 17, "http.StatusCreated"},
		}, "w.WriteHeader(http.StatusCreated)\nc.JSON(http.StatusInternalServerError, x)\n"},
		{"insertion before a replacement at its start", []Edit{{14, 17, "B"}, {14, 14, "A"}}, "w.WriteHeader(AB)\nc.JSON(500, x)\n"},
		{"insertion after a replacement at its end", []Edit{{17, 17, "A"}, {14, 17, "B"}}, "w.WriteHeader(BA)\nc.JSON(500, x)\n"},
		{"adjacent replacements", []Edit{{15, 17, "x"}, {14, 15, "y"}}, "w.WriteHeader(yx)\nc.JSON(500, x)\n"},
		{"at both ends", []Edit{{0, 0, "<"}, {len(src), len(src), ">"}}, "<" + string(src) + ">"},
		{"overlap", []Edit{{14, 17, "a"}, {15, 16, "b"}}, ""},
		{"overlap, same start", []Edit{{14, 17, "a"}, {14, 16, "b"}}, ""},
		{"insertion inside a replacement", []Edit{{14, 17, "a"}, {15, 15, "b"}}, ""},
		{"two insertions at one offset", []Edit{{15, 15, "a"}, {15, 15, "b"}}, ""},
		{"same range, other text", []Edit{{14, 17, "a"}, {14, 17, "b"}}, ""},
		{"past the end", []Edit{{30, 40, "a"}}, ""},
		{"negative", []Edit{{-1, 0, "a"}}, ""},
		{"backwards", []Edit{{5, 4, "a"}}, ""},
	} {
		in := append([]Edit(nil), tc.edits...)
		got, err := Apply(src, tc.edits)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("%s: no error, got %q", tc.name, got)
		case tc.want != "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && string(got) != tc.want:
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		for i := range in {
			if in[i] != tc.edits[i] {
				t.Errorf("%s: Apply reordered its argument", tc.name)
				break
			}
		}
	}
}

func TestMerge(t *testing.T) {
	acc := []Edit{{10, 12, "x"}, {0, 0, "import"}}
	got, ok := Merge(acc, []Edit{{0, 0, "import"}, {20, 22, "y"}})
	if !ok || len(got) != 3 || got[2] != (Edit{20, 22, "y"}) {
		t.Errorf("Merge = %v, %v; want the import once and the new edit", got, ok)
	}
	if len(acc) != 2 {
		t.Errorf("Merge changed its argument: %v", acc)
	}
	for _, add := range [][]Edit{{{11, 13, "z"}}, {{0, 0, "other"}}, {{11, 11, "in"}}} {
		if got, ok := Merge(acc, add); ok || got != nil {
			t.Errorf("Merge(%v) = %v, %v; want a conflict", add, got, ok)
		}
	}
}

func TestFromTextEdit(t *testing.T) {
	fset := token.NewFileSet()
	a := fset.AddFile("a.go", -1, 20)
	b := fset.AddFile("b.go", -1, 10)
	pos := func(tf *token.File, off int) token.Pos { return tf.Pos(off) }

	got, err := ByFile(fset, []analysis.TextEdit{
		{Pos: pos(a, 3), End: pos(a, 5), NewText: []byte("x")},
		{Pos: pos(b, 10), NewText: []byte("y")}, // End unset: an insertion
		{Pos: pos(a, 0), End: pos(a, 0), NewText: []byte("z")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got["a.go"]) != 2 || got["a.go"][0] != (Edit{3, 5, "x"}) ||
		got["a.go"][1] != (Edit{0, 0, "z"}) || len(got["b.go"]) != 1 || got["b.go"][0] != (Edit{10, 10, "y"}) {
		t.Errorf("ByFile = %v", got)
	}
	if _, err := FromTextEdit(a, analysis.TextEdit{Pos: pos(b, 1), End: pos(b, 2)}); err == nil {
		t.Error("an edit in another file: no error")
	}
	if _, err := FromTextEdit(a, analysis.TextEdit{Pos: pos(a, 5), End: pos(a, 3)}); err == nil {
		t.Error("an edit ending before it starts: no error")
	}
	if _, err := ByFile(fset, []analysis.TextEdit{{Pos: token.Pos(10000), End: token.Pos(10001)}}); err == nil {
		t.Error("an edit in no file: no error")
	}
}
