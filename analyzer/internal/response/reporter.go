package response

import (
	"fmt"
	"go/ast"
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
// findings from the base's Result into a Sink. Everything else an analyzer
// is made of (its Doc, URL and requirements, the error of a bad
// configuration, the //errlint:ignore filter, where a finding goes and
// reporting a node once, enabling) is built here, once, by New and After.
type Reporter struct {
	Name   string
	Src    string // the package's doc.go, embedded: Doc reads it
	Report func(*Sink, *Result)
}

// A Sink takes one analyzer's findings on one package, each at the node
// it is about: it gives the finding the span of that node (d.Pos and d.End,
// the range an editor underlines) and reports it, unless an
// //errlint:ignore directive silences the analyzer on the node's line.
// The directive is then recorded as used, so ignoredirective can tell the
// directives that silenced nothing. (After's sink has no such filter: its
// reporter silences its own findings, with Result.SilencedExcept.) A
// finding at no node (nil: one the base could not place) is dropped.
//
// Report reports every finding; Once reports the first finding at a node
// and drops the later ones, for an analyzer that makes one finding per
// node and may reach a node twice (a status paired with two codes, a
// response written by two writers). The two share the record of the
// nodes reported at, silenced findings included: a directive that
// silences the first finding at a node silences the node.
type Sink struct {
	pass     *analysis.Pass
	silenced func(token.Pos) bool // nil: nothing is silenced here
	reported map[ast.Node]bool    // made on the first finding
}

// Report reports d at at.
func (s *Sink) Report(at ast.Node, d analysis.Diagnostic) {
	if at == nil {
		return
	}
	if s.reported == nil {
		s.reported = make(map[ast.Node]bool)
	}
	s.reported[at] = true
	d.Pos, d.End = at.Pos(), at.End()
	if s.silenced == nil || !s.silenced(d.Pos) {
		s.pass.Report(d)
	}
}

// Once reports d at at unless a finding was reported at at already.
func (s *Sink) Once(at ast.Node, d analysis.Diagnostic) {
	if !s.reported[at] {
		s.Report(at, d)
	}
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
// with it and a Sink when r is enabled for the package. With a bad
// configuration or catalog it reports nothing, and shows the error only as
// the options of base say (see Result.showErr).
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
		silenced := func(pos token.Pos) bool { return res.Silenced(r.Name, pos) }
		r.Report(&Sink{pass: pass, silenced: silenced}, res)
		return nil, nil
	}, base)
}

// After returns r as an analyzer that checks what the reporters built on
// base did: it requires every one of them, so it runs once they have all
// reported. Its Sink applies no //errlint:ignore filter (r.Report silences
// its findings itself, with Result.SilencedExcept). With a bad
// configuration the reporters check nothing, and so does it; being the one
// analyzer of the suite that no other requires, it is the one that returns
// the error, whether or not r is enabled (see Result.showErr).
func (r Reporter) After(base *analysis.Analyzer, reporters ...*analysis.Analyzer) *analysis.Analyzer {
	return r.analyzer(func(pass *analysis.Pass) (any, error) {
		res, ok := pass.ResultOf[base].(*Result)
		switch {
		case !ok:
		case res.err != nil:
			return nil, res.showErr(pass, true)
		case res.Enabled(r.Name):
			r.Report(&Sink{pass: pass}, res)
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
