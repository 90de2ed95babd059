// Package sarif writes errlint's findings as a SARIF 2.1.0 log for code
// scanning services: one rule per analyzer, one result per finding with its
// region in UTF-16 columns (SARIF's default columnKind), its fix as
// replacements, and partial fingerprints that survive unrelated edits.
//
// The package knows nothing of the driver: the caller hands it plain
// findings with byte offsets and a way to read the files they are in.
package sarif

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// SrcRoot is the uriBaseId of every artifact below Log.Root.
const SrcRoot = "%SRCROOT%"

// FingerprintKey names errlint's partial fingerprint in each result.
const FingerprintKey = "errlintFingerprint/v1"

// Tool describes the tool that produced the log.
type Tool struct {
	Name           string
	Version        string
	InformationURI string
}

// A Rule is one analyzer.
type Rule struct {
	ID      string // the analyzer's name
	Doc     string // its documentation: first line a summary
	HelpURI string
}

// A Finding is one diagnostic: byte offsets [Start, End) in File.
type Finding struct {
	Rule       string
	Message    string
	File       string // absolute path
	Start, End int
	Fix        *Fix // nil: none
}

// A Fix is a suggested fix: its edits never overlap.
type Fix struct {
	Description string
	Edits       []Edit
}

// An Edit replaces the bytes [Start, End) of File (an absolute path) with
// New.
type Edit struct {
	File       string
	Start, End int
	New        string
}

// Log is everything one SARIF log holds.
type Log struct {
	Tool     Tool
	Rules    []Rule
	Findings []Finding
	// Errors are failures of the tool itself (a package that does not
	// load, an analyzer that failed), logged as error notifications of the
	// invocation.
	Errors []string
	// Root is the absolute directory that artifact URIs are relative to,
	// under the uriBaseId SrcRoot; files outside it get absolute file URIs.
	Root string
	// ReadFile reads a file named by a finding or an edit.
	ReadFile func(name string) ([]byte, error)
}

// A builder holds what building one log needs besides the Log.
type builder struct {
	*Log
	run   *sarif.Run
	files *sources
	index map[string]int // artifact index by file
}

// Write writes the log as indented SARIF 2.1.0 JSON.
func (l *Log) Write(w io.Writer) error {
	report, err := l.build()
	if err != nil {
		return err
	}
	if err := report.PrettyWrite(w); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

func (l *Log) build() (*sarif.Report, error) {
	files := &sources{read: l.ReadFile, files: map[string]*source{}}
	driver := sarif.NewToolComponent().
		WithName(l.Tool.Name).
		WithInformationURI(l.Tool.InformationURI)
	if l.Tool.Version != "" {
		driver.WithVersion(l.Tool.Version)
	}
	run := sarif.NewRun().WithTool(sarif.NewTool().WithDriver(driver))
	run.WithColumnKind("utf16CodeUnits")
	run.Artifacts = []*sarif.Artifact{}
	run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{ // AddOriginalUriBaseId writes to a nil map
		SrcRoot: *sarif.NewArtifactLocation().WithURI(dirURI(l.Root)),
	})
	b := &builder{Log: l, run: run, files: files, index: map[string]int{}}

	ruleIndex := map[string]int{}
	for i, r := range l.Rules {
		ruleIndex[r.ID] = i
		summary, _, _ := strings.Cut(strings.TrimSpace(r.Doc), "\n")
		summary = strings.TrimPrefix(summary, r.ID+": ")
		driver.AddRule(sarif.NewReportingDescriptor().
			WithID(r.ID).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(summary)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(strings.TrimSpace(r.Doc))).
			WithHelp(sarif.NewMultiformatMessageString().WithText(help(r))).
			WithHelpURI(r.HelpURI).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel("warning")))
	}

	prints, err := fingerprints(l.Findings, files, l.relative)
	if err != nil {
		return nil, err
	}
	run.WithResults([]*sarif.Result{})
	for i, f := range l.Findings {
		idx, ok := ruleIndex[f.Rule]
		if !ok {
			return nil, fmt.Errorf("sarif: finding of %s, which is not among the rules", f.Rule)
		}
		region, err := files.region(f.File, f.Start, f.End)
		if err != nil {
			return nil, err
		}
		res := sarif.NewResult().
			WithRuleID(f.Rule).
			WithRuleIndex(idx).
			WithLevel("warning").
			WithMessage(sarif.NewMessage().WithText(f.Message)).
			WithLocations([]*sarif.Location{sarif.NewLocation().WithPhysicalLocation(
				sarif.NewPhysicalLocation().
					WithArtifactLocation(b.artifact(f.File, true)).
					WithRegion(region))}).
			WithPartialFingerprints(map[string]string{FingerprintKey: prints[i]})
		if f.Fix != nil {
			fix, err := b.fix(f.Fix)
			if err != nil {
				return nil, err
			}
			res.WithFixes([]*sarif.Fix{fix})
		}
		run.AddResult(res)
	}

	inv := sarif.NewInvocation().WithExecutionSuccessful(len(l.Errors) == 0)
	for _, e := range l.Errors {
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel("error").
			WithMessage(sarif.NewMessage().WithText(e)))
	}
	run.AddInvocation(inv)

	return sarif.NewReport().AddRun(run), nil
}

// fix converts f, its edits grouped by file in the order they first appear.
func (b *builder) fix(f *Fix) (*sarif.Fix, error) {
	out := sarif.NewFix().WithDescription(sarif.NewMessage().WithText(f.Description))
	changes := map[string]*sarif.ArtifactChange{}
	var order []string
	for _, e := range f.Edits {
		region, err := b.files.region(e.File, e.Start, e.End)
		if err != nil {
			return nil, err
		}
		region.WithByteOffset(e.Start).WithByteLength(e.End - e.Start)
		ch := changes[e.File]
		if ch == nil {
			ch = sarif.NewArtifactChange().WithArtifactLocation(b.artifact(e.File, false))
			ch.Replacements = []*sarif.Replacement{}
			changes[e.File] = ch
			order = append(order, e.File)
		}
		ch.AddReplacement(sarif.NewReplacement().
			WithDeletedRegion(region).
			WithInsertedContent(sarif.NewArtifactContent().WithText(e.New)))
	}
	for _, name := range order {
		out.AddArtifactChange(changes[name])
	}
	return out, nil
}

// relative returns the slash-separated path of file below l.Root, and
// whether it is below it.
func (l *Log) relative(file string) (string, bool) {
	rel, err := filepath.Rel(l.Root, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return filepath.ToSlash(file), false
	}
	return filepath.ToSlash(rel), true
}

// artifact locates file: relative to SrcRoot when below the root, else by
// an absolute file URI, with the index of its entry in the run's artifacts
// (added on first use).
func (b *builder) artifact(file string, target bool) *sarif.ArtifactLocation {
	loc := func() *sarif.ArtifactLocation {
		if rel, ok := b.relative(file); ok {
			return sarif.NewArtifactLocation().WithURI(pathURI(rel)).WithURIBaseID(SrcRoot)
		}
		return sarif.NewArtifactLocation().WithURI(fileURI(file))
	}
	i, ok := b.index[file]
	if !ok {
		i = len(b.run.Artifacts)
		b.index[file] = i
		a := sarif.NewArtifact().WithLocation(loc().WithIndex(i)).WithSourceLanguage("go")
		if src, err := b.files.get(file); err == nil {
			a.WithLength(len(src.data))
		}
		b.run.AddArtifact(a)
	}
	if a := b.run.Artifacts[i]; target && len(a.Roles) == 0 {
		a.Roles = []string{"analysisTarget"}
	}
	return loc().WithIndex(i)
}

// pathURI escapes a relative slash-separated path as a URI reference; a
// first segment with a colon gets "./" so that it is not read as a scheme.
func pathURI(rel string) string {
	if first, _, _ := strings.Cut(rel, "/"); strings.Contains(first, ":") {
		rel = "./" + rel
	}
	return (&url.URL{Path: rel}).EscapedPath()
}

// fileURI is the file:// URI of an absolute path.
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// dirURI is the file:// URI of a directory, ending in a slash as SARIF
// requires of a uriBaseId's URI.
func dirURI(abs string) string {
	u := fileURI(abs)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// help is the rule's help text, which code scanning shows with an alert:
// its documentation and where to read more.
func help(r Rule) string {
	h := strings.TrimSpace(r.Doc)
	if r.HelpURI != "" {
		h += "\n\n" + r.HelpURI
	}
	return h
}
