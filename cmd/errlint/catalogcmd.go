package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/errlint/errlint/analyzer"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
)

const catalogUsage = `usage: errlint catalog [-format text|json|yaml|markdown] [FILE]
       errlint catalog -check [FILE | packages]
       errlint catalog -go ENTRY [-format F] [PACKAGES]
       errlint catalog -check FILE -go ENTRY [PACKAGES]
       errlint catalog -usage [-format text|json|markdown] [-catalog FILE] [-test] [packages]

Prints the effective catalog: FILE if given, else the one the nearest
.errlint.yaml (or .errlint.json) above the current directory names — its
catalog files and the catalogs declared in Go it names in go_catalog, read
from the module's packages, joined — else the embedded default. The text
form starts with a line naming where the catalog came from (a Go catalog
as "go: PKG.NAME (N codes, M declarations skipped)"); with -format json,
yaml or markdown that line goes to stderr, so that stdout is a clean
catalog file (json and yaml in the catalog file shape, markdown as the
seed's table).

With -go ENTRY (KIND:NAME[:ARG] as in go_catalog: var:example.com/x.codes,
func:example.com/x/errcode.Register:1, type:…, method:…), prints the catalog
that one declaration forms, read from source wherever it is — in a
dependency too — with each entry's bound identifiers: a snapshot of a
dependency's catalog, used as "catalog: FILE". PACKAGES are more packages
to read a func's calls from.

With -check FILE, validates the catalog file and reports hygiene problems
as FILE:LINE: CODE: problem: a retryable 4xx other than 408, 409, 425 and
429, a message asking to retry a code that is not retryable, a code that
looks like another (a case variant or a misspelling), an error code whose
only statuses are 1xx–3xx. With -check and packages instead of FILE
(default ./...), checks the same of every catalog in effect among them
(configured, declared in Go, found, or the embedded default); a package
that does not load is named on stderr and the rest checked. The verdict
goes to stdout. Exit status: 0 clean, 3 hygiene problems only, 1 invalid
catalog (FILE:LINE: what is wrong) or packages that do not load. With -check FILE -go ENTRY,
compares the snapshot FILE with the declaration as it is now (codes,
statuses, bound identifiers, retry flags): exit 0 when they
agree, 3 when they differ (each difference printed), 1 on errors.

With -usage, analyses the packages (default ./...) and reports, for each
catalog in effect among them (one section for all the packages that share
a catalog): every catalog code with the places that send it (code
positions of responses, file:line:col) and the statuses it is sent with;
the codes referenced but not sent (an identifier bound to the code used
elsewhere, as in a lookup errorCodes.ToAPIErr(ErrX)); the codes never
referenced; and the codes sent that the catalog lacks. The codes of
_test.go files, and packages that hold only tests, are left out unless
-test is given. A package that does not load is
named on stderr and the rest reported. Exit status 0, or 1 when packages
do not load or the configuration is bad.
`

// parseInterleaved parses args with fs, letting flags follow positional
// arguments (errlint catalog -check FILE -go ENTRY), and returns the
// positional ones.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var tail []string // after "--": positional whatever they look like
	if i := slices.Index(args, "--"); i >= 0 {
		args, tail = args[:i], args[i+1:]
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(pos, tail...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// runCatalog implements `errlint catalog`.
func runCatalog(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("errlint catalog", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { io.WriteString(stderr, catalogUsage) }
	format := fs.String("format", "text", "output format: text, json, yaml or markdown")
	check := fs.Bool("check", false, "validate the catalog and report hygiene problems; with -go, compare a snapshot with the declaration")
	goEntry := fs.String("go", "", "print (or with -check compare) the catalog one Go declaration forms, `KIND:NAME[:ARG]`, a dependency's too")
	usageFlag := fs.Bool("usage", false, "report which catalog codes the packages send, where and with which statuses")
	catalogFlag := fs.String("catalog", "", "with -usage: the catalog `file`, overriding .errlint.yaml")
	testFlag := fs.Bool("test", false, "with -usage: count the codes of _test.go files too")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *usageFlag {
		if *check || *goEntry != "" {
			fmt.Fprintln(stderr, "errlint catalog: -usage goes with neither -check nor -go")
			return 2
		}
		return runUsage(*format, *catalogFlag, *testFlag, pos, stdout, stderr)
	}
	if *catalogFlag != "" || *testFlag {
		fs.Usage()
		return 2
	}
	if *check && *goEntry == "" && !(len(pos) == 1 && isCatalogFile(pos[0])) {
		return runCheckPackages(pos, stdout, stderr)
	}
	if *goEntry == "" && len(pos) > 1 || *goEntry != "" && *check && len(pos) == 0 {
		fs.Usage()
		return 2
	}
	switch *format {
	case "text", "json", "yaml", "yml", "markdown", "md":
	default:
		fmt.Fprintf(stderr, "errlint catalog: unknown format %q (want text, json, yaml or markdown)\n", *format)
		return 2
	}
	if *format == "yml" {
		*format = "yaml"
	}
	if *format == "md" {
		*format = "markdown"
	}

	wd, err := os.Getwd()
	if err != nil {
		return fatalf(stderr, "%v", err)
	}
	if *goEntry != "" {
		return runGoEntry(stdout, stderr, wd, *goEntry, *check, *format, pos)
	}

	var (
		c      *catalog.Catalog
		source string
		goOnly bool
	)
	if len(pos) == 1 {
		file := pos[0]
		c, err = catalog.Load(file)
		source = file
		if abs, aerr := filepath.Abs(file); aerr == nil {
			source = abs
		}
	} else {
		var s *config.Settings
		s, err = config.Resolve(config.Overrides{}, wd)
		if err == nil {
			c, source = s.Catalog, s.CatalogSource
			if len(s.GoCatalog) > 0 {
				c, err = configuredGoCatalog(stderr, wd, s)
				if err == nil {
					source, goOnly = c.Source, s.Catalog == nil
					if s.ConfigPath != "" {
						source += " (from " + s.ConfigPath + ")"
					}
				}
			}
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}

	if *check {
		return printCheck(stdout, []*catalog.Catalog{c}, nil, 0)
	}

	if *format == "text" && !goOnly {
		source = fmt.Sprintf("%s (%s)", source, plural(len(c.Entries), "code", "codes"))
	}
	if err := writeCatalog(stdout, stderr, c, source, *format); err != nil {
		return fatalf(stderr, "%v", err)
	}
	return 0
}

// runGoEntry implements errlint catalog -go ENTRY: a snapshot of the
// catalog one Go declaration forms, or with -check its comparison with a
// snapshot file.
func runGoEntry(stdout, stderr io.Writer, wd, entry string, check bool, format string, pos []string) int {
	d, err := config.ParseGoCatalogFlag(entry)
	if err != nil {
		fmt.Fprintf(stderr, "errlint catalog: -go: %v\n", err)
		return 2
	}
	var snapshot *catalog.Catalog
	extra := pos
	if check {
		if snapshot, err = catalog.Load(pos[0]); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		extra = pos[1:]
	}
	c, err := snapshotGoCatalog(stderr, wd, d, extra)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if !check {
		if err := writeCatalog(stdout, stderr, c, c.Source, format); err != nil {
			return fatalf(stderr, "%v", err)
		}
		return 0
	}
	diffs := snapshotDiff(snapshot, c)
	for _, line := range diffs {
		fmt.Fprintln(stdout, line)
	}
	if len(diffs) > 0 {
		fmt.Fprintf(stderr, "errlint: %s differs from %s; rewrite it with: errlint catalog -go '%s' -format yaml > FILE\n", snapshot.Source, c.Source, d.Flag())
		return 3
	}
	fmt.Fprintf(stderr, "%s: agrees with %s\n", snapshot.Source, c.Source)
	return 0
}

// isCatalogFile reports whether the argument of -check names a catalog
// file rather than packages: it has a catalog file's extension, or it is
// a file (which catalog.Load then rejects by name).
func isCatalogFile(arg string) bool {
	switch strings.ToLower(filepath.Ext(arg)) {
	case ".json", ".yaml", ".yml", ".md":
		return true
	}
	fi, err := os.Stat(arg)
	return err == nil && fi.Mode().IsRegular()
}

// runCheckPackages implements errlint catalog -check [packages]: the
// checks of every catalog in effect among the packages (default ./...),
// and those that look across packages, over what loads.
func runCheckPackages(patterns []string, stdout, stderr io.Writer) int {
	wd, err := os.Getwd()
	if err != nil {
		return fatalf(stderr, "%v", err)
	}
	if len(patterns) == 0 {
		if _, _, err := moduleRoot(wd); err != nil {
			// Outside a module there are no packages: the catalog in
			// effect is the one the configuration of this directory names.
			s, err := config.Resolve(config.Overrides{}, wd)
			if err != nil {
				fmt.Fprintln(stderr, err)
				return 1
			}
			if s.Catalog != nil {
				return printCheck(stdout, []*catalog.Catalog{s.Catalog}, nil, 0)
			}
		}
		patterns = []string{"./..."}
	}
	probe, failed, err := probeRun(stderr, wd, patterns, analyzer.ProbeOptions{})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	reports := probe.Reports()
	return printCheck(stdout, catalogsInEffect(reports), packageProblems(reports, wd), failed)
}

// catalogsInEffect returns the distinct catalogs in effect in the packages
// reported, most used first: a catalog is the same in every package where
// it has the same source and content.
func catalogsInEffect(reports []*analyzer.PackageReport) []*catalog.Catalog {
	type use struct {
		c     *catalog.Catalog
		n     int
		paths []string
	}
	var uses []*use
	byKey := map[[2]string]*use{}
	for _, r := range reports {
		if r.Catalog == nil {
			continue // a package with only test files
		}
		k := [2]string{r.Catalog.Source, r.Catalog.Digest()}
		u := byKey[k]
		if u == nil {
			u = &use{c: r.Catalog}
			byKey[k] = u
			uses = append(uses, u)
		}
		u.n++
		u.paths = append(u.paths, r.Path)
	}
	slices.SortStableFunc(uses, func(a, b *use) int { return b.n - a.n })
	out := make([]*catalog.Catalog, len(uses))
	for i, u := range uses {
		out[i] = u.c
		if len(u.c.Entries) == 0 && !filepath.IsAbs(u.c.Source) {
			// No file and no code (a go_catalog: declaration these
			// packages do not reach): the packages are what to read.
			c := *u.c
			c.Source = fmt.Sprintf("%s (%s)", c.Source, namedPackages(u.paths))
			out[i] = &c
		}
	}
	return out
}

// namedPackages names up to three packages, and how many more.
func namedPackages(paths []string) string {
	if len(paths) <= 3 {
		return strings.Join(paths, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(paths[:3], ", "), len(paths)-3)
}

// packageProblems returns the problems catalog -check finds across the
// packages rather than in one catalog, as lines "FILE:LINE: what is
// wrong", from the probe's reports of every package given: the code
// collisions between Go declarations (SPEC §13: two differently named
// constants with one value, each the code of a descriptor), file names
// relative to wd.
func packageProblems(reports []*analyzer.PackageReport, wd string) []string {
	var out []string
	for _, c := range analyzer.CodeCollisions(reports) {
		c.Later.File, c.Earlier.File = relTo(wd, c.Later.File), relTo(wd, c.Earlier.File)
		out = append(out, c.String())
	}
	return out
}

// relTo returns file relative to dir where it lies below it, else file.
func relTo(dir, file string) string {
	if rel, err := filepath.Rel(dir, file); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return file
}

// printCheck prints the hygiene problems of each catalog, then the
// problems across packages, or for each catalog that it has none; and
// returns the exit status: 1 when packages did not load (failed), else 3
// for problems, else 0.
func printCheck(stdout io.Writer, cats []*catalog.Catalog, across []string, failed int) int {
	problems := len(across)
	for _, c := range cats {
		source := c.Source
		found := c.Check()
		for _, p := range found {
			if p.Line == 0 { // a catalog declared in Go: no line of a file
				fmt.Fprintf(stdout, "%s: %s: %s\n", source, p.Code, p.Msg)
				continue
			}
			fmt.Fprintf(stdout, "%s:%d: %s: %s\n", source, p.Line, p.Code, p.Msg)
		}
		if len(found) == 0 {
			fmt.Fprintf(stdout, "%s: %s, no problems\n", source, plural(len(c.Entries), "code", "codes"))
		}
		problems += len(found)
	}
	for _, line := range across {
		fmt.Fprintln(stdout, line)
	}
	switch {
	case failed > 0:
		return 1
	case problems > 0:
		return 3
	}
	return 0
}
