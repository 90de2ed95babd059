package response

import (
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/errlint/errlint/catalog"
)

const ignorePrefix = "//errlint:ignore"

// AllAnalyzers is the name that, in a directive, stands for every analyzer.
const AllAnalyzers = "all"

// A Directive is an //errlint:ignore comment of a reportable file, or a
// comment that looks like a misspelling of one.
type Directive struct {
	Comment *ast.Comment
	// Names are the analyzers it names, as written ("all" included).
	Names []string
	// Reason reports whether a reason follows the names; without one the
	// directive silences nothing.
	Reason bool
	// Malformed, when not empty, says how the comment misspells the
	// directive form; such a comment silences nothing.
	Malformed string

	key  ignoreKey // the line it silences
	used bool      // guarded by directives.mu
}

// ignoreKey is a line of a file.
type ignoreKey struct {
	file string
	line int
}

// directives holds the directives of a package and which of them silenced
// a finding. Reporters of one package may run at the same time.
type directives struct {
	list   []*Directive
	byLine map[ignoreKey][]*Directive

	mu sync.Mutex
}

// parse reads the directives of file. A directive alone on its line applies
// to the next line, otherwise to its own. src is the file's content, used
// only to tell whether a comment stands alone; nil means it does not.
func (d *directives) parse(fset *token.FileSet, file *ast.File, src []byte) {
	tf := fset.File(file.Pos())
	if tf == nil {
		return
	}
	for _, group := range file.Comments {
		for _, c := range group.List {
			dir := parseDirective(c.Text)
			if dir == nil {
				continue
			}
			dir.Comment = c
			pos := tf.Position(c.Pos())
			dir.key = ignoreKey{file: pos.Filename, line: pos.Line}
			if standsAlone(tf, src, c.Pos()) {
				dir.key.line++
			}
			d.list = append(d.list, dir)
			if dir.Malformed == "" && dir.Reason && len(dir.Names) > 0 {
				if d.byLine == nil {
					d.byLine = map[ignoreKey][]*Directive{}
				}
				d.byLine[dir.key] = append(d.byLine[dir.key], dir)
			}
		}
	}
}

// parseDirective reads one comment: an //errlint:ignore directive, a
// misspelling of one (Malformed set), or nil for any other comment.
func parseDirective(text string) *Directive {
	if rest, ok := strings.CutPrefix(text, ignorePrefix); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
		fields := strings.Fields(rest)
		dir := &Directive{Reason: len(fields) >= 2}
		if len(fields) > 0 {
			for _, name := range strings.Split(fields[0], ",") {
				if name = strings.TrimSpace(name); name != "" {
					dir.Names = append(dir.Names, name)
				}
			}
		}
		return dir
	}
	if msg := misspelling(text); msg != "" {
		return &Directive{Malformed: msg}
	}
	return nil
}

// misspelling returns what is wrong with a comment that was meant as an
// //errlint:ignore directive, or "" when it was not: "//errlint:" followed
// by any other word, or "errlint" then a word close to "ignore" in any
// other spelling ("// errlint:ignore", "//errlint: ignore", "/*errlint:ignore*/",
// "//errlint-ignore", "//ERRLINT:IGNORE"). It does not allocate for comments
// that do not start with "errlint".
func misspelling(text string) string {
	const want = "the form is //errlint:ignore NAME[,NAME] reason"
	body, block := strings.CutPrefix(text, "/*")
	if !block {
		body = strings.TrimPrefix(text, "//")
	}
	spaced := len(body) > 0 && (body[0] == ' ' || body[0] == '\t')
	body = strings.TrimLeft(body, " \t")
	if len(body) < len("errlint") || !strings.EqualFold(body[:len("errlint")], "errlint") {
		return ""
	}
	rest := body[len("errlint"):]
	strict := !block && !spaced && strings.HasPrefix(body, "errlint:")
	// A word after "errlint" is a directive only when joined to it by
	// punctuation ("errlint:", "errlint -ignore") or by nothing at all:
	// "errlint ignores test files" is prose.
	if trimmed := strings.TrimLeft(rest, " \t"); trimmed == "" || !strings.ContainsRune(":-_", rune(trimmed[0])) && trimmed != rest {
		return ""
	}
	word := strings.TrimLeft(rest, " \t:-_")
	if i := strings.IndexFunc(word, func(r rune) bool { return !isWordRune(r) }); i >= 0 {
		word = word[:i]
	}
	if strict {
		// "//errlint:" is a directive prefix: any word but ignore is wrong.
		if word == "ignore" {
			return "" // "//errlint:ignore" itself, handled by the caller
		}
		if word == "" {
			return "unknown errlint directive " + quote(text) + "; " + want
		}
		return "unknown errlint directive //errlint:" + word + "; " + want
	}
	if !isIgnoreLike(word) {
		return "" // prose that mentions errlint
	}
	switch {
	case block:
		return "errlint directive in a /* */ comment is not read; " + want
	case spaced:
		return "errlint directive with a space after // is not read; " + want
	}
	return "misspelled errlint directive " + quote(text) + "; " + want
}

func isWordRune(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// isIgnoreLike reports whether word is "ignore" up to case and two typos.
func isIgnoreLike(word string) bool {
	if len(word) < 4 || len(word) > 8 {
		return false
	}
	return catalog.NearestName(word, []string{"ignore"}) != ""
}

// NearestName returns the name in known closest to n, when n is likely a
// typo of it (at most two edits), or "": catalog.NearestName, the one
// "did you mean" of names.
func NearestName(n string, known []string) string { return catalog.NearestName(n, known) }

// quote shortens a comment for a message.
func quote(text string) string {
	if len(text) > 40 {
		text = text[:37] + "..."
	}
	return `"` + text + `"`
}

// standsAlone reports whether only blanks precede pos on its line.
func standsAlone(tf *token.File, src []byte, pos token.Pos) bool {
	if src == nil || !pos.IsValid() {
		return false
	}
	off := tf.Offset(pos)
	if off > len(src) {
		return false
	}
	for i := off - 1; i >= 0; i-- {
		switch src[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// silenced reports whether analyzer name is silenced at pos by a directive
// other than except, and records the directives that silence it as used.
func (d *directives) silenced(fset *token.FileSet, name string, pos token.Pos, except *Directive) bool {
	if len(d.byLine) == 0 || !pos.IsValid() {
		return false
	}
	p := fset.Position(pos)
	return d.silencedOn(name, ignoreKey{file: p.Filename, line: p.Line}, except)
}

// silencedOn reports whether analyzer name is silenced on the line key by
// a directive other than except, and records the directives that silence
// it as used.
func (d *directives) silencedOn(name string, key ignoreKey, except *Directive) bool {
	found := false
	for _, dir := range d.byLine[key] {
		if dir == except {
			continue
		}
		for _, n := range dir.Names {
			if n == name || n == AllAnalyzers {
				d.mu.Lock()
				dir.used = true
				d.mu.Unlock()
				found = true
				break
			}
		}
	}
	return found
}

// silencedInPair reports whether analyzer name is silenced, for a finding
// at pos, by a directive on another line of a status and body paired with
// what is at pos (§13: a directive on any line of a pair silences its
// findings): render.Status(r, 429) on one line, render.JSON(w, r, v) with
// the code on the next.
func (r *Result) silencedInPair(name string, pos token.Pos) bool {
	if len(r.dirs.byLine) == 0 || !pos.IsValid() {
		return false
	}
	p := r.fset.Position(pos)
	at := ignoreKey{file: p.Filename, line: p.Line}
	found := false
	for _, key := range r.pairLines()[at] {
		if key != at && r.dirs.silencedOn(name, key, nil) {
			found = true // go on: every directive that silences it is used
		}
	}
	return found
}

// pairLines returns, for each line of a status or body of a pair, every
// line of the pair: of the status expression, the call writing it, the
// call sending it, its body and the code paired with it. Built once.
func (r *Result) pairLines() map[ignoreKey][]ignoreKey {
	r.pairOnce.Do(func() {
		groups := map[*Response][]ast.Node{}
		for _, resp := range r.Responses {
			groups[resp] = append(groups[resp], resp.At, resp.Status, resp.Commit, resp.BodyArg)
			if resp.call != nil {
				groups[resp] = append(groups[resp], resp.call)
			}
			if resp.Code != nil {
				groups[resp] = append(groups[resp], resp.Code.Expr)
			}
		}
		for _, c := range r.Codes {
			if c.Status != nil {
				groups[c.Status] = append(groups[c.Status], c.Expr)
			}
		}
		out := map[ignoreKey][]ignoreKey{}
		for _, nodes := range groups {
			var lines []ignoreKey
			for _, n := range nodes {
				if n == nil || isNilNode(n) || !n.Pos().IsValid() {
					continue
				}
				from, to := r.fset.Position(n.Pos()), r.fset.Position(n.End())
				for l := from.Line; l <= to.Line; l++ {
					k := ignoreKey{file: from.Filename, line: l}
					if !slices.Contains(lines, k) {
						lines = append(lines, k)
					}
				}
			}
			if len(lines) < 2 {
				continue // one line: its own directives are enough
			}
			for _, k := range lines {
				for _, l := range lines {
					if !slices.Contains(out[k], l) {
						out[k] = append(out[k], l)
					}
				}
			}
		}
		r.pairs = out
	})
	return r.pairs
}

// isNilNode reports whether n is an interface holding a nil pointer.
func isNilNode(n ast.Node) bool {
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// SilencedExcept is Silenced, for a finding about directive self: the
// directive does not silence what is said about it.
func (r *Result) SilencedExcept(name string, pos token.Pos, self *Directive) bool {
	return r.dirs.silenced(r.fset, name, pos, self)
}

// Directives returns the directives of the package's reportable files and
// comments that misspell one, in file order, each with whether it has
// silenced a finding so far. Call it after every reporter has run (the
// directive analyzer requires them all).
func (r *Result) Directives() []DirectiveUse {
	r.dirs.mu.Lock()
	defer r.dirs.mu.Unlock()
	out := make([]DirectiveUse, len(r.dirs.list))
	for i, d := range r.dirs.list {
		out[i] = DirectiveUse{Directive: d, Used: d.used}
	}
	return out
}

// A DirectiveUse is a directive and whether it silenced a finding.
type DirectiveUse struct {
	*Directive
	Used bool
}
