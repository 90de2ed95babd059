package ignoredirective

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/errlint/errlint/analyzer/authchallenge"
	"github.com/errlint/errlint/analyzer/envelope"
	"github.com/errlint/errlint/analyzer/exitcode"
	"github.com/errlint/errlint/analyzer/internal/response"
	"github.com/errlint/errlint/analyzer/rawstatus"
	"github.com/errlint/errlint/analyzer/retryafter"
	"github.com/errlint/errlint/analyzer/retrydecision"
	"github.com/errlint/errlint/analyzer/statusmismatch"
	"github.com/errlint/errlint/analyzer/unknowncode"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Name is the analyzer's name.
const Name = "ignoredirective"

// Analyzer is ignoredirective on the default base, checking the directives
// against the default instances of errlint's reporters (what gopls runs).
var Analyzer = New(response.Default, rawstatus.Analyzer, unknowncode.Analyzer, statusmismatch.Analyzer, authchallenge.Analyzer, retryafter.Analyzer, envelope.Analyzer, exitcode.Analyzer, retrydecision.Analyzer)

// New returns a directive analyzer for the reporters built on base. It
// requires every one of them, so it runs after they have all reported and
// knows which directives silenced something; their names are the names a
// directive may use, with "all" and its own.
func New(base *analysis.Analyzer, reporters ...*analysis.Analyzer) *analysis.Analyzer {
	names := make([]string, 0, len(reporters)+1)
	for _, r := range reporters {
		names = append(names, r.Name)
	}
	names = append(names, Name)
	report := func(sink *response.Sink, res *response.Result) { run(sink, res, names) }
	return response.Reporter{Name: Name, Src: doc, Report: report}.After(base, reporters...)
}

func run(sink *response.Sink, res *response.Result, names []string) {
	report := func(d *response.Directive, format string, args ...any) {
		if !res.SilencedExcept(Name, d.Comment.Pos(), d) {
			sink.Report(d.Comment, analysis.Diagnostic{Message: fmt.Sprintf(format, args...)})
		}
	}
	// First the directives that are wrong as written, then those that
	// silenced nothing: first those that cannot silence this analyzer,
	// then, once reporting the others has recorded which directives
	// silence this analyzer's findings, those that can.
	wellFormed := map[*response.Directive]bool{}
	for _, u := range res.Directives() {
		d := u.Directive
		switch {
		case d.Malformed != "":
			report(d, "%s", d.Malformed)
		case len(d.Names) == 0:
			report(d, "//errlint:ignore names no analyzer; the form is //errlint:ignore NAME[,NAME] reason")
		default:
			if bad := unknown(d.Names, names); bad != "" {
				report(d, "%s", bad)
			} else if !d.Reason {
				report(d, "//errlint:ignore %s has no reason, so it silences nothing; say why after the names", strings.Join(d.Names, ","))
			} else {
				wellFormed[d] = true
			}
		}
	}
	for _, self := range []bool{false, true} {
		for _, u := range res.Directives() {
			if u.Used || !wellFormed[u.Directive] || silencesSelf(u.Names) != self || anyDisabled(res, u.Names, names) {
				continue
			}
			report(u.Directive, "//errlint:ignore %s silenced no finding; remove it, or move it to the line of the finding", strings.Join(u.Names, ","))
		}
	}
}

// silencesSelf reports whether a directive naming names can silence this
// analyzer's findings.
func silencesSelf(names []string) bool {
	return slices.Contains(names, Name) || slices.Contains(names, response.AllAnalyzers)
}

// unknown describes the first name that is no analyzer, or returns "".
func unknown(used, known []string) string {
	for _, n := range used {
		if n == response.AllAnalyzers || slices.Contains(known, n) {
			continue
		}
		if near := response.NearestName(n, known); near != "" {
			return fmt.Sprintf("unknown analyzer %q in //errlint:ignore; did you mean %s?", n, near)
		}
		return fmt.Sprintf("unknown analyzer %q in //errlint:ignore (known: %s, %s)", n, strings.Join(known, ", "), response.AllAnalyzers)
	}
	return ""
}

// anyDisabled reports whether a named analyzer (any, for "all") is
// disabled for the package: the directive may silence its findings.
func anyDisabled(res *response.Result, used, known []string) bool {
	for _, n := range used {
		if n == response.AllAnalyzers {
			if slices.ContainsFunc(known, func(k string) bool { return !res.Enabled(k) }) {
				return true
			}
		} else if !res.Enabled(n) {
			return true
		}
	}
	return false
}
