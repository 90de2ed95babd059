package driver

import (
	"bytes"
	"fmt"
	"github.com/errlint/errlint/internal/edit"
	"go/format"
	"io"
	"os"
	"sort"
	"strings"
)

// FixOptions say what ApplyFixes does with the fixed files.
type FixOptions struct {
	// Diff, when non-nil, receives a unified diff of every changed file
	// instead of the files being rewritten.
	Diff io.Writer
}

// FixSummary counts what ApplyFixes did.
type FixSummary struct {
	Fixes, Applied, Conflicts, Skipped, Files int
}

// ApplyFixes applies, in one round, the first suggested fix of every
// diagnostic of the results. Fixes are independent changes merged one after
// the other: an edit identical to one already accepted (the same import
// added twice) is merged into it, and a fix with an edit overlapping a
// different accepted edit is left out as a whole and counted in
// Conflicts (errlint's fixes never conflict; its finding then remains for
// the caller to report). Fixes that would edit a generated file are
// skipped. Every changed file is gofmt-formatted. The error reports only
// files that changed since they were analysed and failed writes; the
// summary is valid either way.
func (res *Results) ApplyFixes(opts FixOptions) (FixSummary, error) {
	var sum FixSummary
	baseline := make(map[string][]byte)
	accepted := make(map[string][]edit.Edit)
	seenFix := make(map[string]bool) // the same fix reported twice is one fix

	for _, r := range res.Results {
	diagnostics:
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			fix := d.SuggestedFixes[0]
			byFile := make(map[string][]edit.Edit)
			var sig strings.Builder
			for _, e := range fix.TextEdits {
				tf := res.Fset.File(e.Pos)
				if tf == nil {
					continue diagnostics
				}
				name := tf.Name()
				if res.Generated[name] {
					sum.Skipped++
					continue diagnostics
				}
				if _, ok := baseline[name]; !ok {
					data, err := os.ReadFile(name)
					if err != nil {
						return sum, err
					}
					if len(data) != tf.Size() {
						return sum, fmt.Errorf("%s changed since it was analysed; fixes not applied", name)
					}
					baseline[name] = data
				}
				ed, err := edit.FromTextEdit(tf, e)
				if err != nil {
					continue diagnostics // an invalid fix is dropped, never applied
				}
				byFile[name] = append(byFile[name], ed)
				fmt.Fprintf(&sig, "%s:%d:%d:%q;", name, ed.Start, ed.End, ed.New)
			}
			if seenFix[sig.String()] {
				continue
			}
			seenFix[sig.String()] = true
			sum.Fixes++

			merged := make(map[string][]edit.Edit, len(byFile))
			for name, edits := range byFile {
				m, ok := edit.Merge(accepted[name], edits)
				if !ok {
					sum.Conflicts++
					continue diagnostics
				}
				merged[name] = m
			}
			for name, m := range merged {
				accepted[name] = m
			}
			sum.Applied++
		}
	}

	names := make([]string, 0, len(accepted))
	for name := range accepted {
		names = append(names, name)
	}
	sort.Strings(names)
	var writeErr error
	for _, name := range names {
		old := baseline[name]
		fixed, err := edit.Apply(old, accepted[name])
		if err != nil {
			return sum, fmt.Errorf("%s: %v", name, err) // cannot happen: Merge accepted only edits that apply together
		}
		if formatted, err := format.Source(fixed); err == nil {
			fixed = formatted
		}
		if bytes.Equal(old, fixed) {
			continue
		}
		if opts.Diff != nil {
			io.WriteString(opts.Diff, fileDiff(name, string(old), string(fixed)))
			sum.Files++
			continue
		}
		if err := writeFile(name, fixed); err != nil {
			if writeErr == nil {
				writeErr = err
			}
			continue
		}
		sum.Files++
	}
	return sum, writeErr
}

// writeFile replaces the content of a file, keeping its permissions.
func writeFile(name string, data []byte) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(name); err == nil {
		mode = fi.Mode().Perm()
	}
	return os.WriteFile(name, data, mode)
}

// String describes what was done in one line, for the user.
func (sum FixSummary) String() string {
	s := fmt.Sprintf("applied %s to %s", plural(sum.Applied, "fix", "fixes"), plural(sum.Files, "file", "files"))
	if sum.Conflicts > 0 {
		s += fmt.Sprintf("; %d left out (conflicting edits)", sum.Conflicts)
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
