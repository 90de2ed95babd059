// Package edit applies text edits given in byte offsets, the form in which
// suggested fixes are printed (-json) and applied (-fix, the tests).
package edit

import (
	"bytes"
	"cmp"
	"fmt"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// An Edit replaces src[Start:End] with New; Start == End inserts.
type Edit struct {
	Start, End int
	New        string
}

// Conflict reports whether two different edits cannot both apply: they
// overlap, one inserts strictly inside the range the other replaces, or
// both insert at the same offset (their order would be a guess). Identical
// edits never conflict: they are one edit.
func Conflict(a, b Edit) bool {
	if a == b {
		return false
	}
	overlap := a.Start < b.End && b.Start < a.End
	sameInsert := a.Start == a.End && b.Start == b.End && a.Start == b.Start
	insideEmpty := (a.Start == a.End && b.Start < a.Start && a.Start < b.End) ||
		(b.Start == b.End && a.Start < b.Start && b.Start < a.End)
	return overlap || sameInsert || insideEmpty
}

// Merge adds the edits of add to those of acc (which it does not modify),
// an edit identical to one already there once. It reports false, and
// returns nil, when an edit of add conflicts with one of acc.
func Merge(acc, add []Edit) ([]Edit, bool) {
	out := slices.Clone(acc)
next:
	for _, e := range add {
		for _, a := range acc {
			if a == e {
				continue next
			}
			if Conflict(a, e) {
				return nil, false
			}
		}
		out = append(out, e)
	}
	return out, true
}

// Apply returns src with the edits applied; edits is not modified. The
// edits may come in any order; identical edits apply once. Edits that
// conflict (see Conflict) or lie outside src are an error. At one offset,
// an insertion goes before a replacement starting there.
func Apply(src []byte, edits []Edit) ([]byte, error) {
	sorted := slices.Clone(edits)
	slices.SortStableFunc(sorted, func(a, b Edit) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	var out bytes.Buffer
	last := 0
	for i, e := range sorted {
		if e.Start < 0 || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) is outside the %d bytes of the file", e.Start, e.End, len(src))
		}
		if i > 0 {
			prev := sorted[i-1]
			if e == prev {
				continue
			}
			if e.Start < last || Conflict(prev, e) {
				return nil, fmt.Errorf("edit [%d,%d) %q conflicts with edit [%d,%d) %q", e.Start, e.End, e.New, prev.Start, prev.End, prev.New)
			}
		}
		out.Write(src[last:e.Start])
		out.WriteString(e.New)
		last = e.End
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// FromTextEdit converts an analysis.TextEdit of the file tf to byte
// offsets. An End that is not valid means End = Pos, as in
// analysis.TextEdit; positions outside tf are an error.
func FromTextEdit(tf *token.File, e analysis.TextEdit) (Edit, error) {
	end := e.End
	if !end.IsValid() {
		end = e.Pos
	}
	base, size := tf.Base(), tf.Size()
	if int(e.Pos) < base || int(end) > base+size || end < e.Pos {
		return Edit{}, fmt.Errorf("edit [%d,%d) is outside %s (positions %d to %d)", e.Pos, end, tf.Name(), base, base+size)
	}
	return Edit{Start: tf.Offset(e.Pos), End: tf.Offset(end), New: string(e.NewText)}, nil
}

// ByFile converts the edits of a suggested fix to byte offsets, by the
// name of the file of fset each edit is in.
func ByFile(fset *token.FileSet, edits []analysis.TextEdit) (map[string][]Edit, error) {
	out := make(map[string][]Edit)
	for _, e := range edits {
		tf := fset.File(e.Pos)
		if tf == nil {
			return nil, fmt.Errorf("edit at position %d is in no file of the file set", e.Pos)
		}
		ed, err := FromTextEdit(tf, e)
		if err != nil {
			return nil, err
		}
		out[tf.Name()] = append(out[tf.Name()], ed)
	}
	return out, nil
}
