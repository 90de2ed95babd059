package authchallenge

import (
	_ "embed"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

func run(sink *response.Sink, res *response.Result) {
	for _, r := range res.Written() {
		if r.Value != response.StatusUnauthorized {
			continue
		}
		if set, known := res.HeaderSet(r, "WWW-Authenticate"); set || !known {
			continue // never guess: an unknown header state is no finding
		}
		msg := "401 response without a WWW-Authenticate header (RFC 9110 §15.5.2)"
		if r.Via != nil { // an error value written by a central writer (§11)
			msg = "401 response without a WWW-Authenticate header: " + r.Via.Note("www-authenticate")
		}
		sink.Once(r.At, analysis.Diagnostic{Message: msg})
	}
}

//go:embed doc.go
var doc string

// Reporter is authchallenge: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "authchallenge", Src: doc, Report: run}

// Analyzer is authchallenge on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)
