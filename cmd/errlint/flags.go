package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/errlint/errlint/analyzer"
)

// triState is an analyzer-enable flag that knows whether it was set: as in
// multichecker, if any is set true only those analyzers run; otherwise the
// ones set false are off.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) IsBoolFlag() bool { return true }
func (t *triState) Get() any         { return *t == setTrue }
func (t *triState) String() string {
	if t != nil && *t == setFalse {
		return "false"
	}
	return "true"
}

func (t *triState) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	if b {
		*t = setTrue
	} else {
		*t = setFalse
	}
	return nil
}

// standaloneFlags are the command-line flags of `errlint [flags] packages`.
type standaloneFlags struct {
	JSON       bool
	SARIF      bool
	Fix        bool
	Diff       bool
	Context    int
	Catalog    string
	Verbose    bool
	Tests      bool
	Tags       string
	CPUProfile string
	MemProfile string
	Version    bool
	enable     map[string]*triState
}

func newFlagSet(stderr io.Writer) (*flag.FlagSet, *standaloneFlags) {
	f := &standaloneFlags{Context: -1, Tests: true, enable: make(map[string]*triState)}
	fs := flag.NewFlagSet("errlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&f.JSON, "json", false, "emit JSON output (on stdout)")
	fs.BoolVar(&f.SARIF, "sarif", false, "emit SARIF 2.1.0 output (on stdout), for code scanning")
	fs.BoolVar(&f.Fix, "fix", false, "apply the first suggested fix of every finding")
	fs.BoolVar(&f.Diff, "diff", false, "print the fixes as a unified diff instead of applying them (implies -fix)")
	fs.IntVar(&f.Context, "c", -1, "display offending line with this many lines of context")
	fs.StringVar(&f.Catalog, "catalog", "", "error-code catalog `file` (.json, .yaml, .yml, .md), or \"embedded\" for the embedded default; overrides .errlint.yaml")
	fs.BoolVar(&f.Verbose, "v", false, "print which catalog is used (on stderr)")
	// errlint never reports in _test.go files, so by default it does not load
	// them: -test only adds their type errors to the output.
	fs.BoolVar(&f.Tests, "test", false, "also load and type-check test files (errlint never reports in them)")
	fs.StringVar(&f.Tags, "tags", "", "comma-separated list of build tags")
	fs.StringVar(&f.CPUProfile, "cpuprofile", "", "write CPU profile to this `file`")
	fs.StringVar(&f.MemProfile, "memprofile", "", "write memory profile to this `file`")
	fs.Bool("flags", false, "print analyzer flags in JSON")
	fs.Bool("V", false, "print the identity go vet asks for and exit (-V=full)")
	fs.BoolVar(&f.Version, "version", false, "print errlint's version and the Go version it was built with")
	for _, name := range analyzer.Names {
		t := new(triState)
		f.enable[name] = t
		fs.Var(t, name, fmt.Sprintf("enable %q analysis", name))
	}
	return fs, f
}

// disabled returns the analyzers that the enable flags turn off.
func disabledByFlags(enable map[string]*triState) []string {
	anyTrue := false
	for _, t := range enable {
		anyTrue = anyTrue || *t == setTrue
	}
	var off []string
	for _, name := range analyzer.Names {
		t := enable[name]
		if anyTrue && *t != setTrue || !anyTrue && *t == setFalse {
			off = append(off, name)
		}
	}
	return off
}
