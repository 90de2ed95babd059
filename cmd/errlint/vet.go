package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/config"
	"github.com/errlint/errlint/internal/usercache"
)

// vetArgs is what errlint needs from the vet-tool command line before
// unitchecker parses it: the catalog and the analyzer toggles, which shape
// the analyzers that unitchecker is given.
type vetArgs struct {
	catalog    string
	hasCatalog bool
	enable     map[string]*triState
	cfgFile    string
}

func scanVetArgs(args []string) vetArgs {
	v := vetArgs{enable: make(map[string]*triState)}
	for _, name := range analyzer.Names {
		v.enable[name] = new(triState)
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") {
			if strings.HasSuffix(a, ".cfg") {
				v.cfgFile = a
			}
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "catalog" {
			if !hasValue && i+1 < len(args) {
				i++
				value = args[i]
			}
			v.catalog, v.hasCatalog = value, true
			continue
		}
		if t, ok := v.enable[name]; ok {
			if !hasValue {
				value = "true"
			}
			t.Set(value) // a bad value is reported by unitchecker's parse
			continue
		}
		if !hasValue && takesValue(name) {
			i++
		}
	}
	return v
}

// vetConfig is the part of the go command's vet.cfg that errlint reads
// before handing it to unitchecker.
type vetConfig struct {
	Dir           string
	ImportPath    string
	ModulePath    string
	ModuleVersion string
	VetxOnly      bool

	// What exportTypes reads to check a dependency.
	GoFiles     []string
	ImportMap   map[string]string
	PackageVetx map[string]string
	VetxOutput  string
	GoVersion   string
}

// runVetTool serves go vet -vettool and go fix -fixtool: on a package of
// the user's modules it checks the configuration, then hands over to
// unitchecker, which exits; on any other it writes the package's types
// (exportTypes).
func runVetTool(args []string, stderr io.Writer) int {
	v := scanVetArgs(args)
	opts := analyzer.Options{Overrides: config.Overrides{Disable: disabledByFlags(v.enable)}}

	if v.cfgFile != "" {
		data, err := os.ReadFile(v.cfgFile)
		if err != nil {
			return fatalf(stderr, "%v", err)
		}
		var cfg vetConfig
		if err := json.Unmarshal(data, &cfg); err != nil {
			return fatalf(stderr, "cannot decode %s: %v", v.cfgFile, err)
		}
		dir := cfg.Dir
		if dir == "" {
			dir, _ = os.Getwd()
		}
		// Code of the main module and workspace modules is where errlint
		// reports and infers; of other packages go vet needs only their
		// types (errlint's facts describe user code), and no catalog.
		user := cfg.ModulePath != "" && cfg.ModuleVersion == ""
		if cfg.VetxOnly && !user {
			if err := exportTypes(&cfg); err != nil {
				return fatalf(stderr, "%v", err)
			}
			return 0
		}
		if v.hasCatalog && v.catalog == config.EmbeddedCatalog {
			opts.Catalog = config.EmbeddedCatalog
		} else if v.hasCatalog && v.catalog != "" {
			path, found := vetCatalogPath(v.catalog, dir)
			if found || user {
				opts.Catalog = path
			}
		}
		if user {
			if _, err := config.Resolve(config.Overrides{Catalog: opts.Catalog}, dir); err != nil {
				fmt.Fprintln(stderr, err)
				return 1
			}
		}
	}

	analyzers := []*analysis.Analyzer{oneRoot(analyzer.New(opts))}
	// The analyzers' own enable flags, for go vet's -flags handshake:
	// scanVetArgs has read them into opts already.
	for _, name := range analyzer.Names {
		flag.Var(new(triState), name, fmt.Sprintf("enable %q analysis", name))
	}
	flag.String("catalog", "", "error-code catalog `file` (.json, .yaml, .yml, .md); a relative path is relative to the module root")
	unitchecker.Main(analyzers...)
	return 0 // not reached: unitchecker.Main exits
}

// oneRoot returns the one analyzer errlint hands to unitchecker under go
// vet and go fix. It requires the suite and reports as its own every
// finding of the suite's analyzers, sorted by position, so that go vet,
// which prints a package's findings one analyzer at a time in the random
// order of a map, prints them in file order. Each message ends in
// " [NAME]" (go vet prints messages as given, and a user needs the name to
// write //errlint:ignore NAME), and NAME is the finding's category, JSON's
// field for it. The output is the same whether or not the user asked go
// vet for -json: go vet runs its tool with -json either way and caches its
// output under a key that leaves that choice out, so the tool must not
// guess (issue 19).
//
// An error of the suite's analyzers (a bad configuration, which
// ignoredirective alone returns) is the root's error, each distinct text
// once, in place of unitchecker's "failed prerequisites" line.
//
// The suite's analyzers are fresh instances of this run, so changing them
// in place is safe; unitchecker analyses one package per process, so one
// list serves the run.
func oneRoot(suite []*analysis.Analyzer) *analysis.Analyzer {
	var (
		mu    sync.Mutex
		diags []analysis.Diagnostic
		errs  []string
	)
	for _, a := range suite {
		run, name, url := a.Run, a.Name, a.URL
		a.Run = func(pass *analysis.Pass) (any, error) {
			p := *pass
			p.Report = func(d analysis.Diagnostic) {
				if d.URL == "" {
					d.URL = url
					if d.Category != "" {
						d.URL += "#" + d.Category
					}
				}
				d.Message += " [" + name + "]"
				d.Category = name
				mu.Lock()
				diags = append(diags, d)
				mu.Unlock()
			}
			res, err := run(&p)
			if err != nil {
				mu.Lock()
				if !slices.Contains(errs, err.Error()) {
					errs = append(errs, err.Error())
				}
				mu.Unlock()
			}
			return res, nil
		}
	}
	return &analysis.Analyzer{
		Name:     "errlint",
		Doc:      "errlint checks HTTP error responses against the error-code catalog: the findings of its analyzers, in file order",
		URL:      "https://github.com/errlint/errlint",
		Requires: suite,
		Run: func(pass *analysis.Pass) (any, error) {
			mu.Lock()
			defer mu.Unlock()
			if len(errs) > 0 {
				return nil, errors.New(strings.Join(errs, "\n"))
			}
			slices.SortStableFunc(diags, func(a, b analysis.Diagnostic) int {
				pa, pb := pass.Fset.Position(a.Pos), pass.Fset.Position(b.Pos)
				return cmp.Or(strings.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset), cmp.Compare(a.End, b.End))
			})
			for _, d := range diags {
				pass.Report(d)
			}
			return nil, nil
		},
	}
}

// vetCatalogPath resolves a -catalog value given to go vet. The tool runs in
// each package's directory, so a relative path is taken relative to the
// module root (the directory of the nearest go.mod), or failing that the
// workspace root (go.work). found reports whether the file exists; when it
// does not, path is the module-root candidate, so errors name it.
func vetCatalogPath(value, dir string) (path string, found bool) {
	if filepath.IsAbs(value) {
		_, err := os.Stat(value)
		return value, err == nil
	}
	var candidates []string
	if root := findUp(dir, "go.mod"); root != "" {
		candidates = append(candidates, filepath.Join(root, value))
	}
	if root := findUp(dir, "go.work"); root != "" {
		candidates = append(candidates, filepath.Join(root, value))
	}
	if len(candidates) == 0 {
		abs, _ := filepath.Abs(filepath.Join(dir, value))
		return abs, false
	}
	for _, c := range candidates {
		if _, err := os.Stat(c); err == nil {
			return c, true
		}
	}
	return candidates[0], false
}

// findUp returns the nearest directory at or above dir holding name.
func findUp(dir, name string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && !fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// printVersion answers the build tool's -V=full. The go command keys its
// cache of vet results on this line (and on the flags it passes), so the
// build ID folds in, besides the executable itself, the content of every
// errlint configuration file of the module (and above it), of the catalogs
// they name, and of the catalog named by -catalog on the go command line:
// editing any of them invalidates go vet's cached results. It never fails
// on a bad file (the go command would print "error obtaining buildID" and
// leave its work directory behind): each package that uses the file
// reports it instead.
func printVersion(stdout, stderr io.Writer) int {
	exe, sum, err := selfDigest()
	if err != nil {
		return fatalf(stderr, "%v", err)
	}
	h := sha256.New()
	h.Write(sum)
	wd, _ := os.Getwd()
	hashConfiguration(h, wd, parentCatalogFlag())
	// The go command reads "NAME version devel … buildID=ID"; the words
	// between are for people.
	fmt.Fprintf(stdout, "%s version devel errlint %s %s buildID=%x\n", exe, strings.ReplaceAll(moduleVersion(), " ", "-"), runtime.Version(), h.Sum(nil))
	return 0
}

// selfDigest returns the path of the running executable and its digest
// (executableDigest): what go vet's identity, the fact cache and the cache
// of dependencies' types are keyed on.
func selfDigest() (exe string, sum []byte, err error) {
	if exe, err = os.Executable(); err != nil {
		return "", nil, err
	}
	sum, err = executableDigest(exe)
	return exe, sum, err
}

// executableDigest returns the sha256 of the executable at path. go vet
// asks for -V=full on every run, cached ones included, and hashing a
// binary of 15 MB is most of that answer's cost, so the digest is kept in
// errlint's cache directory (usercache) under the file's path, size and
// modification time.
func executableDigest(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	key := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d\x00%d", path, fi.Size(), fi.ModTime().UnixNano()))
	var cached string
	if dir := usercache.Dir(); dir != "" {
		cached = filepath.Join(dir, fmt.Sprintf("exe-%x", key[:16]))
		if data, err := os.ReadFile(cached); err == nil && len(data) == sha256.Size {
			usercache.Touch(cached)
			return data, nil
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	sum := h.Sum(nil)
	if cached != "" {
		usercache.Write(cached, sum)
	}
	return sum, nil
}

// hashConfiguration writes to h a description of the errlint configuration
// that applies under dir's module. It never fails: a file that is missing,
// unreadable or invalid is hashed as it is (its bytes, or the error), so
// that the -V=full handshake succeeds whatever the configuration, and each
// package that uses a bad file reports it itself. Editing the file changes
// the hash either way.
func hashConfiguration(h io.Writer, dir, catalogFlag string) {
	if catalogFlag == config.EmbeddedCatalog {
		fmt.Fprintf(h, "catalog flag %s\n", catalogFlag)
	} else if catalogFlag != "" {
		path, _ := vetCatalogPath(catalogFlag, dir)
		hashCatalog(h, "catalog flag", path)
	}
	for _, path := range configFiles(dir) {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(h, "config %s unreadable: %v\n", path, err)
			continue
		}
		fmt.Fprintf(h, "config %s %x\n", path, sha256.Sum256(data))
		if f, err := config.Load(path); err == nil {
			for _, ref := range f.Catalogs {
				if ref.Path != "" { // "" is the embedded default, part of the executable
					hashCatalog(h, "catalog", ref.Path)
				}
			}
		}
	}
}

// hashCatalog writes to h the digest of the catalog at path, or of its
// bytes when it does not load.
func hashCatalog(h io.Writer, what, path string) {
	if c, err := catalog.Load(path); err == nil {
		fmt.Fprintf(h, "%s %s %s\n", what, path, c.Digest())
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(h, "%s %s unreadable: %v\n", what, path, err)
		return
	}
	fmt.Fprintf(h, "%s %s bytes %x\n", what, path, sha256.Sum256(data))
}

// configFiles lists the errlint configuration files that can apply to the
// packages of the module (or workspace) holding dir, as config finds them
// for the module-wide keys (one walk of the tree for both).
func configFiles(dir string) []string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	mods, err := config.FindModules(abs)
	if err != nil {
		return nil
	}
	if len(mods.Roots) == 0 {
		mods.Roots = []string{abs}
	}
	paths, _ := config.ModuleFiles(mods)
	return paths
}

// parentCatalogFlag returns the -catalog value on the command line of the
// go command that runs errlint -V=full, which does not pass its tool flags
// along. It reads /proc, so it works on Linux; elsewhere it returns "" and
// an edit of a -catalog file needs `go clean -cache` (or a change of the
// flag) to be seen by go vet.
func parentCatalogFlag() string {
	value, _ := parentGoFlag("catalog", true)
	return value
}

// parentGoFlag returns the value of flag name on the command line of the
// go command that runs errlint (read from /proc: "" and false elsewhere,
// or when the parent is not the go command). isString says whether the
// flag takes a value when written without "=".
func parentGoFlag(name string, isString bool) (value string, found bool) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", os.Getppid()))
	if err != nil {
		return "", false
	}
	args := strings.Split(string(bytes.TrimRight(data, "\x00")), "\x00")
	if len(args) < 2 || !strings.HasPrefix(filepath.Base(args[0]), "go") {
		return "", false
	}
	for i := 1; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		n, v, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || n != name {
			continue
		}
		if !hasValue && isString && i+1 < len(args) {
			v = args[i+1]
		} else if !hasValue {
			v = "true"
		}
		return v, true
	}
	return "", false
}
