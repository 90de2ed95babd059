package driver

import (
	"cmp"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// A Finding is one diagnostic of a run, flattened for report writers (the
// SARIF output): positions resolved in the files the bytes are in (not
// adjusted by //line directives), fixes as byte-offset edits.
type Finding struct {
	Analyzer *analysis.Analyzer
	Pos, End token.Position // End is Pos when the diagnostic has no end
	Message  string
	Fixes    []Fix
}

// A Fix is one suggested fix of a finding.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the bytes [Start, End) of Filename with New.
type Edit struct {
	Filename   string
	Start, End int
	New        string
}

// Findings returns the diagnostics of the run in file order (by file name,
// then offset, then analyzer name and message), each once: the same
// analyzer's identical message at one range is one finding, as in the text
// output.
func (res *Results) Findings() []Finding {
	type key struct {
		pos, end token.Position
		a        *analysis.Analyzer
		msg      string
	}
	seen := make(map[key]bool)
	position := func(p token.Pos) token.Position { return res.Fset.PositionFor(p, false) }
	var out []Finding
	for _, r := range res.Results {
		if r.Err != nil {
			continue
		}
		for _, d := range r.Diagnostics {
			f := Finding{
				Analyzer: r.Analyzer,
				Pos:      position(d.Pos),
				End:      position(cmp.Or(d.End, d.Pos)),
				Message:  d.Message,
			}
			k := key{f.Pos, f.End, f.Analyzer, f.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			for _, sf := range d.SuggestedFixes {
				fix := Fix{Message: sf.Message}
				for _, e := range sf.TextEdits {
					p := position(e.Pos)
					fix.Edits = append(fix.Edits, Edit{
						Filename: p.Filename,
						Start:    p.Offset,
						End:      position(cmp.Or(e.End, e.Pos)).Offset,
						New:      string(e.NewText),
					})
				}
				f.Fixes = append(f.Fixes, fix)
			}
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(x, y Finding) int {
		return cmp.Or(
			cmp.Compare(x.Pos.Filename, y.Pos.Filename),
			cmp.Compare(x.Pos.Offset, y.Pos.Offset),
			cmp.Compare(x.End.Offset, y.End.Offset),
			cmp.Compare(x.Analyzer.Name, y.Analyzer.Name),
			cmp.Compare(x.Message, y.Message),
		)
	})
	return out
}

// AnalysisErrors returns the errors of analyzers that failed on a package
// (not those skipped because the package does not type-check), as
// "analyzer: error" lines, in package order.
func (res *Results) AnalysisErrors() []string {
	var out []string
	for _, e := range res.analysisErrors() {
		out = append(out, e.String())
	}
	return out
}

// analysisError is an error of one or more analyzers, on one or more
// packages, with the same text.
type analysisError struct {
	text      string
	analyzers []string
}

// String names the analyzer when the error is one analyzer's; an error
// every reporter returns (a bad configuration) names its file and line
// itself.
func (e analysisError) String() string {
	if len(e.analyzers) == 1 {
		return e.analyzers[0] + ": " + e.text
	}
	return e.text
}

// analysisErrors returns the errors of the run, each text once (SPEC §13:
// each configuration problem once per run, not once per analyzer), in the
// order first seen; skipped analyses are left out.
func (res *Results) analysisErrors() []analysisError {
	var out []analysisError
	index := map[string]int{}
	for _, r := range res.Results {
		if r.Err == nil || IsSkipped(r.Err) {
			continue
		}
		text := r.Err.Error()
		i, ok := index[text]
		if !ok {
			i = len(out)
			index[text] = i
			out = append(out, analysisError{text: text})
		}
		if !slices.Contains(out[i].analyzers, r.Analyzer.Name) {
			out[i].analyzers = append(out[i].analyzers, r.Analyzer.Name)
		}
	}
	return out
}
