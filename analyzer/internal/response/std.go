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
	path := pass.Pkg.Path()
	first, _, _ := strings.Cut(path, "/")
	if strings.Contains(first, ".") {
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
