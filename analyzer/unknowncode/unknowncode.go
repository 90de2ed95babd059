package unknowncode

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

// finding is a diagnostic under construction: its fix may edit a shared
// constant, which is safe only when every use of it agrees.
type finding struct {
	at      ast.Expr
	d       analysis.Diagnostic
	k       *types.Const // the constant the fix edits, if any
	suggest string
}

func run(sink *response.Sink, res *response.Result) {
	if res.NoCatalog() {
		return // catalog: none — a service that sends no code
	}
	for _, c := range res.Collisions() {
		sink.Report(c.At, analysis.Diagnostic{Message: c.Message})
	}
	var findings []*finding
	judged := map[ast.Expr]bool{} // a code is judged once: its finding counts against a shared constant's fix
	if !res.Complete() {
		return // the code may be in the part of the catalog this package cannot see
	}
	for _, c := range res.Codes {
		if !c.Const || judged[c.Expr] {
			continue // a code that is not constant is never guessed at
		}
		if c.Decl || c.Bound {
			continue // the catalog itself, or a code checked where it is declared
		}
		judged[c.Expr] = true
		if _, ok := res.Catalog.Lookup(c.Value); ok {
			continue
		}
		if res.Silenced(Name, c.Expr.Pos()) {
			continue // not a finding: it must not count against a shared constant's fix
		}
		f := &finding{at: c.Expr}
		findings = append(findings, f)
		if c.Value == "" {
			f.d.Message = "empty error code"
			continue
		}
		status := 0
		if c.Status != nil && c.Status.Const {
			status = c.Status.Value
		}
		near, ok := res.Catalog.Nearest(c.Value, status)
		if !ok || !res.SuggestsCatalog() {
			f.d.Message = c.Subject(true) + " is not in the catalog"
			continue
		}
		f.d.Message = fmt.Sprintf("%s is not in the catalog; did you mean %s?", c.Subject(true), near)
		if !res.CatalogFixes() || !fixable(res, c, status, near) || c.Compared && res.FixCollides(c, near) {
			continue // the suggestion is named, not applied
		}
		edit, k, ok := res.CodeEdit(c, near)
		if !ok {
			continue
		}
		f.k, f.suggest = k, near
		f.d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Replace with " + near,
			TextEdits: []analysis.TextEdit{edit},
		}}
	}

	// A fix at a constant's declaration changes every use of it: keep it
	// only when every use is a finding here with the same suggestion.
	type agreement struct {
		n     int
		same  bool
		value string
	}
	byConst := map[*types.Const]*agreement{}
	for _, f := range findings {
		if f.k == nil {
			continue
		}
		a := byConst[f.k]
		if a == nil {
			a = &agreement{same: true, value: f.suggest}
			byConst[f.k] = a
		}
		a.n++
		a.same = a.same && a.value == f.suggest
	}
	for _, f := range findings {
		if f.k != nil {
			if a := byConst[f.k]; !a.same || a.n != res.ConstUses(f.k) {
				f.d.SuggestedFixes = nil
			}
		}
		sink.Report(f.at, f.d)
	}
}

// fixable reports whether replacing c by near may be done mechanically: a
// spelling of the same code, or a shared-word suggestion that holds every
// word of a code written in one place (revision 3: on minio, 13 of 15
// fixes by nearest code renamed real codes into unrelated ones).
func fixable(res *response.Result, c *response.Code, status int, near string) bool {
	got, ok := res.Catalog.Fixable(c.Value, status)
	if !ok || got != near {
		return false
	}
	if _, sameSpelling := res.Catalog.Fixable(c.Value, 0); sameSpelling {
		return true
	}
	n := 0
	for _, o := range res.Codes {
		if o.Const && o.Value == c.Value {
			n++
		}
	}
	return n == 1
}

//go:embed doc.go
var doc string

// Name is the analyzer's name: run leaves the codes a directive silences
// out of a shared constant's fix.
const Name = "unknowncode"

// Reporter is unknowncode: its name, its doc and its findings.
var Reporter = response.Reporter{Name: Name, Src: doc, Report: run}

// Analyzer is unknowncode on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)
