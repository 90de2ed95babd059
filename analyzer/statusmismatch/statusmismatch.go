package statusmismatch

import (
	_ "embed"
	"fmt"
	"go/ast"
	"slices"
	"strconv"
	"strings"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

func run(sink *response.Sink, res *response.Result) {
	for _, c := range res.Codes {
		e, ok := res.Mismatch(c)
		if !ok {
			continue
		}
		s := c.Status
		var at ast.Node = s.At
		if s.Carried {
			at = c.Expr // the status is inside the writer: point at the code
		}
		statuses := make([]string, len(e.Statuses))
		for i, st := range e.Statuses {
			statuses[i] = strconv.Itoa(st)
		}
		d := analysis.Diagnostic{
			Message: fmt.Sprintf("%s sent with status %d; the catalog says %s", c.Subject(false), s.Value, strings.Join(statuses, " or ")),
		}
		if !s.Carried && s.Status != nil && res.CatalogFixes() {
			if fix, ok := statusFix(res, c.File, s, e.Statuses[0]); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
		}
		sink.Once(at, d)
	}

	// A client's comparison under a status the catalog never sends the
	// code with (SPEC §12): no fix, the branch is the client's to rethink.
	for _, sc := range res.StatusConflicts() {
		statuses := make([]string, len(sc.Entry.Statuses))
		for i, st := range sc.Entry.Statuses {
			statuses[i] = strconv.Itoa(st)
		}
		sink.Once(sc.At, analysis.Diagnostic{
			Message: fmt.Sprintf("the catalog sends %s with %s; this branch is never taken", sc.Entry.Code, strings.Join(statuses, " or ")),
		})
	}
}

// statusFix moves the status of s to want: s's own expression and, when
// s repeats the status sent on the wire (Google's nested "code"), that
// status too, or nothing.
func statusFix(res *response.Result, file *ast.File, s *response.Response, want int) (analysis.SuggestedFix, bool) {
	fix, ok := res.StatusFix(file, s.Status, want)
	o := s.Echoes()
	if !ok || o == nil {
		return fix, ok
	}
	outer, ok := res.StatusFix(file, o.Status, want)
	if !ok {
		return fix, false
	}
	for _, e := range outer.TextEdits {
		same := func(f analysis.TextEdit) bool {
			return f.Pos == e.Pos && f.End == e.End && string(f.NewText) == string(e.NewText)
		}
		if !slices.ContainsFunc(fix.TextEdits, same) { // one import edit for both
			fix.TextEdits = append(fix.TextEdits, e)
		}
	}
	return fix, true
}

//go:embed doc.go
var doc string

// Reporter is statusmismatch: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "statusmismatch", Src: doc, Report: run}

// Analyzer is statusmismatch on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)
