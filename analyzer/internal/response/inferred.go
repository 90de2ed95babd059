package response

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// An InferredWriter is an error writer this package declares that errlint
// inferred, with no writers: entry (§11): what its WriterFact says, for
// errlint init to write down. Parameter indices are 0-based, the receiver
// not counted; -1 when none.
type InferredWriter struct {
	Func string         // types.Func.FullName()
	Pos  token.Position // its declaration

	// Its row, as a writers: entry spells it. Field: the status parameter
	// reaches only the status field of an error type recognised by its
	// shape, which no entry says.
	Status, Code, Body, Carries int
	Field                       bool
	// Writer is the response-writer parameter, where errlint knows it (a
	// fixed-status helper over a builder, a central writer); -1 otherwise.
	Writer int
	// Builder: a fixed-status helper over a builder (§11): it only sends
	// Carries on the builder it is given.
	Builder bool

	// A central writer (§11): it writes the error of parameter Err (-1: the
	// receiver) with that error's status field StatusField, for the error
	// types Types; Headers are the headers it sets before the status, each
	// with its conditions ("retry-after if HTTPCode==429").
	Central     bool
	Err         int
	StatusField string
	Types       []string
	Headers     []string
}

// InferredWriters returns the error writers of the package that errlint
// inferred, in the order of their declarations.
func (r *Result) InferredWriters() []InferredWriter { return r.inferred }

// noteWriter records fn, whose fact f this package exports, as an
// inferred writer; helper is its header fact when fn is a fixed-status
// helper over a builder.
func (r *Result) noteWriter(fn *types.Func, f *WriterFact, helper *HeaderFact, isHelper bool) {
	w := InferredWriter{
		Func:    fn.FullName(),
		Pos:     r.fset.Position(fn.Pos()),
		Status:  int(f.Status) - 1,
		Code:    int(f.Code) - 1,
		Body:    int(f.Body) - 1,
		Carries: int(f.Carries),
		Field:   f.Field,
		Writer:  -1,
		Builder: isHelper,
	}
	if helper != nil {
		w.Writer = int(helper.Writer)
	}
	if f.Err != 0 {
		w.Central, w.Err, w.Writer, w.StatusField = true, int(f.Err)-1, int(f.Writer)-1, f.StatusField
		if f.Recv {
			w.Err = -1
		}
		w.Types = slices.Clone(f.Types)
		for _, s := range f.Sets {
			w.Headers = append(w.Headers, s.String())
		}
	}
	r.inferred = append(r.inferred, w)
}

// sortInferred puts the inferred writers in the order of their
// declarations.
func (r *Result) sortInferred() {
	slices.SortFunc(r.inferred, func(a, b InferredWriter) int {
		return cmp.Or(strings.Compare(a.Pos.Filename, b.Pos.Filename), cmp.Compare(a.Pos.Offset, b.Pos.Offset))
	})
}
