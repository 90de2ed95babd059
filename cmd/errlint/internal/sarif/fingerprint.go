package sarif

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"go/ast"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// fingerprints returns each finding's partial fingerprint: a hash of what
// identifies it without a line number, so that it stays the same when
// unrelated lines above it move and code-scanning services can track it
// across commits. The key is the analyzer, the file's path relative to the
// root, the name of the enclosing declaration, the reported text with its
// white space removed and the message; findings with equal keys are told
// apart by their order in the file. Two findings on one expression differ
// by analyzer or message.
func fingerprints(findings []Finding, files *sources, relative func(string) (string, bool)) ([]string, error) {
	keys := make([]string, len(findings))
	for i, f := range findings {
		src, err := files.get(f.File)
		if err != nil {
			return nil, err
		}
		if f.Start < 0 || f.End < f.Start || f.End > len(src.data) {
			continue // region reports the bad range
		}
		rel, _ := relative(f.File)
		keys[i] = strings.Join([]string{
			f.Rule,
			rel,
			src.enclosing(f.Start),
			squeeze(string(src.data[f.Start:f.End])),
			f.Message,
		}, "\x00")
	}

	// Number equal keys in file order, whatever order the caller used.
	order := make([]int, len(findings))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		return cmp.Or(cmp.Compare(findings[i].Start, findings[j].Start), cmp.Compare(findings[i].End, findings[j].End))
	})
	seen := map[string]int{}
	out := make([]string, len(findings))
	for _, i := range order {
		n := seen[keys[i]]
		seen[keys[i]] = n + 1
		sum := sha256.Sum256([]byte(keys[i] + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out, nil
}

// squeeze removes white space, so that reformatting leaves a key alone.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// enclosing names the top-level declaration holding byte offset off:
// "F" for a function, "T.M" for a method, the names of the specs of a
// var, const or type declaration; "" outside any, or when the file does not
// parse.
func (src *source) enclosing(off int) string {
	f, tf := src.syntax()
	if f == nil || off > tf.Size() {
		return ""
	}
	pos := tf.Pos(off)
	for _, d := range f.Decls {
		if pos < d.Pos() || pos >= d.End() {
			continue
		}
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil && len(d.Recv.List) == 1 {
				return recvName(d.Recv.List[0].Type) + "." + d.Name.Name
			}
			return d.Name.Name
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if pos < s.Pos() || pos >= s.End() {
					continue
				}
				switch s := s.(type) {
				case *ast.ValueSpec:
					var names []string
					for _, n := range s.Names {
						names = append(names, n.Name)
					}
					return strings.Join(names, ",")
				case *ast.TypeSpec:
					return s.Name.Name
				}
			}
		}
		return ""
	}
	return ""
}

// recvName is the name of a receiver's type, without pointer or type
// parameters.
func recvName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
