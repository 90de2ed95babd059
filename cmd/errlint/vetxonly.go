package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"

	"golang.org/x/tools/go/gcexportdata"
)

// The vetx file is what go vet keeps of a package for the vet runs of its
// importers. The unitchecker of x/tools reads it as the magic "vetx", the
// lengths of two parts as little-endian uint32s, then the package's types
// (indexed export data) and its facts (gob, empty for none).
const vetxMagic = "vetx"

// exportTypes serves go vet's run on a dependency that is not user code
// (factsOnly in runVetTool). errlint's facts describe only user code, so
// such a run has no fact to compute: all go vet needs of it is the
// package's types, for the packages that import it. exportTypes checks the
// package's declarations without their function bodies, which the types
// of a package never depend on, and writes a vetx file of those types and
// no facts. unitchecker would check the bodies too, and run every
// analyzer for nothing: on the standard library's packages that a
// service imports, that was most of a cold go vet run's work.
func exportTypes(cfg *vetConfig) error {
	fset := token.NewFileSet()
	files := make([]*ast.File, 0, len(cfg.GoFiles))
	for _, name := range cfg.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files = append(files, f)
	}
	imports := make(map[string]*types.Package)
	tc := &types.Config{
		Importer:         importVetx(cfg, fset, imports),
		Sizes:            types.SizesFor("gc", build.Default.GOARCH),
		GoVersion:        cfg.GoVersion,
		IgnoreFuncBodies: true,
	}
	pkg, err := tc.Check(cfg.ImportPath, fset, files, nil)
	if err != nil {
		return err
	}
	var exp bytes.Buffer
	if err := gcexportdata.Write(&exp, fset, pkg); err != nil {
		return err
	}
	// gcexportdata.Write tags its indexed export data with an 'i', which
	// the vetx file leaves out.
	tag, typesData := exp.Bytes()[0], exp.Bytes()[1:]
	if tag != 'i' {
		return fmt.Errorf("export data of %s: format %q, want indexed ('i')", cfg.ImportPath, tag)
	}
	data := make([]byte, 12, 12+len(typesData))
	copy(data, vetxMagic)
	binary.LittleEndian.PutUint32(data[4:8], uint32(len(typesData))) // and no facts: data[8:12] stays 0
	return os.WriteFile(cfg.VetxOutput, append(data, typesData...), 0o666)
}

// importVetx returns the importer of a vet run: an import path resolves
// through cfg.ImportMap to a package whose types are in its vetx file.
func importVetx(cfg *vetConfig, fset *token.FileSet, imports map[string]*types.Package) types.ImporterFrom {
	return importerFrom(func(path string) (*types.Package, error) {
		resolved, ok := cfg.ImportMap[path]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", path)
		}
		if resolved == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg, ok := imports[resolved]; ok && pkg.Complete() {
			return pkg, nil
		}
		file, ok := cfg.PackageVetx[resolved]
		if !ok {
			return nil, fmt.Errorf("no package vetx file for %q", resolved)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		if len(data) < 12 || string(data[:4]) != vetxMagic {
			return nil, fmt.Errorf("bad vetx file for %q", resolved)
		}
		n := binary.LittleEndian.Uint32(data[4:8])
		if uint64(12)+uint64(n) > uint64(len(data)) {
			return nil, fmt.Errorf("bad vetx file lengths for %q", resolved)
		}
		typesData := append([]byte{'i'}, data[12:12+n]...)
		return gcexportdata.Read(bytes.NewReader(typesData), fset, imports, resolved)
	})
}

type importerFrom func(path string) (*types.Package, error)

func (f importerFrom) Import(path string) (*types.Package, error) { return f(path) }
func (f importerFrom) ImportFrom(path, _ string, _ types.ImportMode) (*types.Package, error) {
	return f(path)
}
