package rawstatus

import (
	_ "embed"
	"fmt"
	"go/ast"
	"strings"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

func run(sink *response.Sink, res *response.Result) {
	// A node is judged once, by the first response at it. Its findings go
	// through Report, not Once: rules 2 and 3 both report at a status that
	// is the response's node.
	judged := map[ast.Node]bool{}
	sendsNoCode := res.SendsNoCode() // rule 2 is moot: the service has no codes to send
	for _, r := range res.Responses {
		if r.At == nil || judged[r.At] || !r.Const {
			continue // a status that is not constant is never guessed at
		}
		judged[r.At] = true
		if res.MismatchReported(r) {
			continue
		}
		s := r.Value
		if s < 100 || s > 599 { // rule 1 excludes the others
			sink.Report(r.At, analysis.Diagnostic{Message: fmt.Sprintf("status %d is not a valid HTTP status (must be 100–599)", s)})
			continue
		}
		// Rules 2 and 3 are separate findings, each with its own fix (or
		// none): a constant in place of the literal gives the response no
		// code, so it cannot make a rule-2 finding go away.
		if s >= 400 && provablyCodeless(r.Body) && !r.NotSent && !sendsNoCode { // a value never sent is no response (§11)
			sink.Report(r.At, analysis.Diagnostic{Message: codeless(res, s)})
		}
		if r.Status != nil && response.IsIntLiteral(r.Status) {
			var d analysis.Diagnostic
			if name, ok := res.StatusConstant(r.File, s); ok {
				d.Message = fmt.Sprintf("raw status %d; use %s", s, name)
				if fix, ok := res.StatusFix(r.File, r.Status, s); ok {
					d.SuggestedFixes = []analysis.SuggestedFix{fix}
				}
			} else {
				d.Message = fmt.Sprintf("raw status %d; net/http has no constant for it", s)
			}
			sink.Report(r.Status, d)
		}
	}
}

// codeless returns the rule-2 message for status s: it names the catalog's
// codes for s, or says it has none.
func codeless(res *response.Result, s int) string {
	if !res.SuggestsCatalog() {
		return fmt.Sprintf("error status %d sent without an error code", s)
	}
	entries := res.Catalog.ByStatus(s)
	if len(entries) == 0 {
		return fmt.Sprintf("error status %d sent without an error code; the catalog has no code for %d", s, s)
	}
	codes := make([]string, 0, len(entries))
	for _, e := range entries {
		codes = append(codes, e.Code)
	}
	return fmt.Sprintf("error status %d sent without an error code; the catalog's codes for %d: %s", s, s, list(codes))
}

// provablyCodeless reports whether a response with this body cannot carry
// an error code.
func provablyCodeless(b response.BodyKind) bool {
	return b == response.BodyNone || b == response.BodyText || b == response.BodyNoCode
}

// list joins codes, eliding the tail of a long list.
func list(codes []string) string {
	const max = 6
	if len(codes) <= max {
		return strings.Join(codes, ", ")
	}
	return strings.Join(codes[:max-1], ", ") + fmt.Sprintf(" and %d more", len(codes)-max+1)
}

//go:embed doc.go
var doc string

// Reporter is rawstatus: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "rawstatus", Src: doc, Report: run}

// Analyzer is rawstatus on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)
