package authchallenge

import (
	_ "embed"
	"go/ast"
	"net/http"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Name is the analyzer's name.
const Name = "authchallenge"

// Analyzer is the default instance, on the discovered configuration.
var Analyzer = New(response.Default)

// New returns an authchallenge analyzer that reads the given base analyzer.
func New(base *analysis.Analyzer) *analysis.Analyzer {
	return response.NewReporter(base, Name, doc, run)
}

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
		if res.Silenced(Name, r.At.Pos()) {
			continue
		}
		msg := "401 response without a WWW-Authenticate header (RFC 9110 §15.5.2)"
		if r.Via != nil { // an error value written by a central writer (§11)
			msg = "401 response without a WWW-Authenticate header: " + r.Via.Note("www-authenticate")
		}
		pass.Report(analysis.Diagnostic{Pos: r.At.Pos(), End: r.At.End(), Message: msg})
	}
}
