package envelope

import (
	_ "embed"
	"fmt"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

func run(sink *response.Sink, res *response.Result) {
	// Rules 1 and 2: ok against the status the body is written with.
	for _, r := range res.Responses {
		if r.BodyLit == nil || !r.Const || r.At == nil {
			continue
		}
		okExpr := res.EnvelopeField(r.BodyLit, response.FieldOK)
		ok, isConst := res.BoolConst(okExpr)
		if !isConst {
			continue
		}
		switch s := r.Value; {
		case ok && s >= 400 && s <= 599:
			d := analysis.Diagnostic{Message: fmt.Sprintf(`"ok": true in a body sent with error status %d`, s)}
			if fix, found := res.BoolFix(r.File, okExpr, false); found {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
			sink.Once(okExpr, d)
		case !ok && s >= 100 && s <= 399:
			sink.Once(r.At, analysis.Diagnostic{Message: fmt.Sprintf(`body with "ok": false sent with non-error status %d`, s)})
		}
	}

	// Rule 3: retryable against the catalog entry of the code.
	for _, c := range res.Codes {
		if !c.Const {
			continue
		}
		e, found := res.Catalog.Lookup(c.Value)
		if !found {
			continue
		}
		lit := res.LiteralOf(c)
		if lit == nil {
			continue
		}
		v := res.EnvelopeField(lit, response.FieldRetryable)
		retry, isConst := res.BoolConst(v)
		if !isConst || retry == e.Retryable {
			continue
		}
		d := analysis.Diagnostic{Message: fmt.Sprintf(`"retryable": %t for error code %s; the catalog says %t`, retry, c.Value, e.Retryable)}
		if res.CatalogFixes() {
			if fix, ok := res.BoolFix(c.File, v, e.Retryable); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
		}
		sink.Once(v, d)
	}
}

//go:embed doc.go
var doc string

// Reporter is envelope: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "envelope", Src: doc, Report: run}

// Analyzer is envelope on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)
