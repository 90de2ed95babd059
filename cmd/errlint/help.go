package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/errlint/errlint/analyzer"
)

const usageHead = `errlint checks the HTTP error responses of Go services against a catalog
of error codes.

Usage:
  errlint [flags] [packages]            analyse packages (default ./...)
  errlint catalog [-format text|json|yaml|markdown] [FILE]
                                        print the effective catalog and its source
  errlint catalog -check [FILE|packages]
                                        validate a catalog file, or the catalogs in effect
                                        in the packages; report hygiene problems
  errlint catalog -usage [-test] [packages]
                                        which catalog codes the packages send, where,
                                        with which statuses; codes never referenced; unknown codes
  errlint catalog -go ENTRY -format yaml
                                        snapshot a catalog declared in Go (a dependency's)
  errlint catalog -check FILE -go ENTRY compare a snapshot with the dependency (exit 3: differ)
  errlint init                          write a starting .errlint.yaml for the module
  errlint help [ANALYZER]               this text, or an analyzer's documentation
  errlint version                       errlint's version and the Go version

As a vet tool or fix tool:
  go vet -vettool=$(command -v errlint) [-catalog FILE] ./...
  go fix -fixtool=$(command -v errlint) ./...

Catalog: -catalog FILE, else the nearest .errlint.yaml (.errlint.yml,
.errlint.json) above each package naming one with its catalog: key, else the
embedded default. Under go vet a relative -catalog is relative to the module
root. -v and errlint catalog say which one is used.

Exit status: 0 no findings, 3 findings, 1 errors (a package that does not
load or type-check, a bad catalog or config), 2 a bad command line. -fix
applies the fixes, then exits 3 if findings remain; -diff exits as a plain
run; with -json or -sarif, findings do not change the exit status.

Analyzers:
`

// usage prints the command's help: subcommands, analyzers and flags.
func usage(w io.Writer) {
	var b strings.Builder
	b.WriteString(usageHead)
	for _, a := range analyzer.New(analyzer.Options{}) {
		title, _, _ := strings.Cut(strings.TrimSpace(a.Doc), "\n")
		title = strings.TrimPrefix(title, a.Name+": ")
		fmt.Fprintf(&b, "  %-16s %s\n", a.Name, title)
	}
	b.WriteString("\nFlags:\n")
	fs, _ := newFlagSet(&b)
	fs.SetOutput(&b)
	fs.PrintDefaults()
	io.WriteString(w, b.String())
}

// runHelp implements `errlint help [analyzer]`.
func runHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stdout)
		return 0
	}
	for _, a := range analyzer.New(analyzer.Options{}) {
		if a.Name == args[0] {
			fmt.Fprintf(stdout, "%s: %s\n", a.Name, strings.TrimSpace(a.Doc))
			if a.URL != "" {
				fmt.Fprintf(stdout, "\n%s\n", a.URL)
			}
			return 0
		}
	}
	if args[0] == "catalog" {
		io.WriteString(stdout, catalogUsage)
		return 0
	}
	fmt.Fprintf(stderr, "errlint help: no analyzer or command %q\n", args[0])
	return 2
}
