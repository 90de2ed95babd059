package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/gcexportdata"

	"github.com/errlint/errlint/cmd/errlint/internal/driver"
	"github.com/errlint/errlint/internal/usercache"
)

// The vetx file is what go vet keeps of a package for the vet runs of its
// importers. The unitchecker of x/tools reads it as the magic "vetx", the
// lengths of two parts as little-endian uint32s, then the package's types
// (indexed export data) and its facts (gob, empty for none).
const vetxMagic = "vetx"

// exportTypes serves go vet's run on a dependency that is not user code
// (see runVetTool). errlint's facts describe only user code, so such a run
// has no fact to compute: all go vet needs of it is the package's types,
// for the packages that import it. exportTypes checks the package's
// declarations without their function bodies, which the types of a
// package never depend on, and writes a vetx file of those types and no
// facts. unitchecker would check the bodies too, and run every analyzer
// for nothing: on the standard library's packages that a service imports,
// that was most of a cold go vet run's work.
//
// The file depends on the package's inputs alone, not on errlint's
// configuration, so it is also kept in vetx/ of errlint's cache
// (usercache): go vet asks for it again under each new tool identity,
// after every edit of the catalog or .errlint.yaml, and then it is copied.
func exportTypes(cfg *vetConfig) error {
	in, err := readVetInputs(cfg)
	if err != nil {
		return err
	}
	var root, cached string
	if root = usercache.Dir(); root != "" {
		if _, sum, err := selfDigest(); err == nil {
			cached = filepath.Join(root, "vetx", fmt.Sprintf("%x", in.key(sum)))
		}
	}
	if cached != "" {
		if data, err := os.ReadFile(cached); err == nil {
			usercache.Touch(cached)
			return os.WriteFile(cfg.VetxOutput, data, 0o666)
		}
	}
	data, err := in.check()
	if err != nil {
		return err
	}
	if cached != "" {
		usercache.Write(cached, data)
		usercache.Trim(root)
	}
	return os.WriteFile(cfg.VetxOutput, data, 0o666)
}

// vetInputs is everything the types of a dependency depend on: its
// configuration, its files and the vetx files of its imports, each read
// once, for the key and for the check.
type vetInputs struct {
	cfg   *vetConfig
	files [][]byte // by cfg.GoFiles
	vetx  map[string][]byte
}

func readVetInputs(cfg *vetConfig) (*vetInputs, error) {
	in := &vetInputs{cfg: cfg, vetx: make(map[string][]byte, len(cfg.PackageVetx))}
	for _, name := range cfg.GoFiles {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		in.files = append(in.files, data)
	}
	for path, file := range cfg.PackageVetx {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		in.vetx[path] = data
	}
	return in, nil
}

// key returns the cache key of in's vetx file, written by the executable
// whose digest is exe.
func (in *vetInputs) key(exe []byte) []byte {
	h := sha256.New()
	fmt.Fprintf(h, "errlint vetx\nexecutable %x\npackage %q\ngo %q\narch %q\n", exe, in.cfg.ImportPath, in.cfg.GoVersion, build.Default.GOARCH)
	for i, name := range in.cfg.GoFiles { // positions in the types name the files
		fmt.Fprintf(h, "file %q %d\n", name, len(in.files[i]))
		h.Write(in.files[i])
	}
	for _, path := range slices.Sorted(maps.Keys(in.cfg.ImportMap)) {
		fmt.Fprintf(h, "import %q %q\n", path, in.cfg.ImportMap[path])
	}
	for _, path := range slices.Sorted(maps.Keys(in.vetx)) {
		fmt.Fprintf(h, "vetx %q %d\n", path, len(in.vetx[path]))
		h.Write(in.vetx[path])
	}
	return h.Sum(nil)
}

// check type-checks the package's declarations and returns its vetx file.
func (in *vetInputs) check() ([]byte, error) {
	cfg := in.cfg
	fset := token.NewFileSet()
	files := make([]*ast.File, 0, len(cfg.GoFiles))
	for i, name := range cfg.GoFiles {
		f, err := parser.ParseFile(fset, name, in.files[i], parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	tc := &types.Config{
		Importer:         in.importer(fset),
		Sizes:            types.SizesFor("gc", build.Default.GOARCH),
		GoVersion:        cfg.GoVersion,
		IgnoreFuncBodies: true,
	}
	pkg, err := tc.Check(cfg.ImportPath, fset, files, nil)
	if err != nil {
		return nil, err
	}
	var exp bytes.Buffer
	if err := gcexportdata.Write(&exp, fset, pkg); err != nil {
		return nil, err
	}
	// gcexportdata.Write tags its indexed export data with an 'i', which
	// the vetx file leaves out.
	tag, typesData := exp.Bytes()[0], exp.Bytes()[1:]
	if tag != 'i' {
		return nil, fmt.Errorf("export data of %s: format %q, want indexed ('i')", cfg.ImportPath, tag)
	}
	data := make([]byte, vetxHeader, vetxHeader+len(typesData))
	copy(data, vetxMagic)
	binary.LittleEndian.PutUint32(data[4:8], uint32(len(typesData))) // and no facts: data[8:12] stays 0
	return append(data, typesData...), nil
}

// vetxHeader is the length of a vetx file's magic and two lengths.
const vetxHeader = 12

// vetxTypes returns the types part of a vetx file, tagged as
// gcexportdata.Read wants it.
func vetxTypes(data []byte) ([]byte, error) {
	if len(data) < vetxHeader || string(data[:4]) != vetxMagic {
		return nil, errors.New("not a vetx file")
	}
	n := uint64(binary.LittleEndian.Uint32(data[4:8]))
	if vetxHeader+n > uint64(len(data)) {
		return nil, errors.New("vetx file shorter than its types")
	}
	return append([]byte{'i'}, data[vetxHeader:vetxHeader+n]...), nil
}

// importer returns the importer of a vet run: an import path resolves
// through cfg.ImportMap to a package whose types are in its vetx file.
func (in *vetInputs) importer(fset *token.FileSet) types.Importer {
	imports := make(map[string]*types.Package)
	return driver.ImporterFunc(func(path string) (*types.Package, error) {
		resolved, ok := in.cfg.ImportMap[path]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", path)
		}
		if resolved == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg, ok := imports[resolved]; ok && pkg.Complete() {
			return pkg, nil
		}
		data, ok := in.vetx[resolved]
		if !ok {
			return nil, fmt.Errorf("no package vetx file for %q", resolved)
		}
		typesData, err := vetxTypes(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", resolved, err)
		}
		return gcexportdata.Read(bytes.NewReader(typesData), fset, imports, resolved)
	})
}
