// Package docs holds errlint's documentation pages; its test keeps the
// relative links between README.md and the pages here working.
package docs

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestLinks fails on a relative link of README.md or docs/*.md whose file
// does not exist, or whose #fragment names no heading of the Markdown
// file it points to (anchors computed as GitHub computes them).
func TestLinks(t *testing.T) {
	pages, err := filepath.Glob("*.md")
	if err != nil {
		t.Fatal(err)
	}
	pages = append(pages, filepath.Join("..", "README.md"))
	if len(pages) < 2 {
		t.Fatalf("no pages found: %v", pages)
	}
	for _, p := range brokenLinks(t, pages) {
		t.Error(p)
	}
}

// TestBrokenLinksFound checks that the checker itself finds each kind of
// broken link, and accepts the forms GitHub resolves.
func TestBrokenLinksFound(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.md", "# A\n\n## Go vet and `go fix`\n\n## Go vet and `go fix`\n\n"+
		"## Which codes: `errlint catalog -usage`\n\n## A dependency's catalog\n\n"+
		"[ok](b.md#the-b-page) [ok](#go-vet-and-go-fix-1) [ok](#which-codes-errlint-catalog--usage)\n"+
		"[ok](#a-dependencys-catalog) [ok](b.md) [ok](https://example.com/x.md#nope)\n"+
		"[bad file](c.md) [bad anchor](b.md#nope) [bad local](#go-vet-and-go-fix-2)\n"+
		"`[not a link](d.md)`\n\n```\n[not a link](e.md)\n# not a heading\n```\n"+
		"[bad in fence's anchor](#not-a-heading)\n")
	b := write("b.md", "# The B page\n\n[bad back](a.md#a-dependency-s-catalog)\n")
	got := brokenLinks(t, []string{a, b})
	want := []string{
		a + `: link "c.md": no such file`,
		a + `: link "b.md#nope": no heading "nope" in ` + b,
		a + `: link "#go-vet-and-go-fix-2": no heading "go-vet-and-go-fix-2" in ` + a,
		a + `: link "#not-a-heading": no heading "not-a-heading" in ` + a,
		b + `: link "a.md#a-dependency-s-catalog": no heading "a-dependency-s-catalog" in ` + a,
	}
	if !slices.Equal(got, want) {
		t.Errorf("brokenLinks:\ngot  %q\nwant %q", got, want)
	}
}

// linkRE matches an inline Markdown link or image, capturing its target.
var linkRE = regexp.MustCompile(`!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)

// brokenLinks returns a problem per broken relative link of the pages.
func brokenLinks(t *testing.T, pages []string) []string {
	t.Helper()
	var problems []string
	anchors := map[string][]string{} // by file, computed once
	anchorsOf := func(file string) []string {
		if a, ok := anchors[file]; ok {
			return a
		}
		text, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		anchors[file] = headingAnchors(string(text))
		return anchors[file]
	}
	for _, page := range pages {
		text, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range prose(string(text)) {
			for _, m := range linkRE.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue // not relative
				}
				path, frag, _ := strings.Cut(target, "#")
				file := page
				if path != "" {
					file = filepath.Join(filepath.Dir(page), filepath.FromSlash(path))
					if _, err := os.Stat(file); err != nil {
						problems = append(problems, fmt.Sprintf("%s: link %q: no such file", page, target))
						continue
					}
				}
				if frag == "" || !strings.HasSuffix(file, ".md") {
					continue
				}
				if !slices.Contains(anchorsOf(file), frag) {
					problems = append(problems, fmt.Sprintf("%s: link %q: no heading %q in %s", page, target, frag, file))
				}
			}
		}
	}
	return problems
}

// prose returns the lines of a Markdown text outside fenced code blocks,
// with inline code spans removed.
func prose(text string) []string {
	var out []string
	fenced := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		if !fenced {
			out = append(out, inlineCode.ReplaceAllString(line, ""))
		}
	}
	return out
}

var (
	inlineCode = regexp.MustCompile("`[^`]*`")
	headingRE  = regexp.MustCompile(`^#{1,6}\s+(.*?)\s*#*\s*$`)
	linkText   = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
)

// headingAnchors returns the anchors GitHub gives the headings of a
// Markdown text: the heading's text lower-cased, with every character but
// letters, digits, marks, '_', '-' and spaces dropped and each space made a
// '-'; a repeated anchor gets "-1", "-2", … in order.
func headingAnchors(text string) []string {
	var out []string
	seen := map[string]int{}
	fenced := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		m := headingRE.FindStringSubmatch(line)
		if fenced || m == nil {
			continue
		}
		heading := linkText.ReplaceAllString(m[1], "$1")
		var b strings.Builder
		for _, r := range strings.ToLower(heading) {
			switch {
			case r == ' ':
				b.WriteRune('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
				b.WriteRune(r)
			}
		}
		a := b.String()
		if n := seen[a]; n > 0 {
			seen[a] = n + 1
			a = fmt.Sprintf("%s-%d", a, n)
		} else {
			seen[a] = 1
		}
		out = append(out, a)
	}
	return out
}
