package response

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// BaseName is the name of the shared base analyzer, the key of its entry in
// a nogo_config.json ("errlint": {"analyzer_flags": {…}}).
const BaseName = "errlint"

// flagValues are the base analyzer's flags. Drivers set them after the
// analyzer is built (nogo from nogo_config.json's analyzer_flags), so run
// reads them on every package.
type flagValues struct {
	catalog string // a catalog file; hermetic
	config  string // an .errlint.yaml to use instead of discovery; hermetic
	modules string // module path prefixes of the user's own packages, comma-separated
}

func (v *flagValues) register(fs *flag.FlagSet) {
	fs.StringVar(&v.catalog, "catalog", "", "error-code catalog `file` (.json, .yaml, .yml, .md); with it no .errlint.yaml is discovered")
	fs.StringVar(&v.config, "config", "", "the .errlint.yaml `file` to use instead of discovering one walking up the tree")
	fs.StringVar(&v.modules, "modules", "", "comma-separated module path `prefixes` of the user's own packages, where the driver gives no module information (default: every package outside the standard library)")
}

// overrides returns the driver's options with the flags applied: with the
// catalog or config flag set, no file but those (and the catalog the
// config names) is read, so a remote build is hermetic.
func (v *flagValues) overrides(o Options) Options {
	if v.catalog == "" && v.config == "" {
		return o
	}
	o.NoDiscovery = true
	o.Config = inputPath(v.config)
	if v.catalog != "" {
		o.Catalog = inputPath(v.catalog)
		o.CatalogOrigin = BaseName + " analyzer flag catalog"
	}
	return o
}

// inputPath returns where to read the file a flag names: the path itself
// when it is absolute or exists relative to the working directory (a Bazel
// action's execroot), else the first runfiles tree of this executable
// holding it. Bazel stages a tool's runfiles beside it, so a config file in
// the data of a nogo dependency is a declared input of every nogo action
// even where the sandbox or a remote executor provides nothing else. A path
// found nowhere is returned as it is, so that its error names it.
func inputPath(path string) string {
	if path == "" || filepath.IsAbs(path) {
		return path
	}
	if _, err := os.Stat(path); err == nil {
		return path
	}
	var trees []string
	if dir := os.Getenv("RUNFILES_DIR"); dir != "" {
		trees = append(trees, dir)
	}
	// The executable as invoked (Bazel stages runfiles beside that path)
	// and as the kernel resolves it.
	if len(os.Args) > 0 && os.Args[0] != "" {
		trees = append(trees, os.Args[0]+".runfiles")
	}
	if exe, err := os.Executable(); err == nil {
		trees = append(trees, exe+".runfiles")
	}
	for _, tree := range trees {
		// The main repository is "_main" under Bzlmod, its workspace name
		// under WORKSPACE; try it first, then every repository.
		repos := []string{"_main"}
		if entries, err := os.ReadDir(tree); err == nil {
			for _, e := range entries {
				if e.IsDir() && e.Name() != "_main" {
					repos = append(repos, e.Name())
				}
			}
		}
		for _, repo := range repos {
			if p := filepath.Join(tree, repo, path); fileExists(p) {
				return p
			}
		}
	}
	return path
}

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}

// modulePrefixes returns the modules flag as a list of path prefixes.
func (v *flagValues) modulePrefixes() []string {
	var out []string
	for p := range strings.SplitSeq(v.modules, ",") {
		if p = strings.TrimSuffix(strings.TrimSpace(p), "/"); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// hasPathPrefix reports whether the import path is prefix or below it.
func hasPathPrefix(path, prefix string) bool {
	return path == prefix || strings.HasPrefix(path, prefix+"/")
}

// sourceReader returns pass.ReadFile, or where the driver gives none
// (nogo), a reader of the package's own source files alone: directives
// standing on their own line and gofmt-aware fixes need the text.
func sourceReader(pass *analysis.Pass) func(string) ([]byte, error) {
	if pass.ReadFile != nil {
		return pass.ReadFile
	}
	var names []string
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.Pos()); tf != nil {
			names = append(names, tf.Name())
		}
	}
	return func(name string) ([]byte, error) {
		if !slices.Contains(names, name) {
			return nil, fmt.Errorf("%s is not a source file of package %s", name, pass.Pkg.Path())
		}
		return os.ReadFile(name)
	}
}
