package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// moduleVersion returns errlint's module version as the Go toolchain
// recorded it: a release ("v1.2.0") when installed with go install
// MODULE@VERSION, "(devel)" when built from a checkout, with the VCS
// revision when the build recorded one.
func moduleVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if v == "(devel)" && rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += " " + rev + modified
	}
	return v
}

// printModuleVersion implements `errlint version` and -version.
func printModuleVersion(w io.Writer) int {
	fmt.Fprintf(w, "errlint %s %s %s/%s\n", moduleVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return 0
}
