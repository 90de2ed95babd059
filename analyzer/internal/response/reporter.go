package response

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Doc returns the documentation of analyzer name from the content of its
// doc.go: the section under the heading "# Analyzer name", whose first line
// reads "name: summary", without the "name: " prefix. Like x/tools'
// MustExtractDoc it panics on a malformed doc.go, at start-up, so that a
// broken doc never ships as a silent fallback.
func Doc(src, name string) string {
	fail := func(why string) { panic(fmt.Sprintf("%s/doc.go: %s", name, why)) }
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		fail("no package comment")
	}
	lines := strings.Split(f.Doc.Text(), "\n")
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "# Analyzer "+name {
			start = i + 1
			break
		}
	}
	if start < 0 {
		fail(`no "# Analyzer ` + name + `" heading`)
	}
	var body []string
	for _, l := range lines[start:] {
		if strings.HasPrefix(l, "# ") {
			break
		}
		body = append(body, l)
	}
	text := strings.TrimSpace(strings.Join(body, "\n"))
	if !strings.HasPrefix(text, name+": ") {
		fail(`the section does not start with "` + name + `: "`)
	}
	return strings.TrimPrefix(text, name+": ")
}

// NewReporter returns the analyzer name, documented by the package comment
// src of its doc.go, that reads base's Result and calls report with it when
// name is enabled for the package. rawstatus, unknowncode and statusmismatch
// are such reporters: the analysis itself is the base's. A bad
// configuration or catalog is shown by every reporter (see Result.Err).
//
// A finding that report makes is dropped when an //errlint:ignore directive
// silences name on its line, and the directive is recorded as used, so
// the directive analyzer (which requires every reporter) can tell the
// directives that silenced nothing.
func NewReporter(base *analysis.Analyzer, name, src string, report func(*analysis.Pass, *Result)) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      Doc(src, name),
		URL:      "https://github.com/errlint/errlint/blob/main/analyzer/" + name + "/doc.go",
		Requires: []*analysis.Analyzer{base},
		Run: func(pass *analysis.Pass) (any, error) {
			res, ok := pass.ResultOf[base].(*Result)
			if !ok {
				return nil, nil
			}
			if res.err != nil {
				return nil, res.showErr(pass) // a bad configuration: every reporter shows it
			}
			if !res.Enabled(name) {
				return nil, nil
			}
			p := *pass
			p.Report = func(d analysis.Diagnostic) {
				if !res.Silenced(name, d.Pos) {
					pass.Report(d)
				}
			}
			report(&p, res)
			return nil, nil
		},
	}
}
