package exitcode

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Reporter is exitcode: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "exitcode", Src: doc, Report: run}

// Analyzer is exitcode on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)

func run(sink *response.Sink, res *response.Result) {
	for _, is := range res.ExitIssues() {
		var d analysis.Diagnostic
		switch {
		case is.NMissing > 0:
			list := strings.Join(is.Missing, ", ")
			if more := is.NMissing - len(is.Missing); more > 0 {
				list += fmt.Sprintf(" and %d more", more)
			}
			d.Message = "exit mapping has no arm for " + list
		case is.Callee != "":
			d.Message = fmt.Sprintf("%s is %s error: exit_codes says %d, %s exits %d", is.Subject, article(is.Class), is.Want, is.Callee, is.Got)
		default:
			d.Message = fmt.Sprintf("%s is %s error: exit_codes says %d, this exits %d", is.Subject, article(is.Class), is.Want, is.Got)
			if is.Fix != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{*is.Fix}
			}
		}
		sink.Report(is.At, d) // not Once: a dependency's wrong arms all go at its os.Exit call
	}
}

// article returns "an auth", "a quota".
func article(class string) string {
	if strings.IndexByte("aeiou", class[0]) >= 0 {
		return "an " + class
	}
	return "a " + class
}
