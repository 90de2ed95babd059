package main

import (
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/errlint/errlint/cmd/errlint/internal/driver"
	"github.com/errlint/errlint/cmd/errlint/internal/sarif"
)

// informationURI is errlint's home, named by the SARIF log's tool.
const informationURI = "https://github.com/errlint/errlint"

// writeSARIF writes the findings of res as a SARIF log with one rule per
// analyzer of rules (the whole suite, whether or not each ran), artifact
// URIs relative to the current directory. loadErrors (the lines
// driver.PrintErrors printed) and the analyzers' errors become error
// notifications of the run.
func writeSARIF(w io.Writer, res *driver.Results, rules []*analysis.Analyzer, loadErrors string) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	l := &sarif.Log{
		Tool:     sarif.Tool{Name: "errlint", Version: sarifToolVersion(), InformationURI: informationURI},
		Root:     wd,
		ReadFile: os.ReadFile,
	}
	for _, line := range strings.Split(loadErrors, "\n") {
		if line != "" {
			l.Errors = append(l.Errors, line)
		}
	}
	l.Errors = append(l.Errors, res.AnalysisErrors()...)
	ruled := map[string]bool{}
	addRule := func(a *analysis.Analyzer) {
		if !ruled[a.Name] {
			ruled[a.Name] = true
			l.Rules = append(l.Rules, sarif.Rule{ID: a.Name, Doc: a.Doc, HelpURI: a.URL})
		}
	}
	for _, a := range rules {
		addRule(a)
	}
	for _, f := range res.Findings() {
		addRule(f.Analyzer) // one that reports outside the suite still gets its rule
		sf := sarif.Finding{
			Rule:    f.Analyzer.Name,
			Message: f.Message,
			File:    f.Pos.Filename,
			Start:   f.Pos.Offset,
			End:     f.End.Offset,
		}
		if len(f.Fixes) > 0 { // at most one fix per finding (SPEC §2)
			fix := &sarif.Fix{Description: f.Fixes[0].Message}
			for _, e := range f.Fixes[0].Edits {
				fix.Edits = append(fix.Edits, sarif.Edit{File: e.Filename, Start: e.Start, End: e.End, New: e.New})
			}
			sf.Fix = fix
		}
		l.Findings = append(l.Findings, sf)
	}
	return l.Write(w)
}

// sarifToolVersion is errlint's module version from the build information,
// without the "v" of a tag ("1.2.3" when installed with go install
// ...@v1.2.3: SARIF readers compare versions that start with a number), or
// "(devel)" for a binary built inside its own module.
func sarifToolVersion() string {
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	if len(v) > 1 && v[0] == 'v' && '0' <= v[1] && v[1] <= '9' {
		v = v[1:]
	}
	return v
}
