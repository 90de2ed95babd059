package response

import (
	"fmt"
	"go/parser"
	"go/token"
	"reflect"
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

// A Reporter is what one of errlint's analyzer packages holds of its own:
// its name, the source of its doc.go and the function that reports its
// findings from the base's Result. Everything else an analyzer is made of
// (its Doc, URL and requirements, the error of a bad configuration, the
// //errlint:ignore filter, enabling) is built here, once, by New and After.
type Reporter struct {
	Name   string
	Src    string // the package's doc.go, embedded: Doc reads it
	Report func(*analysis.Pass, *Result)
}

// analyzer returns the analysis.Analyzer of r that requires base and
// after, running run.
func (r Reporter) analyzer(run func(*analysis.Pass) (any, error), base *analysis.Analyzer, after ...*analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     r.Name,
		Doc:      Doc(r.Src, r.Name),
		URL:      "https://github.com/errlint/errlint/blob/main/analyzer/" + r.Name + "/doc.go",
		Requires: append([]*analysis.Analyzer{base}, after...),
		Run:      run,
	}
}

// New returns r as an analyzer that reads base's Result and calls r.Report
// with it when r is enabled for the package. With a bad configuration or
// catalog it reports nothing, and shows the error only as the options of
// base say (see Result.showErr).
//
// A finding that r.Report makes is dropped when an //errlint:ignore
// directive silences r on its line, and the directive is recorded as used,
// so the directive analyzer (built by After, on every reporter) can tell
// the directives that silenced nothing.
func (r Reporter) New(base *analysis.Analyzer) *analysis.Analyzer {
	return r.analyzer(func(pass *analysis.Pass) (any, error) {
		res, ok := pass.ResultOf[base].(*Result)
		if !ok {
			return nil, nil
		}
		if res.err != nil {
			return nil, res.showErr(pass, false)
		}
		if !res.Enabled(r.Name) {
			return nil, nil
		}
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			if !res.Silenced(r.Name, d.Pos) {
				pass.Report(d)
			}
		}
		r.Report(&p, res)
		return nil, nil
	}, base)
}

// After returns r as an analyzer that checks what the reporters built on
// base did: it requires every one of them, so it runs once they have all
// reported. Its findings pass through no filter (r.Report silences them
// itself, with Result.SilencedExcept). With a bad configuration the
// reporters check nothing, and so does it; being the one analyzer of the
// suite that no other requires, it is the one that returns the error,
// whether or not r is enabled (see Result.showErr).
func (r Reporter) After(base *analysis.Analyzer, reporters ...*analysis.Analyzer) *analysis.Analyzer {
	return r.analyzer(func(pass *analysis.Pass) (any, error) {
		res, ok := pass.ResultOf[base].(*Result)
		switch {
		case !ok:
		case res.err != nil:
			return nil, res.showErr(pass, true)
		case res.Enabled(r.Name):
			r.Report(pass, res)
		}
		return nil, nil
	}, base, reporters...)
}

// Reader returns an analyzer that reports nothing and returns, per
// package, what read makes of base's Result (nil when base gave none): for
// a command that needs what errlint found rather than findings (errlint
// catalog, init, the notices of found catalogs).
func Reader[T any](base *analysis.Analyzer, name, doc, url string, read func(*analysis.Pass, *Result) T) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       name,
		Doc:        doc,
		URL:        url,
		Requires:   []*analysis.Analyzer{base},
		ResultType: reflect.TypeFor[T](),
		Run: func(pass *analysis.Pass) (any, error) {
			res, _ := pass.ResultOf[base].(*Result)
			return read(pass, res), nil
		},
	}
}
