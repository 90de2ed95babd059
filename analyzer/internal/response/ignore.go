package response

import (
	"go/ast"
	"go/token"
	"strings"
)

const ignorePrefix = "//errlint:ignore"

// ignoreKey is a line of a file.
type ignoreKey struct {
	file string
	line int
}

// directives maps each silenced line to the analyzers silenced there.
type directives map[ignoreKey]map[string]bool

// parseDirectives reads the //errlint:ignore comments of file. A directive
// alone on its line applies to the next line, otherwise to its own; one
// without a reason silences nothing. src is the file's content, used only to
// tell whether a comment stands alone; nil means it does not.
func (d directives) parse(fset *token.FileSet, file *ast.File, src []byte) {
	tf := fset.File(file.Pos())
	if tf == nil {
		return
	}
	for _, group := range file.Comments {
		for _, c := range group.List {
			if !strings.HasPrefix(c.Text, ignorePrefix) {
				continue
			}
			rest := strings.TrimPrefix(c.Text, ignorePrefix)
			if rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
				continue // "//errlint:ignored" is not ours
			}
			fields := strings.Fields(rest)
			if len(fields) < 2 {
				continue // no reason: silences nothing
			}
			pos := tf.Position(c.Pos())
			line := pos.Line
			if standsAlone(tf, src, c.Pos()) {
				line++
			}
			key := ignoreKey{file: pos.Filename, line: line}
			if d[key] == nil {
				d[key] = map[string]bool{}
			}
			for _, name := range strings.Split(fields[0], ",") {
				if name = strings.TrimSpace(name); name != "" {
					d[key][name] = true
				}
			}
		}
	}
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

// silenced reports whether analyzer name is silenced at pos.
func (d directives) silenced(fset *token.FileSet, name string, pos token.Pos) bool {
	if len(d) == 0 || !pos.IsValid() {
		return false
	}
	p := fset.Position(pos)
	return d[ignoreKey{file: p.Filename, line: p.Line}][name]
}
