// Command errlint checks the HTTP error responses of Go services against a
// catalog of error codes.
//
//	errlint [flags] [packages]             analyse packages, ./... by default (exit 0 clean, 3 findings, 1 errors)
//	errlint catalog [-format F] [FILE]     print the effective catalog and its source
//	errlint catalog -check [FILE]          validate a catalog and report hygiene problems
//	errlint catalog -usage [packages]      the catalog codes the packages send, where and with which statuses
//	errlint catalog -go ENTRY -format yaml snapshot a catalog declared in Go (a dependency's too)
//	errlint init                           write a starting configuration for the module
//	errlint help                           usage, analyzers and flags
//	errlint version                        errlint's module version and Go version
//
// The same binary is a vet tool and a fix tool:
//
//	go vet -vettool=$(command -v errlint) ./...
//	go fix -fixtool=$(command -v errlint) ./...
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(mainArgs(os.Args[1:], os.Stdout, os.Stderr))
}

// mainArgs dispatches on the command line and returns the exit status.
// Vet-tool invocations do not return: unitchecker exits itself.
func mainArgs(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "catalog":
			return runCatalog(args[1:], stdout, stderr)
		case "help":
			return runHelp(args[1:], stdout, stderr)
		case "init":
			return runInit(args[1:], stdout, stderr)
		case "version", "-version", "--version":
			return printModuleVersion(stdout)
		}
	}
	switch mode := invocationMode(args); mode {
	case modeVersion:
		return printVersion(stdout, stderr)
	case modeVet:
		return runVetTool(args, stderr)
	}
	return runStandalone(args, stdout, stderr)
}

type mode int

const (
	modeStandalone mode = iota
	modeVersion         // -V=full: the build tool asks for the tool's identity
	modeVet             // foo.cfg or -flags: the vet/fix tool protocol
)

// invocationMode tells how errlint was invoked: by go vet / go fix (a single
// *.cfg argument after the flags, or the -flags and -V=full probes) or by a
// user.
func invocationMode(args []string) mode {
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = args[i+1:]
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			rest = args[i:]
			break
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch name {
		case "V":
			return modeVersion
		case "flags":
			return modeVet
		}
		if !hasValue && takesValue(name) {
			i++ // skip the flag's value
		}
	}
	if len(rest) == 1 && strings.HasSuffix(rest[0], ".cfg") {
		return modeVet
	}
	return modeStandalone
}

// takesValue reports whether the flag name needs a value (is not boolean),
// so that "-catalog x.json" is read as one flag.
func takesValue(name string) bool {
	switch name {
	case "catalog", "c", "cpuprofile", "memprofile", "tags":
		return true
	}
	return false
}

func fatalf(w io.Writer, format string, args ...any) int {
	fmt.Fprintf(w, "errlint: "+format+"\n", args...)
	return 1
}
