package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
)

// A FactCache keeps across runs the facts that each user package exported
// (SPEC §13: facts flow only to dependents). A package that is no root and
// whose entry is found is read from export data, its facts decoded onto
// the objects read there, and neither type-checked nor analysed: on a
// second run only the roots, and the packages whose inputs changed, are
// checked from source. Facts are keyed as go vet keys them, by object
// path, and an entry is keyed by everything its facts are made of: the
// package's files, the keys of the user packages it imports and the
// export data of the others, and Salt.
type FactCache struct {
	// Dir holds the entries, one file each, in subdirectories named by
	// the first two hex digits of their key.
	Dir string
	// Salt is what else the facts depend on: the executable and the
	// configuration in effect (the driver adds the analyzers' names).
	Salt []byte
}

// cachedFacts is an entry: the facts one package exported, gob-encoded.
type cachedFacts struct {
	Facts []cachedFact
}

type cachedFact struct {
	Analyzer string
	Path     objectpath.Path // the object's path in its package; "" for a package fact
	Package  bool
	Type     string // the fact's type, as reflect names it
	Data     []byte // the fact, gob-encoded
}

// cacheKeys returns the key of each source package that is not a test
// variant, computed in dependency order; a package whose files cannot be
// read has none, and nor have its dependents.
func (c *FactCache) cacheKeys(prog *Program, all []*analysis.Analyzer) map[*packages.Package]string {
	keys := make(map[*packages.Package]string)
	for _, p := range prog.Source {
		if isTestVariant(p) {
			continue
		}
		h := sha256.New()
		h.Write(c.Salt)
		for _, a := range all {
			fmt.Fprintf(h, "analyzer %s\n", a.Name)
		}
		fmt.Fprintf(h, "package %s %s\n", p.ID, p.PkgPath)
		if p.Module != nil {
			fmt.Fprintf(h, "go %s\n", p.Module.GoVersion)
		}
		ok := true
		for _, name := range p.CompiledGoFiles {
			data, err := os.ReadFile(name)
			if err != nil {
				ok = false
				break
			}
			fmt.Fprintf(h, "file %s %x\n", name, sha256.Sum256(data))
		}
		paths := make([]string, 0, len(p.Imports))
		for path := range p.Imports {
			paths = append(paths, path)
		}
		sort.Strings(paths)
		for _, path := range paths {
			imp := p.Imports[path]
			if prog.source[imp] {
				k, found := keys[imp]
				ok = ok && found
				fmt.Fprintf(h, "import %s %s\n", path, k)
			} else {
				// go list names export data by the hash of its content.
				fmt.Fprintf(h, "import %s export %s %d\n", path, imp.ExportFile, len(imp.Errors))
			}
		}
		if ok {
			keys[p] = hex.EncodeToString(h.Sum(nil))
		}
	}
	return keys
}

func (c *FactCache) file(key string) string { return filepath.Join(c.Dir, key[:2], key) }

// get returns the entry under key, if there is one that decodes.
func (c *FactCache) get(key string) (*cachedFacts, bool) {
	data, err := os.ReadFile(c.file(key))
	if err != nil {
		return nil, false
	}
	var e cachedFacts
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&e); err != nil {
		return nil, false
	}
	now := time.Now()
	_ = os.Chtimes(c.file(key), now, now) // used: trim keeps it
	return &e, true
}

// put writes an entry, best effort: a cache that cannot be written costs
// only time.
func (c *FactCache) put(key string, e *cachedFacts) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(e); err != nil {
		return
	}
	dir := filepath.Dir(c.file(key))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, key+"-*.tmp")
	if err != nil {
		return
	}
	_, werr := tmp.Write(buf.Bytes())
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(tmp.Name(), c.file(key)) != nil {
		_ = os.Remove(tmp.Name())
	}
}

// trimAge is how long an entry no run has used is kept.
const trimAge = 5 * 24 * time.Hour

// trim removes the entries no run has used for trimAge, at most once a
// day (the mtime of the file "trimmed" says when it last ran).
func (c *FactCache) trim() {
	mark := filepath.Join(c.Dir, "trimmed")
	if fi, err := os.Stat(mark); err == nil && time.Since(fi.ModTime()) < 24*time.Hour {
		return
	}
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return
	}
	_ = os.WriteFile(mark, nil, 0o644)
	subdirs, _ := os.ReadDir(c.Dir)
	for _, d := range subdirs {
		if !d.IsDir() {
			continue
		}
		entries, _ := os.ReadDir(filepath.Join(c.Dir, d.Name()))
		for _, e := range entries {
			if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > trimAge {
				_ = os.Remove(filepath.Join(c.Dir, d.Name(), e.Name()))
			}
		}
	}
}

// encode returns the facts p exported, or false when one of them is on
// an object no path leads to (an unexported function: export data has
// none), which a later run could not restore. go vet drops such facts;
// the standalone driver keeps them, so such a package is not cached.
func (s *factStore) encode(p *packages.Package) (*cachedFacts, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e := &cachedFacts{}
	var enc objectpath.Encoder
	add := func(a *analysis.Analyzer, path objectpath.Path, pkgFact bool, f analysis.Fact) bool {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(f); err != nil {
			return false
		}
		e.Facts = append(e.Facts, cachedFact{Analyzer: a.Name, Path: path, Package: pkgFact, Type: reflect.TypeOf(f).String(), Data: buf.Bytes()})
		return true
	}
	for k, f := range s.objects {
		if k.obj.Pkg() != p.Types {
			continue
		}
		path, err := enc.For(k.obj)
		if err != nil || !add(k.a, path, false, f) {
			return nil, false
		}
	}
	for k, f := range s.packages {
		if k.pkg == p.Types && !add(k.a, "", true, f) {
			return nil, false
		}
	}
	// Map order is random; an entry's bytes need not be stable, but a
	// sorted one is easier to compare when debugging.
	sort.Slice(e.Facts, func(i, j int) bool {
		a, b := e.Facts[i], e.Facts[j]
		if a.Analyzer != b.Analyzer {
			return a.Analyzer < b.Analyzer
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Type < b.Type
	})
	return e, true
}

// decode puts an entry's facts onto the objects of p, read from export
// data; false, with nothing stored, when one does not resolve or decode.
func (s *factStore) decode(p *packages.Package, e *cachedFacts, all []*analysis.Analyzer) bool {
	type decoded struct {
		obj  objectKey
		pkg  packageKey
		fact analysis.Fact
	}
	var out []decoded
	for _, cf := range e.Facts {
		var a *analysis.Analyzer
		for _, x := range all {
			if x.Name == cf.Analyzer {
				a = x
			}
		}
		if a == nil {
			return false
		}
		var typ reflect.Type
		for _, ft := range a.FactTypes {
			if t := reflect.TypeOf(ft); t.String() == cf.Type {
				typ = t
			}
		}
		if typ == nil || typ.Kind() != reflect.Pointer {
			return false
		}
		v := reflect.New(typ.Elem())
		if err := gob.NewDecoder(bytes.NewReader(cf.Data)).Decode(v.Interface()); err != nil && err != io.EOF {
			return false
		}
		f := v.Interface().(analysis.Fact)
		if cf.Package {
			out = append(out, decoded{pkg: packageKey{a, p.Types, typ}, fact: f})
			continue
		}
		obj, err := objectpath.Object(p.Types, cf.Path)
		if err != nil {
			return false
		}
		out = append(out, decoded{obj: objectKey{a, obj, typ}, fact: f})
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range out {
		if d.pkg.pkg != nil {
			s.packages[d.pkg] = d.fact
		} else {
			s.objects[d.obj] = d.fact
		}
	}
	if len(out) > 0 {
		s.from[p.Types] = true
	}
	return true
}
