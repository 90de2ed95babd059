package driver

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// PrintErrors prints the errors of the loaded packages (listing, parsing,
// type-checking) and of their modules to w, one per line, dependencies
// first, the way the x/tools drivers do. It returns how many it printed.
func PrintErrors(w io.Writer, roots []*packages.Package) int {
	return printErrors(w, roots, "")
}

// PrintErrors prints the errors of the loaded packages as the function
// PrintErrors does, with file names relative to prog.Dir when below it.
func (prog *Program) PrintErrors(w io.Writer) int {
	return printErrors(w, prog.Roots, prog.Dir)
}

// printErrors prints errors; an error without a position (go list's
// "pattern ./x/...: lstat …") is printed without the "-: " that
// packages.Error gives it.
func printErrors(w io.Writer, roots []*packages.Package, dir string) int {
	n := 0
	seenMod := make(map[*packages.Module]bool)
	seenLine := make(map[string]bool) // a file of p is also in "p [p.test]"
	for p := range packages.Postorder(roots) {
		for _, err := range p.Errors {
			line := err.Msg
			if err.Pos != "" && err.Pos != "-" {
				line = relPath(dir, err.Pos) + ": " + err.Msg
			}
			if seenLine[line] {
				continue
			}
			seenLine[line] = true
			fmt.Fprintln(w, line)
			n++
		}
		if m := p.Module; m != nil && m.Error != nil && !seenMod[m] {
			seenMod[m] = true
			fmt.Fprintln(w, m.Error.Err)
			n++
		}
	}
	return n
}

// relPath returns name (a file name, possibly followed by ":line:col")
// relative to dir when it lies below dir, as go vet shows file names;
// otherwise, or when dir is "", name itself.
func relPath(dir, name string) string {
	if dir == "" || !filepath.IsAbs(name) {
		return name
	}
	prefix := dir + string(filepath.Separator)
	if strings.HasSuffix(dir, string(filepath.Separator)) {
		prefix = dir
	}
	if rest, ok := strings.CutPrefix(name, prefix); ok && rest != "" {
		return rest
	}
	return name
}

// PrintText prints the diagnostics as `file:line:col: message [analyzer]`
// (file names relative to res.Dir when below it), each followed by its
// offending lines with contextLines of context when contextLines >= 0, and
// analysis errors as `analyzer: error`. Diagnostics repeated at one
// position are printed once. It returns the number of diagnostics and of
// analysis errors printed.
func (res *Results) PrintText(w io.Writer, contextLines int) (diags, errs int) {
	type key struct {
		pos, end token.Position
		a        *analysis.Analyzer
		msg      string
	}
	seen := make(map[key]bool)
	var buf bytes.Buffer
	files := make(map[string][]string)
	lines := func(name string) []string {
		l, ok := files[name]
		if !ok {
			data, _ := os.ReadFile(name)
			l = strings.Split(string(data), "\n")
			files[name] = l
		}
		return l
	}
	print := func(pos, end token.Pos, msg string) {
		posn := res.Fset.Position(pos)
		fmt.Fprintf(&buf, "%s: %s\n", relPath(res.Dir, posn.String()), msg)
		if contextLines < 0 {
			return
		}
		endp := res.Fset.Position(end)
		if !endp.IsValid() {
			endp = posn
		}
		src := lines(posn.Filename)
		for i := posn.Line - contextLines; i <= endp.Line+contextLines; i++ {
			if 1 <= i && i <= len(src) {
				fmt.Fprintf(&buf, "%d\t%s\n", i, src[i-1])
			}
		}
	}
	type item struct {
		k key
		d *analysis.Diagnostic
	}
	var items []item
	for _, e := range res.analysisErrors() {
		fmt.Fprintln(&buf, e)
		errs++
	}
	for _, r := range res.Results {
		if r.Err != nil {
			continue
		}
		for i := range r.Diagnostics {
			d := &r.Diagnostics[i]
			k := key{res.Fset.Position(d.Pos), res.Fset.Position(d.End), r.Analyzer, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			items = append(items, item{k, d})
		}
	}
	// In file order, whichever analyzer found them.
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i].k.pos, items[j].k.pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Offset < b.Offset
	})
	for _, it := range items {
		diags++
		print(it.d.Pos, it.d.End, it.d.Message+" ["+it.k.a.Name+"]")
		for _, rel := range it.d.Related {
			print(rel.Pos, rel.End, "\t"+rel.Message)
		}
	}
	w.Write(buf.Bytes())
	return diags, errs
}

// The JSON shapes of the x/tools drivers' -json output.
type jsonTextEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonSuggestedFix struct {
	Message string         `json:"message"`
	Edits   []jsonTextEdit `json:"edits"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

type jsonDiagnostic struct {
	Category       string             `json:"category,omitempty"`
	Posn           string             `json:"posn"`
	End            string             `json:"end"`
	Message        string             `json:"message"`
	SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
	Related        []jsonRelated      `json:"related,omitempty"`
}

type jsonError struct {
	Err string `json:"error"`
}

// PrintJSON prints the results as the x/tools drivers' -json does: an object
// keyed by package ID, then analyzer name, holding a list of diagnostics or
// an {"error": ...} object.
func (res *Results) PrintJSON(w io.Writer) error {
	tree := make(map[string]map[string]any)
	pos := func(p token.Pos) string { return res.Fset.Position(p).String() }
	for _, r := range res.Results {
		var v any
		if r.Err != nil {
			if IsSkipped(r.Err) {
				continue
			}
			v = jsonError{r.Err.Error()}
		} else {
			list := make([]jsonDiagnostic, 0, len(r.Diagnostics))
			for _, d := range r.Diagnostics {
				jd := jsonDiagnostic{
					Category: d.Category,
					Posn:     pos(d.Pos),
					End:      pos(cmp.Or(d.End, d.Pos)),
					Message:  d.Message,
				}
				for _, fix := range d.SuggestedFixes {
					jf := jsonSuggestedFix{Message: fix.Message}
					for _, e := range fix.TextEdits {
						p := res.Fset.Position(e.Pos)
						jf.Edits = append(jf.Edits, jsonTextEdit{
							Filename: p.Filename,
							Start:    p.Offset,
							End:      res.Fset.Position(e.End).Offset,
							New:      string(e.NewText),
						})
					}
					jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
				}
				for _, rel := range d.Related {
					jd.Related = append(jd.Related, jsonRelated{
						Posn:    pos(rel.Pos),
						End:     pos(cmp.Or(rel.End, rel.Pos)),
						Message: rel.Message,
					})
				}
				list = append(list, jd)
			}
			v = list
		}
		m := tree[r.Package.ID]
		if m == nil {
			m = make(map[string]any)
			tree[r.Package.ID] = m
		}
		m[r.Analyzer.Name] = v
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
