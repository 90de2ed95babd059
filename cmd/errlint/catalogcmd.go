package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
)

const catalogUsage = `usage: errlint catalog [-format text|json|yaml|markdown] [FILE]
       errlint catalog -check [FILE]
       errlint catalog -go ENTRY [-format F] [PACKAGES]
       errlint catalog -check FILE -go ENTRY [PACKAGES]
       errlint catalog -usage [-format text|json|markdown] [-catalog FILE] [packages]

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

With -check, validates the catalog and reports hygiene problems as
FILE:LINE: CODE: problem. Exit status: 0 clean, 3 hygiene problems only,
1 invalid catalog (FILE:LINE: what is wrong). With -check FILE -go ENTRY,
compares the snapshot FILE with the declaration as it is now (codes,
statuses, bound identifiers, retry flags): exit 0 when they
agree, 3 when they differ (each difference printed), 1 on errors.

With -usage, analyses the packages (default ./...) and reports, for each
catalog in effect among them: every catalog code with the places that send
it (file:line:col) and the statuses it is sent with, the codes never
referenced, and the codes sent that the catalog lacks. Exit status 0, or 1
when packages do not load or the configuration is bad.
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
		return runUsage(*format, *catalogFlag, pos, stdout, stderr)
	}
	if *catalogFlag != "" {
		fs.Usage()
		return 2
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
		problems := c.Check()
		for _, p := range problems {
			if p.Line == 0 { // a catalog declared in Go: no line of a file
				fmt.Fprintf(stdout, "%s: %s: %s\n", c.Source, p.Code, p.Msg)
				continue
			}
			fmt.Fprintf(stdout, "%s:%d: %s: %s\n", c.Source, p.Line, p.Code, p.Msg)
		}
		if len(problems) > 0 {
			return 3
		}
		fmt.Fprintf(stderr, "%s: %s, no problems\n", c.Source, plural(len(c.Entries), "code", "codes"))
		return 0
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
