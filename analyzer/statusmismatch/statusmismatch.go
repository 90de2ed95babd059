package statusmismatch

import (
	_ "embed"
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

func run(pass *analysis.Pass, res *response.Result) {
	seen := map[ast.Node]bool{}
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
		if at == nil || seen[at] {
			continue
		}
		seen[at] = true
		statuses := make([]string, len(e.Statuses))
		for i, st := range e.Statuses {
			statuses[i] = strconv.Itoa(st)
		}
		d := analysis.Diagnostic{
			Pos:     at.Pos(),
			End:     at.End(),
			Message: fmt.Sprintf("%s sent with status %d; the catalog says %s", c.Subject(false), s.Value, strings.Join(statuses, " or ")),
		}
		if !s.Carried && s.Status != nil && res.CatalogFixes() {
			if fix, ok := res.StatusFix(c.File, s.Status, e.Statuses[0]); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
		}
		pass.Report(d)
	}

	// A client's comparison under a status the catalog never sends the
	// code with (SPEC §12): no fix, the branch is the client's to rethink.
	for _, sc := range res.StatusConflicts() {
		if seen[sc.At] {
			continue
		}
		seen[sc.At] = true
		statuses := make([]string, len(sc.Entry.Statuses))
		for i, st := range sc.Entry.Statuses {
			statuses[i] = strconv.Itoa(st)
		}
		pass.Report(analysis.Diagnostic{
			Pos:     sc.At.Pos(),
			End:     sc.At.End(),
			Message: fmt.Sprintf("the catalog sends %s with %s; this branch is never taken", sc.Entry.Code, strings.Join(statuses, " or ")),
		})
	}
}

//go:embed doc.go
var doc string

// Reporter is statusmismatch: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "statusmismatch", Src: doc, Report: run}

// Analyzer is statusmismatch on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)
