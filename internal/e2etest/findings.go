package e2etest

import (
	"cmp"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/errlint/errlint/internal/edit"
)

// Finding is one diagnostic, with its file relative to the analysed
// module's root.
type Finding struct {
	File      string // relative to the module root, with forward slashes
	Line, Col int
	Analyzer  string // "" when the tool does not say
	Message   string
	Fixes     []Fix // suggested fixes, in order
}

// Fix is one suggested fix.
type Fix struct {
	Message string
	Edits   []FileEdit
}

// FileEdit is a text edit of one file, in byte offsets.
type FileEdit struct {
	File string // as the tool printed it (errlint: absolute)
	edit.Edit
}

// String is "file:line:col: analyzer: message", without the analyzer when
// it is not known.
func (f Finding) String() string {
	if f.Analyzer == "" {
		return f.WithoutAnalyzer()
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", f.File, f.Line, f.Col, f.Analyzer, f.Message)
}

// WithoutAnalyzer is "file:line:col: message".
func (f Finding) WithoutAnalyzer() string {
	return fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Col, f.Message)
}

// Fix is the message of the first suggested fix, "" when there is none.
func (f Finding) Fix() string {
	if len(f.Fixes) == 0 {
		return ""
	}
	return f.Fixes[0].Message
}

// ErrlintJSON runs `errlint -json args... ./...` in dir with env and
// returns its findings and the result. A command that cannot run or
// output that does not parse fails the test; so does a finding with more
// than one suggested fix (the SPEC allows at most one).
func ErrlintJSON(t testing.TB, dir string, env []string, args ...string) ([]Finding, Result) {
	t.Helper()
	args = append(append([]string{"-json"}, args...), "./...")
	res, err := Run(dir, env, Errlint(t), args...)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := ParseJSON(dir, []byte(res.Stdout))
	if err != nil {
		t.Fatalf("%v\n%s", err, res)
	}
	for _, f := range fs {
		if len(f.Fixes) > 1 {
			t.Errorf("%s: %d suggested fixes; the SPEC allows at most one", f, len(f.Fixes))
		}
	}
	return fs, res
}

// ParseJSON parses the output of `errlint -json` run in dir. A finding
// reported twice (a file of p is also in "p [p.test]") is kept once; the
// findings are sorted. An analyzer that failed on a package is an error.
func ParseJSON(dir string, stdout []byte) ([]Finding, error) {
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout, &tree); err != nil {
		return nil, fmt.Errorf("errlint -json printed something else than JSON: %v\n%s", err, Clip(string(stdout)))
	}
	type diag struct {
		Posn           string `json:"posn"`
		Message        string `json:"message"`
		SuggestedFixes []struct {
			Message string `json:"message"`
			Edits   []struct {
				Filename   string `json:"filename"`
				Start, End int
				New        string `json:"new"`
			} `json:"edits"`
		} `json:"suggested_fixes"`
	}
	seen := map[string]bool{}
	var out []Finding
	for pkg, analyzers := range tree {
		for name, raw := range analyzers {
			var failure struct{ Error string }
			if json.Unmarshal(raw, &failure) == nil && failure.Error != "" {
				return nil, fmt.Errorf("errlint: analyzer %s failed on %s: %s", name, pkg, failure.Error)
			}
			var diags []diag
			if err := json.Unmarshal(raw, &diags); err != nil {
				return nil, fmt.Errorf("errlint -json: package %s analyzer %s: %v\n%s", pkg, name, err, raw)
			}
			for _, d := range diags {
				f, err := ParsePosn(dir, d.Posn)
				if err != nil {
					return nil, err
				}
				f.Analyzer, f.Message = name, d.Message
				for _, sf := range d.SuggestedFixes {
					fix := Fix{Message: sf.Message}
					for _, e := range sf.Edits {
						fix.Edits = append(fix.Edits, FileEdit{e.Filename, edit.Edit{Start: e.Start, End: e.End, New: e.New}})
					}
					f.Fixes = append(f.Fixes, fix)
				}
				if k := f.String(); !seen[k] {
					seen[k] = true
					out = append(out, f)
				}
			}
		}
	}
	Sort(out)
	return out, nil
}

var posnRE = regexp.MustCompile(`^(.*):(\d+):(\d+)$`)

// ParsePosn parses "file:line:col", making file relative to dir.
func ParsePosn(dir, posn string) (Finding, error) {
	m := posnRE.FindStringSubmatch(posn)
	if m == nil {
		return Finding{}, fmt.Errorf("bad position %q", posn)
	}
	file, err := Rel(dir, m[1])
	if err != nil {
		return Finding{}, err
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	return Finding{File: file, Line: line, Col: col}, nil
}

// Rel makes a file name a tool printed relative to dir, with forward
// slashes; a relative name is taken as relative to dir already. Symbolic
// links in either are resolved when that makes the name fall inside dir
// (the temporary directory may sit behind one). A file outside dir is an
// error.
func Rel(dir, name string) (string, error) {
	if !filepath.IsAbs(name) {
		return filepath.ToSlash(filepath.Clean(name)), nil
	}
	if rel, ok := inside(dir, name); ok {
		return rel, nil
	}
	if d, err := filepath.EvalSymlinks(dir); err == nil {
		if f, err := filepath.EvalSymlinks(name); err == nil {
			if rel, ok := inside(d, f); ok {
				return rel, nil
			}
		}
	}
	return "", fmt.Errorf("%s is outside %s", name, dir)
}

func inside(dir, name string) (string, bool) {
	rel, err := filepath.Rel(dir, name)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// Sort sorts findings by file, line, column, then text.
func Sort(fs []Finding) {
	slices.SortFunc(fs, func(a, b Finding) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col), strings.Compare(a.String(), b.String()))
	})
}

// Lines returns the sorted strings of the findings, by f (Finding.String,
// Finding.WithoutAnalyzer).
func Lines(fs []Finding, f func(Finding) string) []string {
	out := make([]string, 0, len(fs))
	for _, x := range fs {
		out = append(out, f(x))
	}
	slices.Sort(out)
	return out
}

// Difference returns the lines only in want and only in got, counting
// repeats, each sorted.
func Difference(want, got []string) (missing, extra []string) {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	for _, g := range got {
		count[g]--
	}
	for l, n := range count {
		for ; n > 0; n-- {
			missing = append(missing, l)
		}
		for ; n < 0; n++ {
			extra = append(extra, l)
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	return missing, extra
}

// CompareLines reports the lines only in want or only in got.
func CompareLines(t testing.TB, wantName string, want []string, gotName string, got []string) {
	t.Helper()
	if missing, extra := Difference(want, got); len(missing)+len(extra) > 0 {
		t.Errorf("%s and %s disagree\nonly in %s:\n\t%s\nonly in %s:\n\t%s",
			wantName, gotName, wantName, strings.Join(missing, "\n\t"), gotName, strings.Join(extra, "\n\t"))
	}
}
