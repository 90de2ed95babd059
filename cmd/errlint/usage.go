package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	codeusage "github.com/errlint/errlint/analyzer/usage"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/cmd/errlint/internal/driver"
)

// usageReport is `errlint catalog -usage`: one section per catalog in
// effect among the packages, in the JSON shape of -format json.
type usageReport struct {
	Catalogs []*catalogUse `json:"catalogs"`
}

// catalogUse is the usage of one catalog by the packages it is in effect
// in.
type catalogUse struct {
	// Source is the catalog's file (relative to the current directory when
	// below it) or "embedded default"; Packages are the import paths it is
	// in effect in.
	Source   string   `json:"source"`
	Packages []string `json:"packages"`
	// Codes holds every catalog code, in catalog order, with where it is
	// sent; Unreferenced names those sent nowhere, Unknown the codes sent
	// that the catalog lacks (sorted).
	Codes        []*codeUsage `json:"codes"`
	Unreferenced []string     `json:"unreferenced"`
	Unknown      []*codeUsage `json:"unknown"`
	// NotConstant counts code positions whose code is not a constant.
	NotConstant int `json:"not_constant"`

	cat   *catalog.Catalog
	index map[string]*codeUsage
}

type codeUsage struct {
	Code     string  `json:"code"`
	Statuses []int   `json:"statuses,omitempty"` // the catalog's, default first
	SentWith []int   `json:"sent_with"`          // the constant statuses it is sent with, ascending
	Places   []place `json:"places"`             // where it is sent
	// References are the uses of identifiers bound to it that send
	// nothing themselves (a lookup in its Go catalog's table, an
	// argument, a case): the code is referenced there.
	References []place `json:"references,omitempty"`
}

// A place is a code position: file:line:col, and the constant status the
// code is sent with there (absent when none is paired or it is not
// constant).
type place struct {
	Pos    string `json:"pos"`
	Status int    `json:"status,omitempty"`

	posn token.Position
}

// buildUsage groups the usage results of the root packages by catalog: one
// section for the packages where the same catalog (same source, same
// content) is in effect, though each package has a catalog value of its
// own. A package with no file but tests is in no section (the catalog the
// base gives a package with no file is no configured one); with -test its
// tests are counted, in its test variants (see countedIDs).
func buildUsage(res *driver.Results, u *analysis.Analyzer, wd string) *usageReport {
	rep := &usageReport{Catalogs: []*catalogUse{}}
	byCatalog := map[[2]string]*catalogUse{}
	counted := countedIDs(res, u)
	for _, r := range res.Results {
		v, ok := r.Value.(*codeusage.Usage)
		if r.Analyzer != u || !ok || len(r.Package.CompiledGoFiles) == 0 || !counted[r.Package.ID] {
			continue
		}
		key := [2]string{"", ""}
		if v.Catalog != nil {
			key = [2]string{v.Catalog.Source, v.Catalog.Digest()}
		}
		cu := byCatalog[key]
		if cu == nil {
			cu = newCatalogUsage(v.Catalog)
			cu.Source = relPath(cu.Source, wd)
			byCatalog[key] = cu
			rep.Catalogs = append(rep.Catalogs, cu)
		}
		if !slices.Contains(cu.Packages, r.Package.PkgPath) {
			cu.Packages = append(cu.Packages, r.Package.PkgPath)
		}
		cu.NotConstant += v.NotConstant
		for _, p := range v.Places {
			c := cu.code(p.Code)
			posn := res.Fset.Position(p.Pos)
			if p.Read {
				// A comparison reads the code: referenced, not sent.
				c.References = append(c.References, place{Pos: relPosition(posn, wd), posn: posn})
				continue
			}
			c.Places = append(c.Places, place{Pos: relPosition(posn, wd), Status: p.Status, posn: posn})
			if p.Status != 0 && !slices.Contains(c.SentWith, p.Status) {
				c.SentWith = append(c.SentWith, p.Status)
			}
		}
		for _, p := range v.References {
			c := cu.code(p.Code)
			posn := res.Fset.Position(p.Pos)
			c.References = append(c.References, place{Pos: relPosition(posn, wd), posn: posn})
		}
	}
	for _, cu := range rep.Catalogs {
		slices.Sort(cu.Packages)
		for _, c := range cu.Codes {
			finish(c)
			if len(c.Places) == 0 && len(c.References) == 0 {
				cu.Unreferenced = append(cu.Unreferenced, c.Code)
			}
		}
		for _, c := range cu.Unknown {
			finish(c)
		}
		slices.SortFunc(cu.Unknown, func(a, b *codeUsage) int { return strings.Compare(a.Code, b.Code) })
	}
	// The catalog used by the most packages first.
	slices.SortStableFunc(rep.Catalogs, func(a, b *catalogUse) int {
		return cmp.Or(cmp.Compare(len(b.Packages), len(a.Packages)), strings.Compare(a.Source, b.Source))
	})
	return rep
}

// countedIDs returns the IDs of the packages whose usage results count,
// each file once. With -test the driver analyses test variants too: "p
// [p.test]" holds p's files and its in-package tests, so it stands for p;
// "p_test [p.test]" holds the external tests; a package recompiled for p's
// tests ("q [p.test]") holds q's files, counted with q when q is one of
// the packages asked for.
func countedIDs(res *driver.Results, u *analysis.Analyzer) map[string]bool {
	counted := map[string]bool{}
	for _, r := range res.Results {
		if r.Analyzer != u {
			continue
		}
		id := r.Package.ID
		pkg, test, variant := strings.Cut(id, " [")
		test = strings.TrimSuffix(test, ".test]")
		if !variant || pkg == test || pkg == test+"_test" {
			counted[id] = true
		}
	}
	for id := range counted {
		if counted[id+" ["+id+".test]"] {
			delete(counted, id) // its variant stands for it
		}
	}
	return counted
}

// code returns the usage of code, a new unknown one when the catalog
// lacks it.
func (cu *catalogUse) code(code string) *codeUsage {
	c := cu.index[code]
	if c == nil {
		c = &codeUsage{Code: code, SentWith: []int{}, Places: []place{}}
		cu.index[code] = c
		cu.Unknown = append(cu.Unknown, c)
	}
	return c
}

func newCatalogUsage(c *catalog.Catalog) *catalogUse {
	cu := &catalogUse{Source: "no catalog", cat: c, index: map[string]*codeUsage{},
		Codes: []*codeUsage{}, Unreferenced: []string{}, Unknown: []*codeUsage{}}
	if c == nil {
		return cu
	}
	cu.Source = c.Source
	for _, e := range c.Entries {
		u := &codeUsage{Code: e.Code, Statuses: e.Statuses, SentWith: []int{}, Places: []place{}}
		cu.Codes = append(cu.Codes, u)
		cu.index[e.Code] = u
	}
	return cu
}

// finish sorts a code's places and references by position and its
// statuses.
func finish(c *codeUsage) {
	slices.Sort(c.SentWith)
	byPos := func(a, b place) int {
		return cmp.Or(strings.Compare(a.posn.Filename, b.posn.Filename),
			cmp.Compare(a.posn.Offset, b.posn.Offset), cmp.Compare(a.Status, b.Status))
	}
	slices.SortStableFunc(c.Places, byPos)
	slices.SortStableFunc(c.References, byPos)
}

// referencedOnly returns the catalog codes that are referenced but sent
// nowhere.
func (cu *catalogUse) referencedOnly() []*codeUsage {
	var out []*codeUsage
	for _, c := range cu.Codes {
		if len(c.Places) == 0 && len(c.References) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// refs says how often a code is referenced, and where first.
func refs(c *codeUsage) string {
	return fmt.Sprintf("%s, first at %s", plural(len(c.References), "reference", "references"), c.References[0].Pos)
}

// relPosition prints posn with its file relative to wd when below it.
func relPosition(posn token.Position, wd string) string {
	posn.Filename = relPath(posn.Filename, wd)
	return posn.String()
}

// relPath makes an absolute path below wd relative to it, as the text
// output of findings does; anything else is returned as is.
func relPath(name, wd string) string {
	if !filepath.IsAbs(name) || wd == "" {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && !filepath.IsAbs(rel) &&
		rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return name
}

func (p place) text() string {
	if p.Status == 0 {
		return p.Pos + " (status not constant or not paired)"
	}
	return fmt.Sprintf("%s (%d)", p.Pos, p.Status)
}

// write prints the report, a section per catalog: its header after
// prefix, then what section writes of it.
func (rep *usageReport) write(w io.Writer, prefix string, section func(*strings.Builder, *catalogUse)) error {
	var b strings.Builder
	for i, cu := range rep.Catalogs {
		if i > 0 {
			b.WriteString("\n")
		}
		cu.header(&b, prefix)
		section(&b, cu)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeText prints the report for a reader.
func (rep *usageReport) writeText(w io.Writer) error {
	return rep.write(w, "# catalog: ", func(b *strings.Builder, cu *catalogUse) {
		var sent []*codeUsage
		for _, c := range cu.Codes {
			if len(c.Places) > 0 {
				sent = append(sent, c)
			}
		}
		fmt.Fprintf(b, "\ncodes sent (%d of %d):\n", len(sent), len(cu.Codes))
		for _, c := range sent {
			fmt.Fprintf(b, "  %s (catalog: %s)%s\n", c.Code, catalog.StatusList(c.Statuses), sentWith(c))
			for _, p := range c.Places {
				fmt.Fprintf(b, "    %s\n", p.text())
			}
		}
		if only := cu.referencedOnly(); len(only) > 0 {
			fmt.Fprintf(b, "\nreferenced, not sent (%d):\n", len(only))
			for _, c := range only {
				fmt.Fprintf(b, "  %s (catalog: %s): %s\n", c.Code, catalog.StatusList(c.Statuses), refs(c))
			}
		}
		fmt.Fprintf(b, "\nnever referenced (%d):\n", len(cu.Unreferenced))
		for _, code := range cu.Unreferenced {
			fmt.Fprintf(b, "  %s (catalog: %s)\n", code, catalog.StatusList(cu.index[code].Statuses))
		}
		fmt.Fprintf(b, "\nsent but not in the catalog (%d):\n", len(cu.Unknown))
		for _, c := range cu.Unknown {
			fmt.Fprintf(b, "  %s%s\n", quoteCode(c.Code), sentWith(c))
			for _, p := range c.Places {
				fmt.Fprintf(b, "    %s\n", p.text())
			}
		}
	})
}

// header names the catalog and how many packages it is in effect in; the
// number of its codes is in the "codes sent (N of M)" line, and a Go
// catalog's source counts them already.
func (cu *catalogUse) header(b *strings.Builder, prefix string) {
	fmt.Fprintf(b, "%s%s, in effect in %s\n", prefix, cu.Source, plural(len(cu.Packages), "package", "packages"))
	if cu.NotConstant > 0 {
		fmt.Fprintf(b, "(not counted: %s whose code is not a constant, such as an error writer's parameter)\n",
			plural(cu.NotConstant, "code position", "code positions"))
	}
}

func sentWith(c *codeUsage) string {
	if len(c.SentWith) == 0 {
		return ""
	}
	return " sent with " + catalog.StatusList(c.SentWith)
}

// quoteCode shows the empty code visibly.
func quoteCode(code string) string {
	if code == "" {
		return `""`
	}
	return code
}

// writeJSON prints the report as indented JSON.
func (rep *usageReport) writeJSON(w io.Writer) error {
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// writeMarkdown prints the report as Markdown tables, for a wiki or a pull
// request.
func (rep *usageReport) writeMarkdown(w io.Writer) error {
	return rep.write(w, "## Catalog: ", func(b *strings.Builder, cu *catalogUse) {
		b.WriteString("\n| Code | Catalog status | Sent with | Places |\n|---|---|---|---|\n")
		for _, c := range cu.Codes {
			fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", c.Code, catalog.StatusList(c.Statuses), orDash(catalog.StatusList(c.SentWith)), places(c))
		}
		fmt.Fprintf(b, "\n### Never referenced (%d)\n\n", len(cu.Unreferenced))
		if len(cu.Unreferenced) == 0 {
			b.WriteString("None.\n")
		}
		for _, code := range cu.Unreferenced {
			fmt.Fprintf(b, "- `%s`\n", code)
		}
		fmt.Fprintf(b, "\n### Sent but not in the catalog (%d)\n\n", len(cu.Unknown))
		if len(cu.Unknown) == 0 {
			b.WriteString("None.\n")
			return
		}
		b.WriteString("| Code | Sent with | Places |\n|---|---|---|\n")
		for _, c := range cu.Unknown {
			fmt.Fprintf(b, "| `%s` | %s | %s |\n", markdownCell(quoteCode(c.Code)), orDash(catalog.StatusList(c.SentWith)), places(c))
		}
	})
}

func places(c *codeUsage) string {
	if len(c.Places) == 0 && len(c.References) > 0 {
		return "not sent; " + markdownCell(refs(c))
	}
	if len(c.Places) == 0 {
		return "never referenced"
	}
	s := make([]string, len(c.Places))
	for i, p := range c.Places {
		s[i] = markdownCell(p.text())
	}
	return strings.Join(s, "<br>")
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// markdownCell escapes the characters that would end a table cell.
func markdownCell(s string) string {
	return strings.NewReplacer("|", `\|`, "`", "'", "\n", " ").Replace(s)
}

// runUsage implements `errlint catalog -usage [packages]`: exit 0 with the
// report, 1 when errlint fails (packages that do not load, a bad catalog
// or configuration).
func runUsage(format, catalogArg string, tests bool, patterns []string, stdout, stderr io.Writer) int {
	switch format {
	case "text", "json", "markdown", "md":
	default:
		fmt.Fprintf(stderr, "errlint catalog -usage: unknown format %q (want text, json or markdown)\n", format)
		return 2
	}
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	catalogPath, ok := catalogFlag(catalogArg, stderr)
	if !ok {
		return 1
	}
	u := codeusage.New(catalogPath, tests)
	// The configuration of every package is read before any is analysed:
	// a bad one stops the run, as it does a plain run.
	settings := func(prog *driver.Program) error {
		_, _, err := resolveSettings(prog, catalogPath)
		return err
	}
	res, failed, err := analyseLoaded(stderr, driver.LoadConfig{AnalyseTests: tests}, patterns, settings, []*analysis.Analyzer{u}, driver.RunOptions{Keep: []*analysis.Analyzer{u}})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	exit := 0
	if failed > 0 {
		exit = 1
	}
	for _, e := range res.AnalysisErrors() {
		fmt.Fprintln(stderr, e)
		exit = 1
	}
	wd, _ := os.Getwd()
	rep := buildUsage(res, u, wd)
	switch format {
	case "json":
		err = rep.writeJSON(stdout)
	case "markdown", "md":
		err = rep.writeMarkdown(stdout)
	default:
		err = rep.writeText(stdout)
	}
	if err != nil {
		return fatalf(stderr, "%v", err)
	}
	return exit
}
