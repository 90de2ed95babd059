package response

import (
	"go/parser"
	"go/token"
	"strings"
)

// Doc returns the documentation of analyzer name from the content of its
// doc.go: the section under the heading "# Analyzer name", whose first line
// reads "name: summary", without the "name: " prefix. It never fails: a
// malformed doc.go yields a one-line fallback.
func Doc(src, name string) string {
	fallback := name + ": see " + name + "/doc.go"
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		return fallback
	}
	lines := strings.Split(f.Doc.Text(), "\n")
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "# Analyzer "+name {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return fallback
	}
	var body []string
	for _, l := range lines[start:] {
		if strings.HasPrefix(l, "# ") {
			break
		}
		body = append(body, l)
	}
	text := strings.TrimSpace(strings.Join(body, "\n"))
	if !strings.HasPrefix(text, name+": ") {
		return fallback
	}
	return strings.TrimPrefix(text, name+": ")
}
