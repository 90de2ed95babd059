// Package sarif writes errlint's findings as a SARIF 2.1.0 log for code
// scanning services: one rule per analyzer, one result per finding with its
// region in UTF-16 columns (SARIF's default columnKind), its fix as
// replacements, and partial fingerprints that survive unrelated edits.
//
// The package knows nothing of the driver: the caller hands it plain
// findings with byte offsets and a way to read the files they are in.
package sarif

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
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
	run   *run
	files *sources
	index map[string]int // artifact index by file
}

// Write writes the log as indented SARIF 2.1.0 JSON.
func (l *Log) Write(w io.Writer) error {
	log, err := l.build()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

func (l *Log) build() (*sarifLog, error) {
	files := &sources{read: l.ReadFile, files: map[string]*source{}}
	r := &run{
		Tool:               tool{Driver: toolComponent{Name: l.Tool.Name, Version: l.Tool.Version, InformationURI: l.Tool.InformationURI, Rules: []*reportingDescriptor{}}},
		OriginalURIBaseIDs: map[string]artifactLocation{SrcRoot: {URI: dirURI(l.Root)}},
		Artifacts:          []*artifact{},
		Results:            []*result{},
		ColumnKind:         "utf16CodeUnits",
	}
	b := &builder{Log: l, run: r, files: files, index: map[string]int{}}

	ruleIndex := map[string]int{}
	for i, rule := range l.Rules {
		ruleIndex[rule.ID] = i
		doc := strings.TrimSpace(rule.Doc)
		summary, _, _ := strings.Cut(doc, "\n")
		r.Tool.Driver.Rules = append(r.Tool.Driver.Rules, &reportingDescriptor{
			ID:                   rule.ID,
			ShortDescription:     message{strings.TrimPrefix(summary, rule.ID+": ")},
			FullDescription:      message{doc},
			Help:                 message{help(rule)},
			HelpURI:              rule.HelpURI,
			DefaultConfiguration: reportingConfiguration{Level: "warning"},
		})
	}

	prints, err := fingerprints(l.Findings, files, l.relative)
	if err != nil {
		return nil, err
	}
	for i, f := range l.Findings {
		idx, ok := ruleIndex[f.Rule]
		if !ok {
			return nil, fmt.Errorf("sarif: finding of %s, which is not among the rules", f.Rule)
		}
		reg, err := files.region(f.File, f.Start, f.End)
		if err != nil {
			return nil, err
		}
		res := &result{
			RuleID:              f.Rule,
			RuleIndex:           idx,
			Level:               "warning",
			Message:             message{f.Message},
			Locations:           []location{{physicalLocation{b.artifact(f.File, true), reg}}},
			PartialFingerprints: map[string]string{FingerprintKey: prints[i]},
		}
		if f.Fix != nil {
			fx, err := b.fix(f.Fix)
			if err != nil {
				return nil, err
			}
			res.Fixes = []*fix{fx}
		}
		r.Results = append(r.Results, res)
	}

	inv := &invocation{ExecutionSuccessful: len(l.Errors) == 0}
	for _, e := range l.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, notification{Level: "error", Message: message{e}})
	}
	r.Invocations = []*invocation{inv}

	return &sarifLog{Schema: schemaURI, Version: sarifVersion, Runs: []*run{r}}, nil
}

// fix converts f, its edits grouped by file in the order they first appear.
func (b *builder) fix(f *Fix) (*fix, error) {
	out := &fix{Description: message{f.Description}, ArtifactChanges: []*artifactChange{}}
	changes := map[string]*artifactChange{}
	for _, e := range f.Edits {
		reg, err := b.files.region(e.File, e.Start, e.End)
		if err != nil {
			return nil, err
		}
		offset, length := e.Start, e.End-e.Start
		reg.ByteOffset, reg.ByteLength = &offset, &length
		ch := changes[e.File]
		if ch == nil {
			ch = &artifactChange{ArtifactLocation: b.artifact(e.File, false)}
			changes[e.File] = ch
			out.ArtifactChanges = append(out.ArtifactChanges, ch)
		}
		ch.Replacements = append(ch.Replacements, replacement{DeletedRegion: reg, InsertedContent: message{e.New}})
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
func (b *builder) artifact(file string, target bool) artifactLocation {
	i, ok := b.index[file]
	if !ok {
		i = len(b.run.Artifacts)
		b.index[file] = i
		loc := artifactLocation{URI: fileURI(file), Index: &i}
		if rel, ok := b.relative(file); ok {
			loc = artifactLocation{URI: pathURI(rel), URIBaseID: SrcRoot, Index: &i}
		}
		a := &artifact{Location: loc, SourceLanguage: "go"}
		if src, err := b.files.get(file); err == nil {
			n := len(src.data)
			a.Length = &n
		}
		b.run.Artifacts = append(b.run.Artifacts, a)
	}
	a := b.run.Artifacts[i]
	if target && len(a.Roles) == 0 {
		a.Roles = []string{"analysisTarget"}
	}
	return a.Location
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
