package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
)

const initUsage = `usage: errlint init

Writes a starting configuration for the module in the current directory, at
its root, and never overwrites a file (an existing one is left alone and
named). It reads the module's packages for catalogs declared in Go (§5:
package-level tables of error-type descriptors, error variables of one
type, Status() switches, register(…) calls, and the catalogs errlint finds
where none is configured, the returns: form included) and names them in
go_catalog of .errlint.yaml, each with a comment saying where it was seen;
for a service that sends no code it writes catalog: none; when it finds none, it writes errors.yaml from the codes
errlint sees in code positions, with the constant statuses each is sent
with, and an .errlint.yaml naming it. The error types it recognised by
their shape are listed in .errlint.yaml as comments, to move into types or
ignore_types; the error writers it inferred (helpers, fixed-status helpers
over a builder, central writers) as commented-out writers: entries, which
errlint does not need: an entry replaces its function's inference. It
prints what it wrote and what to review.
`

// minCatalogEntries is how many entries a declaration needs before init
// takes it for a catalog: one or two descriptors are more likely a
// sentinel or two than a table.
const minCatalogEntries = 3

// catalogFileName is the catalog init writes when no Go catalog is found.
const catalogFileName = "errors.yaml"

// runInit implements `errlint init`.
func runInit(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("errlint init", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() { io.WriteString(stderr, initUsage) }
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if flags.NArg() > 0 {
		flags.Usage()
		return 2
	}
	wd, err := os.Getwd()
	if err != nil {
		return fatalf(stderr, "%v", err)
	}
	root, modPath, err := moduleRoot(wd)
	if err != nil {
		fmt.Fprintf(stderr, "errlint init: %v\n", err)
		return 1
	}

	// The code as it is, whatever a configuration says: init describes
	// it. No file is read, so no catalog is configured and the analysis
	// finds the catalogs the module declares (§11), which init writes
	// down; the probe prints no notice of them. What loads is read; a package that does not is named on stderr and
	// in the review, and makes the exit status 1 once all is written.
	probe, failed, err := probeRun(stderr, root, []string{"./..."}, analyzer.ProbeOptions{Options: analyzer.Options{
		Overrides: config.Overrides{NoDiscovery: true},
	}})
	if err != nil {
		fmt.Fprintf(stderr, "errlint init: %v\n", err)
		return 1
	}
	s := survey(probe.Reports(), modPath, root)

	var review []string
	if failed > 0 {
		review = append(review, fmt.Sprintf("%s did not load or import%s one that does not (named on stderr): what %s declare%s and send%s is not in what init wrote", plural(failed, "package", "packages"), verbS(failed), pronoun(failed), verbS(failed), verbS(failed)))
	}
	var wrote [][2]string // file, what it holds
	configName := existingConfig(root)
	// A configuration there that names a catalog already needs no
	// errors.yaml: only Go catalogs it lacks are suggested.
	configured := ""
	if configName != "" {
		fmt.Fprintf(stdout, "%s exists: left alone\n", configName)
		if have, err := config.Resolve(config.Overrides{}, root); err != nil {
			fmt.Fprintf(stdout, "%s: %v\n", configName, err)
		} else if !have.Implicit {
			configured = have.CatalogSource
		}
	}
	catalogName := "" // the catalog: init names, errors.yaml or none
	if configured != "" {
		fmt.Fprintf(stdout, "%s names a catalog already: %s\n", configName, configured)
	} else if len(s.decls) == 0 {
		catalogName = catalogFileName
		catalogPath := filepath.Join(root, catalogFileName)
		switch data, err := s.catalogFile(); {
		case fileExists(catalogPath):
			fmt.Fprintf(stdout, "%s exists: left alone\n", catalogFileName)
			review = append(review, fmt.Sprintf("%s was there before: check that it is your catalog (errlint catalog -check %s)", catalogFileName, catalogFileName))
		case err != nil:
			fmt.Fprintf(stderr, "errlint init: %v\n", err)
			return 1
		case data == nil && s.noCode():
			// DECIDE: a module where nothing was read (no package
			// loaded) is no evidence of a service that sends no code:
			// noCode needs a package read.
			fmt.Fprintf(stdout, "found no catalog declared in Go and no error code at any code position: the service sends no code\n")
			catalogName = config.NoCatalog
			review = append(review, "catalog: none says the service sends no error code: rawstatus's \"sent without an error code\", unknowncode and statusmismatch are off; replace it with a catalog when the service starts sending codes")
		case data == nil:
			fmt.Fprintf(stdout, "found no catalog declared in Go and no constant error code in code positions: %s not written\n", catalogFileName)
			catalogName = ""
		default:
			if err := writeNew(catalogPath, data); err != nil {
				fmt.Fprintf(stderr, "errlint init: %v\n", err)
				return 1
			}
			wrote = append(wrote, [2]string{catalogFileName, plural(len(s.codes), "code", "codes") + " errlint saw in code positions"})
			review = append(review, fmt.Sprintf("%s: set each code's domain, retryable and message; the statuses are those the code is sent with", catalogFileName))
			if n := s.multiStatus(); n > 0 {
				review = append(review, fmt.Sprintf("%s: %s sent with several statuses, marked with a comment: decide which the catalog allows (the first is the default)", catalogFileName, plural(n, "code is", "codes are")))
			}
			if n := s.toDecide(); n > 0 {
				review = append(review, fmt.Sprintf("%s: %s marked DECIDE: a code that looks like another (a misspelling or a case variant) or is sent only with a 1xx–3xx status may be a bug in the code, not a catalog entry", catalogFileName, plural(n, "code is", "codes are")))
			}
			if len(s.statusless) > 0 {
				review = append(review, fmt.Sprintf("%s: %s seen with no constant status, listed in a comment at its end: add them with their statuses", catalogFileName, plural(len(s.statusless), "code", "codes")))
			}
		}
	}

	if configName != "" {
		if keys := s.missingKeys(root, catalogName); len(keys) > 0 {
			review = append(review, fmt.Sprintf("%s was there before: to use what init found, add to it: %s", configName, strings.Join(keys, "; ")))
		}
	} else if len(s.decls) > 0 || catalogName != "" || len(s.types) > 0 {
		// flowTypes are among types: no condition of their own.
		if err := writeNew(filepath.Join(root, ".errlint.yaml"), s.configFile(catalogName)); err != nil {
			fmt.Fprintf(stderr, "errlint init: %v\n", err)
			return 1
		}
		what := []string{}
		if len(s.decls) > 0 {
			what = append(what, "go_catalog: "+plural(len(s.decls), "declaration", "declarations"))
		}
		if catalogName != "" {
			what = append(what, "catalog: "+catalogName)
		}
		if n := len(s.flowTypes()); n > 0 {
			what = append(what, "types: "+plural(n, "error type", "error types")+" by flow")
		}
		if n := len(s.types) - len(s.flowTypes()); n > 0 {
			what = append(what, plural(n, "error type", "error types")+" as comments")
		}
		if n := len(s.writers); n > 0 {
			what = append(what, plural(n, "inferred error writer", "inferred error writers")+" as comments")
		}
		wrote = append(wrote, [2]string{".errlint.yaml", strings.Join(what, ", ")})
	}
	wroteConfig := len(wrote) > 0 && wrote[len(wrote)-1][0] == ".errlint.yaml"
	for _, d := range s.decls {
		if !wroteConfig {
			break
		}
		review = append(review, fmt.Sprintf("go_catalog %s (%s, %s): is it your API's catalog? errlint catalog prints what it reads", d.decl.Flag(), plural(d.entries, "code", "codes"), d.pos))
	}
	if len(s.types) > len(s.flowTypes()) && wroteConfig {
		review = append(review, "the error types errlint recognised by their shape (comments in .errlint.yaml): list in ignore_types those that are not API errors")
	}
	if len(s.flowTypes()) > 0 && wroteConfig {
		review = append(review, "types: the roles errlint read by flow, each with where its value was seen: check that each field is what its role says")
	}

	for _, w := range wrote {
		fmt.Fprintf(stdout, "wrote %s (%s)\n", filepath.Join(relDir(wd, root), w[0]), w[1])
	}
	if len(review) > 0 {
		fmt.Fprintln(stdout, "review:")
		for _, r := range review {
			fmt.Fprintf(stdout, "  - %s\n", r)
		}
	}
	if len(wrote) > 0 {
		fmt.Fprintln(stdout, "then run: errlint ./...")
	}
	if failed > 0 {
		return 1 // as a run whose packages do not all load (SPEC §3)
	}
	return 0
}

func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "they"
}

// verbS returns the "s" of a verb in the third person singular.
func verbS(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}

// moduleRoot returns the directory and path of the module holding dir.
func moduleRoot(dir string) (root, modPath string, err error) {
	mods, err := config.FindModules(dir)
	if err != nil {
		return "", "", err
	}
	for i, r := range mods.Roots {
		if (dir == r || strings.HasPrefix(dir, r+string(filepath.Separator))) && len(r) > len(root) {
			root, modPath = r, mods.Paths[i]
		}
	}
	if root == "" {
		return "", "", fmt.Errorf("%s is not in a Go module: run errlint init in your module (where go.mod is)", dir)
	}
	return root, modPath, nil
}

// relDir returns dir relative to wd when it is wd or above it ("." or
// "../.."), else dir itself.
func relDir(wd, dir string) string {
	if rel, err := filepath.Rel(wd, dir); err == nil {
		return rel
	}
	return dir
}

// existingConfig returns the name of a configuration file at root, "" if
// there is none.
func existingConfig(root string) string {
	for _, name := range config.FileNames {
		if fileExists(filepath.Join(root, name)) {
			return name
		}
	}
	return ""
}

func fileExists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// writeNew creates the file path with data; it never replaces a file.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s appeared while errlint init ran: left alone", path)
		}
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// found is what init gathered from the module's packages.
type found struct {
	decls      []foundDecl
	types      []analyzer.ShapeType
	flowRoles  map[string][]analyzer.FlowRole // by type: roles its fields have by flow
	codes      []*foundCode                   // with at least one constant status, by code
	statusless []*foundCode                   // seen only with no constant status
	writers    []analyzer.InferredWriter      // the error writers errlint inferred, Pos relative to the root
	exitCodes  map[string]int                 // the exit status per class of the code-to-exit mappings seen
	exitAt     string                         // file:line of the first mapping

	// sendsCode: a package of the module (or a dependency) sends a code at
	// some code position; when none does, the service sends no code (§11)
	// and init writes `catalog: none`.
	sendsCode bool
	packages  int // the module's packages read
}

type foundDecl struct {
	decl    config.GoCatalogDecl
	entries int
	pos     string
	found   string // what the analysis found it as (§11), "" for a candidate
}

type foundCode struct {
	code     string
	domain   string      // the package name where it is first seen
	statuses []int       // most places first, then first seen
	places   map[int]int // status → places
	sent     int         // places it is sent at, with a status or without
	first    string      // file:line of the first place

	// looksLike is the code seen that this one looks like, in at least as
	// many places: this one is then likely its misspelling or a case
	// variant of it, a bug to fix in the code rather than an entry.
	looksLike string
	seenWith  int // places of looksLike
}

// decide returns what a human must decide about the code before it is an
// entry, "" when nothing: it looks like another code seen, or it is sent
// only with 1xx–3xx statuses, which are no error statuses.
func (c *foundCode) decide() string {
	if c.looksLike != "" {
		return fmt.Sprintf("looks like %s (sent in %s; this code in %d): keep one spelling, fix the other in the code",
			c.looksLike, plural(c.seenWith, "place", "places"), c.sent)
	}
	if len(c.statuses) > 0 && !slices.ContainsFunc(c.statuses, catalog.IsErrorStatus) {
		return fmt.Sprintf("sent only with %s, no error status (first at %s): is it an error code?",
			statusWord(c.statuses), c.first)
	}
	return ""
}

func statusWord(statuses []int) string {
	if len(statuses) == 1 {
		return "status " + strconv.Itoa(statuses[0])
	}
	return "statuses " + catalog.StatusList(statuses)
}

// retryableByStatus is the retry flag init writes for a code whose default
// status is status: the statuses a client retries by themselves (too many
// requests, a bad gateway, unavailable, a gateway timeout), and no other.
func retryableByStatus(status int) bool {
	switch status {
	case 429, 502, 503, 504:
		return true
	}
	return false
}

// survey joins the probe's reports of the module's packages.
func survey(reports []*analyzer.PackageReport, modPath, root string) *found {
	s := &found{}
	inModule := func(pkg string) bool {
		return modPath == "" || pkg == modPath || strings.HasPrefix(pkg, modPath+"/")
	}
	rel := func(p token.Position) string {
		name := p.Filename
		if r, err := filepath.Rel(root, name); err == nil {
			name = r
		}
		return name + ":" + strconv.Itoa(p.Line)
	}
	decls := map[string]*foundDecl{}
	var order []string
	for _, r := range reports {
		if inModule(r.Path) && r.Fset != nil {
			s.packages++
			s.sendsCode = s.sendsCode || r.SendsCode
		}
		for _, c := range r.Candidates {
			if !inModule(c.Decl.PkgPath()) {
				continue // a dependency's: used through a snapshot, not go_catalog
			}
			key := c.Decl.Flag()
			d, ok := decls[key]
			if !ok {
				d = &foundDecl{decl: c.Decl, pos: rel(c.Pos)}
				decls[key] = d
				order = append(order, key)
			}
			d.entries += c.Entries
			if c.Decl.PkgPath() == r.Path {
				d.pos = rel(c.Pos) // where it is declared, not where it is called
			}
		}
		for _, p := range r.Parts {
			// A found catalog (§11): the analysis took it for the catalog
			// in effect. Its declaring package's part names it.
			if !p.Found || p.Pkg != r.Path || !inModule(p.Pkg) {
				continue
			}
			d, err := config.ParseGoCatalogFlag(p.Decl)
			if err != nil {
				continue
			}
			key := d.Flag()
			fd, ok := decls[key]
			if !ok {
				fd = &foundDecl{decl: d, entries: len(p.Entries), pos: relFile(root, p.File)}
				decls[key] = fd
				order = append(order, key)
			}
			fd.found = p.Name
		}
		for class, exit := range r.ExitCodes {
			if s.exitCodes == nil {
				s.exitCodes = map[string]int{}
			}
			if _, ok := s.exitCodes[class]; !ok {
				s.exitCodes[class] = exit
			}
			if s.exitAt == "" {
				s.exitAt = rel(r.ExitMapping)
			}
		}
		for _, fr := range r.FlowRoles {
			if !inModule(r.Path) {
				continue
			}
			if s.flowRoles == nil {
				s.flowRoles = map[string][]analyzer.FlowRole{}
			}
			fr.Pos.Filename = relFile(root, fr.Pos.Filename)
			s.flowRoles[fr.Type] = append(s.flowRoles[fr.Type], fr)
		}
		for _, w := range r.Writers {
			if inModule(r.Path) {
				w.Pos.Filename = relFile(root, w.Pos.Filename)
				s.writers = append(s.writers, w)
			}
		}
		for _, t := range r.ShapeTypes {
			if !slices.ContainsFunc(s.types, func(u analyzer.ShapeType) bool { return u.Name == t.Name }) {
				s.types = append(s.types, t)
			}
		}
	}
	for _, key := range order {
		if d := decls[key]; d.entries >= minCatalogEntries || d.found != "" {
			s.decls = append(s.decls, *d)
		}
	}

	codes := map[string]*foundCode{}
	for _, r := range reports {
		for _, c := range r.Codes {
			if !c.Sent() || !c.Const || c.Bound || !catalog.IsValidCode(c.Value) {
				continue // only the constant codes of responses make entries
			}
			fc := codes[c.Value]
			if fc == nil {
				fc = &foundCode{code: c.Value, domain: path.Base(r.Path), places: map[int]int{}}
				if r.Fset != nil && c.Expr != nil {
					fc.first = rel(r.Fset.Position(c.Expr.Pos()))
				}
				codes[c.Value] = fc
			}
			fc.sent++
			if st := c.Status; st != nil && st.Const && st.Value >= 100 && st.Value <= 599 {
				if fc.places[st.Value] == 0 {
					fc.statuses = append(fc.statuses, st.Value)
				}
				fc.places[st.Value]++
			}
		}
	}
	for _, fc := range codes {
		sort.SliceStable(fc.statuses, func(i, j int) bool {
			return fc.places[fc.statuses[i]] > fc.places[fc.statuses[j]]
		})
		if len(fc.statuses) > 0 {
			s.codes = append(s.codes, fc)
		} else {
			s.statusless = append(s.statusless, fc)
		}
	}
	byCode := func(a, b *foundCode) int { return strings.Compare(a.code, b.code) }
	slices.SortFunc(s.codes, byCode)
	slices.SortFunc(s.statusless, byCode)
	markLookalikes(slices.Concat(s.codes, s.statusless))
	return s
}

// relFile returns file relative to root when below it.
func relFile(root, file string) string {
	if r, err := filepath.Rel(root, file); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return file
}

// markLookalikes marks each code that looks like another code seen in at
// least as many places (catalog.LooksLike): of PRODUCT_NOT_FOUND in three
// places and PRODUCT_NOT_FOUN in one, the second; of two seen equally
// often, both, since nothing tells which is right. Each is marked with the
// most used code it looks like.
func markLookalikes(codes []*foundCode) {
	for _, c := range codes {
		for _, o := range codes {
			if o.sent >= c.sent && o.sent > c.seenWith && catalog.LooksLike(c.code, o.code) {
				c.looksLike, c.seenWith = o.code, o.sent
			}
		}
	}
}

// noCode reports whether the module is a service that sends no code
// (§11): packages of it were read, and none of them nor their
// dependencies sends a code at a code position.
func (s *found) noCode() bool { return s.packages > 0 && !s.sendsCode }

// toDecide returns how many codes are marked DECIDE for being no code
// the catalog should hold as they are.
func (s *found) toDecide() int {
	n := 0
	for _, c := range slices.Concat(s.codes, s.statusless) {
		if c.decide() != "" {
			n++
		}
	}
	return n
}

// multiStatus returns how many codes were sent with several statuses.
func (s *found) multiStatus() int {
	n := 0
	for _, c := range s.codes {
		if len(c.statuses) > 1 {
			n++
		}
	}
	return n
}

// catalogFile writes the codes as a YAML catalog, nil when there is none.
// The result is checked to load.
func (s *found) catalogFile() ([]byte, error) {
	if len(s.codes) == 0 {
		return nil, nil
	}
	var b bytes.Buffer
	b.WriteString("# The error codes errlint saw in code positions, with the constant\n")
	b.WriteString("# statuses each is sent with (written by errlint init). Review every\n")
	b.WriteString("# entry: its domain, whether a client may retry it, its default message.\n")
	b.WriteString("codes:\n")
	for _, c := range s.codes {
		retryable := retryableByStatus(c.statuses[0])
		entry := &catalog.Catalog{Entries: []catalog.Entry{{Code: c.code, Statuses: c.statuses, Domain: c.domain, Retryable: retryable}}}
		var e bytes.Buffer
		if err := entry.WriteYAML(&e); err != nil {
			return nil, err
		}
		if d := c.decide(); d != "" {
			fmt.Fprintf(&b, "  # DECIDE: %s\n", d)
		}
		if len(c.statuses) > 1 {
			var parts []string
			for _, st := range c.statuses {
				parts = append(parts, fmt.Sprintf("%d (%s)", st, plural(c.places[st], "place", "places")))
			}
			fmt.Fprintf(&b, "  # DECIDE: sent with %s; keep the statuses the code may have, the default first\n", strings.Join(parts, ", "))
		}
		b.Write(retryComment(bytes.TrimPrefix(e.Bytes(), []byte("codes:\n")), c.statuses[0], retryable))
	}
	if len(s.statusless) > 0 {
		b.WriteString("# Seen with no constant status; add each with its status:\n")
		for _, c := range s.statusless {
			fmt.Fprintf(&b, "#   %s (%s)\n", c.code, c.first)
			if d := c.decide(); d != "" {
				fmt.Fprintf(&b, "#     DECIDE: %s\n", d)
			}
		}
	}
	if _, err := catalog.Parse(catalogFileName, b.Bytes()); err != nil {
		return nil, fmt.Errorf("internal error: the catalog written does not load: %v", err)
	}
	return b.Bytes(), nil
}

// retryComment says, on the retryable line of one entry written in YAML,
// that its value is the default for its status.
func retryComment(entry []byte, status int, retryable bool) []byte {
	why := "clients retry it"
	if !retryable {
		why = "true only for 429, 502, 503 and 504"
	}
	line := []byte("\n    retryable: " + strconv.FormatBool(retryable) + "\n")
	comment := fmt.Sprintf("\n    retryable: %t  # the default for status %d (%s): decide\n", retryable, status, why)
	return bytes.Replace(entry, line, []byte(comment), 1)
}

// missingKeys spells the keys init would write that the configuration in
// effect at root lacks, for a configuration file that exists already.
func (s *found) missingKeys(root, catalogName string) []string {
	var have *config.Settings
	if st, err := config.Resolve(config.Overrides{}, root); err == nil {
		have = st
	}
	var out []string
	switch {
	case catalogName == config.NoCatalog:
		if have == nil || !have.NoCatalog {
			out = append(out, "catalog: "+catalogName)
		}
	case catalogName != "" && (have == nil || !strings.Contains(have.CatalogSource, filepath.Join(root, catalogName))):
		out = append(out, "catalog: "+catalogName)
	}
	for _, d := range s.decls {
		if have != nil && slices.ContainsFunc(have.ModuleGoCatalog, func(h config.GoCatalogDecl) bool { return h.Flag() == d.decl.Flag() }) {
			continue
		}
		out = append(out, "go_catalog: "+goCatalogYAML(d.decl))
	}
	return out
}

// goCatalogYAML spells a declaration as a go_catalog list item.
func goCatalogYAML(d config.GoCatalogDecl) string {
	if d.Kind == config.GoFunc && d.Arg != 0 {
		return fmt.Sprintf("{%s: %s, arg: %d}", d.Kind, yamlQuote(d.Name), d.Arg)
	}
	return fmt.Sprintf("{%s: %s}", d.Kind, yamlQuote(d.Name))
}

// yamlQuote double-quotes s (a full name may start with "(").
func yamlQuote(s string) string { return strconv.Quote(s) }

// configFile writes the starting .errlint.yaml.
func (s *found) configFile(catalogName string) []byte {
	var b bytes.Buffer
	b.WriteString("# errlint configuration, written by errlint init: review it.\n")
	switch catalogName {
	case "":
	case config.NoCatalog:
		b.WriteString("# No catalog: errlint saw no error code at any code position of the module's\n")
		b.WriteString("# packages (no error body with a code, no catalog declared in Go), so the\n")
		b.WriteString("# service sends no code. rawstatus's \"sent without an error code\",\n")
		b.WriteString("# unknowncode and statusmismatch are off; the other checks stay on.\n")
		fmt.Fprintf(&b, "catalog: %s\n", catalogName)
	default:
		fmt.Fprintf(&b, "# The catalog: the codes errlint saw in the code, with their statuses.\ncatalog: %s\n", catalogName)
	}
	if len(s.decls) > 0 {
		b.WriteString("# The catalog, declared in Go: the declarations errlint read as catalogs\n")
		b.WriteString("# (errlint catalog prints what they hold).\n")
		b.WriteString("go_catalog:\n")
		for _, d := range s.decls {
			if d.found != "" {
				fmt.Fprintf(&b, "  - %s  # found: the %s of %s, declared in %s\n", goCatalogYAML(d.decl), plural(d.entries, "value", "values"), d.found, d.pos)
				continue
			}
			fmt.Fprintf(&b, "  - %s  # %s, %s\n", goCatalogYAML(d.decl), plural(d.entries, "code", "codes"), d.pos)
		}
	}
	if len(s.exitCodes) > 0 {
		b.WriteString("\n# The CLI's exit status per class of error, as its code-to-exit mappings\n")
		fmt.Fprintf(&b, "# use them (the first at %s); exitcode checks every mapping against it.\n", s.exitAt)
		var parts []string
		for _, class := range config.ExitClasses {
			if exit, ok := s.exitCodes[class]; ok {
				parts = append(parts, fmt.Sprintf("%s: %d", class, exit))
			}
		}
		fmt.Fprintf(&b, "exit_codes: {%s}\n", strings.Join(parts, ", "))
	}
	flowTyped := s.flowTypes()
	if len(flowTyped) > 0 {
		b.WriteString("\n# Error types whose fields errlint read by flow: their values reach a\n")
		b.WriteString("# status or a code position, as each comment says. Check each role.\n")
		b.WriteString("types:\n")
		for _, t := range flowTyped {
			for _, fr := range s.flowRoles[t.Name] {
				via := "a " + fr.Role + " position"
				if fr.Via != "" {
					via = fr.Via
				}
				fmt.Fprintf(&b, "  # %s by flow: %s reaches %s at %s:%d\n", fr.Role, fr.Field, via, fr.Pos.Filename, fr.Pos.Line)
			}
			fmt.Fprintf(&b, "  - {%s}\n", strings.Join(typeRoles(t), ", "))
		}
	}
	s.writeWriters(&b)
	var shaped []analyzer.ShapeType
	for _, t := range s.types {
		if !slices.ContainsFunc(flowTyped, func(u analyzer.ShapeType) bool { return u.Name == t.Name }) {
			shaped = append(shaped, t)
		}
	}
	if len(shaped) > 0 {
		b.WriteString("\n# Error types errlint recognised by their shape. A type that is no API\n")
		b.WriteString("# error goes in ignore_types; one whose fields errlint reads wrongly goes in\n")
		b.WriteString("# types, with the field of each role.\n")
		b.WriteString("# ignore_types:\n")
		for _, t := range shaped {
			fmt.Fprintf(&b, "#   - %s\n", t.Name)
		}
		b.WriteString("# types:\n")
		for _, t := range shaped {
			fmt.Fprintf(&b, "#   - {%s}\n", strings.Join(typeRoles(t), ", "))
		}
	}
	return b.Bytes()
}

// writeWriters writes the error writers errlint inferred, in the form of
// writers: entries, commented out with what was inferred and where. They
// are documentation, not configuration: errlint infers them without it,
// and an entry would replace its function's inference rather than repeat
// it (the inference of a central writer's error parameter and headers,
// and of a status parameter that reaches only an error type's status
// field, which no key says; and every later change to the function).
func (s *found) writeWriters(b *bytes.Buffer) {
	if len(s.writers) == 0 {
		return
	}
	b.WriteString("\n# Error writers errlint inferred from the code: they need no entry. An\n")
	b.WriteString("# entry replaces its function's inference, so uncomment one only to\n")
	b.WriteString("# correct what errlint got wrong.\n")
	b.WriteString("# writers:\n")
	for _, w := range s.writers {
		at := fmt.Sprintf("%s:%d", w.Pos.Filename, w.Pos.Line)
		if entry, ok := writerEntry(w); ok {
			fmt.Fprintf(b, "#   - %s  # %s: %s\n", entry, at, writerSays(w))
		}
		if w.Central {
			fmt.Fprintf(b, "#   # %s, at %s, is a central writer (no entry says it): %s\n", yamlQuote(w.Func), at, centralSays(w))
		}
	}
}

// writerEntry spells w's row as a writers: entry; false when w has none
// (a central writer only).
func writerEntry(w analyzer.InferredWriter) (string, bool) {
	e := config.Writer{Func: w.Func, Carries: w.Carries}
	index := func(i int) *int {
		if i < 0 {
			return nil
		}
		return &i
	}
	e.Status, e.Code, e.Body = index(w.Status), index(w.Code), index(w.Body)
	if e.Status == nil && e.Code == nil && e.Body == nil && e.Carries == 0 {
		return "", false
	}
	if w.Builder {
		e.Writer = index(w.Writer)
	}
	return e.String(), true
}

// writerSays says in words what errlint inferred of w's row.
func writerSays(w analyzer.InferredWriter) string {
	if w.Builder {
		if w.Writer >= 0 {
			return fmt.Sprintf("a fixed-status helper over a builder: sends %d on the response writer of parameter %d", w.Carries, w.Writer)
		}
		return fmt.Sprintf("a fixed-status helper over a builder: sends %d", w.Carries)
	}
	var parts []string
	if w.Status >= 0 {
		p := fmt.Sprintf("the status of parameter %d", w.Status)
		if w.Field {
			p += " (only as an error type's status field)"
		}
		parts = append(parts, p)
	}
	if w.Carries != 0 {
		parts = append(parts, fmt.Sprintf("status %d", w.Carries))
	}
	if w.Code >= 0 {
		parts = append(parts, fmt.Sprintf("the code of parameter %d", w.Code))
	}
	if w.Body >= 0 {
		parts = append(parts, fmt.Sprintf("the body of parameter %d", w.Body))
	}
	return "sends " + strings.Join(parts, ", ")
}

// centralSays says in words what errlint inferred of a central writer.
func centralSays(w analyzer.InferredWriter) string {
	what := fmt.Sprintf("the error of parameter %d", w.Err)
	if w.Err < 0 {
		what = "its receiver"
	}
	out := fmt.Sprintf("writes %s", what)
	if len(w.Types) > 0 {
		out += " (" + strings.Join(w.Types, ", ") + ")"
	}
	if w.StatusField != "" {
		out += " with its status field " + w.StatusField
	}
	if w.Writer >= 0 {
		out += fmt.Sprintf(" on parameter %d", w.Writer)
	}
	if len(w.Headers) > 0 {
		out += "; sets " + strings.Join(w.Headers, ", ")
	}
	return out
}

// typeRoles spells t's roles as the keys of a types: entry.
func typeRoles(t analyzer.ShapeType) []string {
	roles := []string{"type: " + t.Name, "code: " + t.Code}
	for _, r := range [][2]string{{"status", t.Status}, {"ok", t.OK}, {"retryable", t.Retryable}} {
		if r[1] != "" {
			roles = append(roles, r[0]+": "+r[1])
		}
	}
	return roles
}

// flowTypes returns the error types some of whose fields have their role
// by flow, with a code field: written as types: entries, where the roles
// errlint read are checked rather than guessed again. A type whose code
// field is unknown stays a comment.
func (s *found) flowTypes() []analyzer.ShapeType {
	var out []analyzer.ShapeType
	for _, t := range s.types {
		if len(s.flowRoles[t.Name]) == 0 {
			continue
		}
		for _, fr := range s.flowRoles[t.Name] {
			switch fr.Role {
			case "status":
				t.Status = fr.Field
			case "code":
				t.Code = fr.Field
			}
		}
		if t.Code != "" {
			out = append(out, t)
		}
	}
	return out
}
