package response

import (
	"go/build"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// isStd reports whether the package is part of the standard library: its
// path has no dot in its first element and its files live under GOROOT.
func isStd(pass *analysis.Pass) bool {
	if !isStdPath(pass.Pkg.Path()) {
		return false
	}
	goroot := build.Default.GOROOT
	if goroot == "" || len(pass.Files) == 0 {
		return true // no dot and nothing to compare with: assume std
	}
	name := pass.Fset.Position(pass.Files[0].Pos()).Filename
	rel, err := filepath.Rel(filepath.Join(goroot, "src"), name)
	return err == nil && !strings.HasPrefix(rel, "..")
}

// isStdPath reports whether an import path may be the standard
// library's: its first element has no dot.
func isStdPath(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

// isDependency reports whether the package's files live in the module cache
// or a vendor directory: code of a dependency, not the user's.
func isDependency(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	name := filepath.ToSlash(pass.Fset.Position(pass.Files[0].Pos()).Filename)
	if strings.Contains(name, "/vendor/") {
		return true
	}
	i := strings.Index(name, "/pkg/mod/")
	return i >= 0 && strings.Contains(name[i:], "@")
}
