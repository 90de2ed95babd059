package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
)

const catalogUsage = `usage: errlint catalog [-format text|json|yaml|markdown] [FILE]
       errlint catalog -check [FILE]

Prints the effective catalog: FILE if given, else the one the nearest
.errlint.yaml (or .errlint.json) above the current directory names, else the
embedded default. The text form starts with a line naming where the catalog
came from; with -format json, yaml or markdown that line goes to stderr, so
that stdout is a clean catalog file (json and yaml in the catalog file
shape, markdown as the seed's table).

With -check, validates the catalog and reports hygiene problems as
FILE:LINE: CODE: problem. Exit status: 0 clean, 3 hygiene problems only,
1 invalid catalog (FILE:LINE: what is wrong).
`

// runCatalog implements `errlint catalog`.
func runCatalog(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("errlint catalog", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { io.WriteString(stderr, catalogUsage) }
	format := fs.String("format", "text", "output format: text, json, yaml or markdown")
	check := fs.Bool("check", false, "validate the catalog and report hygiene problems")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	switch *format {
	case "text", "json", "yaml", "yml", "markdown", "md":
	default:
		fmt.Fprintf(stderr, "errlint catalog: unknown format %q (want text, json, yaml or markdown)\n", *format)
		return 2
	}

	var (
		c      *catalog.Catalog
		source string
		err    error
	)
	if fs.NArg() == 1 {
		file := fs.Arg(0)
		c, err = catalog.Load(file)
		source = file
		if abs, aerr := filepath.Abs(file); aerr == nil {
			source = abs
		}
	} else {
		var wd string
		wd, err = os.Getwd()
		if err == nil {
			var s *config.Settings
			s, err = config.Resolve(config.Overrides{}, wd)
			if err == nil {
				c, source = s.Catalog, s.CatalogSource
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
			fmt.Fprintf(stdout, "%s:%d: %s: %s\n", c.Source, p.Line, p.Code, p.Msg)
		}
		if len(problems) > 0 {
			return 3
		}
		fmt.Fprintf(stderr, "%s: %s, no problems\n", c.Source, plural(len(c.Entries), "code", "codes"))
		return 0
	}

	switch *format {
	case "text":
		fmt.Fprintf(stdout, "# catalog: %s (%s)\n", source, plural(len(c.Entries), "code", "codes"))
		err = c.WriteText(stdout)
	case "json":
		fmt.Fprintf(stderr, "errlint: catalog: %s\n", source)
		err = c.WriteJSON(stdout)
	case "yaml", "yml":
		fmt.Fprintf(stderr, "errlint: catalog: %s\n", source)
		err = c.WriteYAML(stdout)
	default:
		fmt.Fprintf(stderr, "errlint: catalog: %s\n", source)
		err = c.WriteMarkdown(stdout)
	}
	if err != nil {
		return fatalf(stderr, "%v", err)
	}
	return 0
}
