package config

import (
	"fmt"
	"go/build"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/mod/modfile"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/internal/structured"
)

// findTTL bounds how long a look at the file system is trusted: a go vet
// run is over in moments, a long-lived process (gopls) sees a new or
// removed config file after this long.
var findTTL = 3 * time.Second

// ---- looks at the file system, trusted for findTTL ----

// A ttlCache remembers what a look at the file system found, by key, for
// findTTL.
type ttlCache[T any] struct {
	mu sync.Mutex
	m  map[string]ttlEntry[T]
}

type ttlEntry[T any] struct {
	at  time.Time
	v   T
	err error
}

// get returns what look(key) found, looking again when the last look is
// older than findTTL.
func (c *ttlCache[T]) get(key string, look func(string) (T, error)) (T, error) {
	now := time.Now()
	c.mu.Lock()
	if e, ok := c.m[key]; ok && now.Sub(e.at) < findTTL {
		c.mu.Unlock()
		return e.v, e.err
	}
	c.mu.Unlock()
	v, err := look(key)
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[string]ttlEntry[T])
	}
	c.m[key] = ttlEntry[T]{now, v, err}
	c.mu.Unlock()
	return v, err
}

// reset forgets every look.
func (c *ttlCache[T]) reset() {
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
}

// ---- the configuration files of one directory, and the chain above it ----

var dirCache ttlCache[string] // by absolute directory

// configIn returns the config file in dir itself, "" if none. Two config
// files in one directory are an error.
func configIn(dir string) (string, error) {
	return dirCache.get(dir, func(dir string) (string, error) {
		var here []string
		for _, name := range FileNames {
			if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && !fi.IsDir() {
				here = append(here, name)
			}
		}
		switch {
		case len(here) > 1:
			return "", catalog.ErrorList{{File: dir, Msg: fmt.Sprintf("more than one config file: %s (keep one)", strings.Join(here, ", "))}}
		case len(here) == 1:
			return filepath.Join(dir, here[0]), nil
		}
		return "", nil
	})
}

// Chain returns the config files that apply to dir, the nearest first:
// every one in dir and the directories above it, up to the file-system root
// or to the first that says root: true.
func Chain(dir string) ([]*File, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", dir, err)
	}
	var files []*File
	for d := abs; ; {
		path, err := configIn(d)
		if err != nil {
			return nil, err
		}
		if path != "" {
			f, err := Load(path)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
			if f.Root {
				return files, nil
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return files, nil
		}
		d = parent
	}
}

// ---- modules ----

// Modules are the main module and the workspace modules of a directory.
type Modules struct {
	Roots []string // absolute directories holding their go.mod files
	Paths []string // module paths, parallel to Roots ("" where go.mod names none)
}

// contains reports whether the package path pkg belongs to one of the modules.
func (m Modules) contains(pkg string) bool {
	for _, p := range m.Paths {
		if p != "" && (pkg == p || strings.HasPrefix(pkg, p+"/")) {
			return true
		}
	}
	return false
}

var modCache ttlCache[Modules] // by absolute directory

// FindModules returns the modules of the build that dir belongs to: the
// workspace modules of the go.work that applies (the GOWORK environment
// variable, else the nearest go.work above dir; GOWORK=off: none), else
// the module of the nearest go.mod above dir. Outside any module it
// returns no roots.
func FindModules(dir string) (Modules, error) {
	return modCache.get(dir, findModules)
}

func findModules(dir string) (Modules, error) {
	var m Modules
	work := os.Getenv("GOWORK")
	switch work {
	case "off":
		work = ""
	case "":
		work = findUp(dir, "go.work")
	default:
		if !filepath.IsAbs(work) {
			work = "" // the go command refuses a relative GOWORK
		}
	}
	if work != "" {
		data, err := os.ReadFile(work)
		if err != nil {
			return m, catalog.ErrorList{{File: work, Msg: fmt.Sprintf("cannot read workspace: %v", structured.WithoutPath(err))}}
		}
		wf, err := modfile.ParseWork(work, data, nil)
		if err != nil {
			return m, fmt.Errorf("%v", err) // modfile's errors say FILE:LINE already
		}
		for _, u := range wf.Use {
			root := u.Path
			if !filepath.IsAbs(root) {
				root = filepath.Join(filepath.Dir(work), root)
			}
			m.Roots = append(m.Roots, filepath.Clean(root))
		}
	} else if mod := findUp(dir, "go.mod"); mod != "" {
		m.Roots = []string{filepath.Dir(mod)}
	}
	for _, root := range m.Roots {
		data, _ := os.ReadFile(filepath.Join(root, "go.mod")) // a missing go.mod: the go command reports it
		m.Paths = append(m.Paths, modfile.ModulePath(data))
	}
	return m, nil
}

// findUp returns the path of the nearest file name in dir or above, "" if
// none. The search stops at a testdata directory: the go command leaves
// what is below one out of the module around it (analysistest's GOPATH
// packages live there).
func findUp(dir, name string) string {
	for d := dir; ; {
		p := filepath.Join(d, name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
		if filepath.Base(d) == "testdata" {
			return ""
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// ---- the module-wide set of files ----

var walkCache ttlCache[[]string] // by the roots, joined

// ModuleFiles returns the paths of every config file of the modules, in a
// fixed order: those below each module root (skipping vendor, testdata and
// node_modules, directories whose names start with "." or "_", and nested
// modules that are not among the roots) and those above a root that apply
// to it. The listing is a walk of the trees, trusted for a few seconds.
func ModuleFiles(m Modules) ([]string, error) {
	return walkCache.get(strings.Join(m.Roots, "\x00"), func(string) ([]string, error) { return walkModules(m.Roots) })
}

func walkModules(roots []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	addPath := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, root := range roots {
		// The files above the root that apply to it.
		chain, err := Chain(root)
		if err != nil {
			return nil, err
		}
		for _, f := range chain {
			addPath(f.Path)
		}
		here := map[string][]string{} // directory → names of its config files
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if path == root {
					return err
				}
				return nil // an unreadable directory: the go command reports it if it holds packages
			}
			if !d.IsDir() {
				if slices.Contains(FileNames, d.Name()) && d.Type().IsRegular() {
					dir := filepath.Dir(path)
					here[dir] = append(here[dir], d.Name())
					if len(here[dir]) > 1 {
						return catalog.ErrorList{{File: dir, Msg: fmt.Sprintf("more than one config file: %s (keep one)", strings.Join(here[dir], ", "))}}
					}
					addPath(path)
				}
				return nil
			}
			if path != root {
				name := d.Name()
				if name == "vendor" || name == "testdata" || name == "node_modules" ||
					strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || slices.Contains(roots, path) {
					return filepath.SkipDir
				}
				if fi, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && !fi.IsDir() {
					return filepath.SkipDir // a nested module of its own
				}
			}
			return nil
		})
		if err != nil {
			if _, ok := err.(catalog.ErrorList); ok {
				return nil, err
			}
			return nil, fmt.Errorf("%s: %v", root, structured.WithoutPath(err))
		}
	}
	return out, nil
}

// ---- dependencies ----

// IsUserModule reports whether the packages of the module path at version
// are the user's own code, the code errlint reads from source, infers
// writers from and reports in: a module without a version (the main module
// or a workspace module), never the standard library (std) or the
// toolchain's commands (cmd). A replaced dependency keeps the version it is
// required at, so it is not the user's. The drivers that know modules (the
// standalone loader, go vet, gopls) all ask this; without module information
// IsDependencyDir answers from the files' directory.
func IsUserModule(path, version string) bool {
	return path != "" && path != "std" && path != "cmd" && version == ""
}

// IsDependencyDir reports whether dir holds a package that is not the
// user's own: a directory of the module cache, of GOROOT, or of a module's
// vendor directory. Configuration files are never read for those.
func IsDependencyDir(dir string) bool {
	for _, root := range []string{modCacheDir(), build.Default.GOROOT} {
		if root != "" && within(dir, root) {
			return true
		}
	}
	if mod := findUp(dir, "go.mod"); mod != "" {
		root := filepath.Dir(mod)
		if strings.Contains(filepath.Base(root), "@") {
			return true // a module cache directory (module@version) outside GOMODCACHE
		}
		if rel, err := filepath.Rel(root, dir); err == nil {
			if slices.Contains(strings.Split(filepath.ToSlash(rel), "/"), "vendor") {
				return true
			}
		}
	}
	return false
}

// modCacheDir returns the module cache directory as the go command
// computes it from the environment.
func modCacheDir() string {
	if d := os.Getenv("GOMODCACHE"); d != "" {
		return filepath.Clean(d)
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		gopath = build.Default.GOPATH
	}
	if list := filepath.SplitList(gopath); len(list) > 0 && list[0] != "" {
		return filepath.Join(list[0], "pkg", "mod")
	}
	return ""
}

// within reports whether dir is root or below it.
func within(dir, root string) bool {
	rel, err := filepath.Rel(root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
