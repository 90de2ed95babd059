package retrydecision

import (
	_ "embed"
	"fmt"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Reporter is retrydecision: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "retrydecision", Src: doc, Report: run}

// Analyzer is retrydecision on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)

func run(sink *response.Sink, res *response.Result) {
	for _, is := range res.RetryIssues() {
		var msg string
		switch {
		case is.Status != 0 && is.Code != "":
			msg = fmt.Sprintf("retries %s (%d) without reading Retry-After (RFC 9110 §10.2.3)", is.Code, is.Status)
		case is.Status != 0:
			msg = fmt.Sprintf("retries %d without reading Retry-After (RFC 9110 §10.2.3)", is.Status)
		default:
			msg = fmt.Sprintf("retries %s, which the catalog marks not retryable", is.Code)
		}
		sink.Report(is.At, analysis.Diagnostic{Message: msg}) // not Once: a code may be both not retryable and 429/503
	}
}
