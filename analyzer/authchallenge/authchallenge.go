package authchallenge

import (
	_ "embed"
	"go/ast"
	"net/http"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

func run(pass *analysis.Pass, res *response.Result) {
	seen := map[ast.Node]bool{}
	for _, r := range res.Written() {
		if r.Value != http.StatusUnauthorized || r.At == nil || seen[r.At] {
			continue
		}
		if set, known := res.HeaderSet(r, "WWW-Authenticate"); set || !known {
			continue // never guess: an unknown header state is no finding
		}
		seen[r.At] = true
		msg := "401 response without a WWW-Authenticate header (RFC 9110 §15.5.2)"
		if r.Via != nil { // an error value written by a central writer (§11)
			msg = "401 response without a WWW-Authenticate header: " + r.Via.Note("www-authenticate")
		}
		pass.Report(analysis.Diagnostic{Pos: r.At.Pos(), End: r.At.End(), Message: msg})
	}
}

//go:embed doc.go
var doc string

// Reporter is authchallenge: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "authchallenge", Src: doc, Report: run}

// Analyzer is authchallenge on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)
