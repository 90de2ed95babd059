package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/errlint/errlint/internal/usercache"
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
	// Salt is what else the facts depend on: the executable, the
	// analyzers run and the configuration in effect.
	Salt []byte
}

// cachedFacts is an entry: the facts one package exported, gob-encoded.
type cachedFacts struct {
	Facts []cachedFact
	// Dropped: the package exported facts on objects that no object path
	// reaches (unexported functions), which no other package can name;
	// go vet drops them too, but they still make the package one that
	// carries facts (Run's fact-free packages).
	Dropped bool
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
func (c *FactCache) cacheKeys(prog *Program) map[*packages.Package]string {
	// The files first, in parallel: reading and hashing them is most of
	// the work.
	files := make([][][sha256.Size]byte, len(prog.Source))
	parallel(len(prog.Source), func(i int) {
		p := prog.Source[i]
		if isTestVariant(p) {
			return
		}
		sums := make([][sha256.Size]byte, len(p.CompiledGoFiles))
		for j, name := range p.CompiledGoFiles {
			data, err := os.ReadFile(name)
			if err != nil {
				return
			}
			sums[j] = sha256.Sum256(data)
		}
		files[i] = sums
	})
	keys := make(map[*packages.Package]string)
	for i, p := range prog.Source {
		if isTestVariant(p) {
			continue
		}
		h := sha256.New()
		h.Write(c.Salt)
		fmt.Fprintf(h, "package %s %s\n", p.ID, p.PkgPath)
		if p.Module != nil {
			fmt.Fprintf(h, "go %s\n", p.Module.GoVersion)
		}
		ok := files[i] != nil
		for j, sum := range files[i] {
			fmt.Fprintf(h, "file %s %x\n", p.CompiledGoFiles[j], sum)
		}
		for _, imp := range sortedImports(p) {
			if prog.source[imp] {
				k, found := keys[imp]
				ok = ok && found
				fmt.Fprintf(h, "import %s %s\n", imp.ID, k)
			} else {
				// go list names export data by the hash of its content.
				fmt.Fprintf(h, "import %s export %s %d\n", imp.ID, imp.ExportFile, len(imp.Errors))
			}
		}
		if ok {
			keys[p] = hex.EncodeToString(h.Sum(nil))
		}
	}
	return keys
}

func (c *FactCache) file(key string) string { return filepath.Join(c.Dir, key[:2], key) }

// has reports whether there is an entry under key.
func (c *FactCache) has(key string) bool {
	_, err := os.Stat(c.file(key))
	return err == nil
}

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
	usercache.Touch(c.file(key))
	return &e, true
}

// put writes an entry.
func (c *FactCache) put(key string, e *cachedFacts) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(e); err == nil {
		usercache.Write(c.file(key), buf.Bytes())
	}
}

// encode returns the facts p exported, keyed by object path.
func (s *factStore) encode(p *packages.Package) *cachedFacts {
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
			e.Dropped = true
		}
	}
	for k, f := range s.packages {
		if k.pkg == p.Types && !add(k.a, "", true, f) {
			e.Dropped = true
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
	return e
}

// lazyFacts are a cached package's facts, decoded when first asked for:
// reading its export data, which most runs never need, costs more than
// the facts.
type lazyFacts struct {
	once  sync.Once
	p     *packages.Package
	entry *cachedFacts
	tp    *types.Package // p's types, once decoded
}

// need decodes the cached facts of the package at path, if it has some
// not yet decoded, and returns its types (nil if it has none).
func (s *factStore) need(path string) *types.Package {
	lf := s.lazy[path]
	if lf == nil {
		return nil
	}
	lf.once.Do(func() {
		tp, err := s.prog.exportData(lf.p)
		if err == nil {
			s.decode(tp, lf.entry)
			lf.tp = tp
		}
	})
	return lf.tp
}

// decode puts an entry's facts onto the objects of tp, read from export
// data. A fact whose object the export data leaves out (a method of an
// unexported type that no exported declaration mentions) is dropped, as
// go vet drops it: no other package can name the object.
func (s *factStore) decode(tp *types.Package, e *cachedFacts) {
	for _, cf := range e.Facts {
		var a *analysis.Analyzer
		for _, x := range s.all {
			if x.Name == cf.Analyzer {
				a = x
			}
		}
		if a == nil {
			continue
		}
		var typ reflect.Type
		for _, ft := range a.FactTypes {
			if t := reflect.TypeOf(ft); t.String() == cf.Type {
				typ = t
			}
		}
		if typ == nil || typ.Kind() != reflect.Pointer {
			continue
		}
		v := reflect.New(typ.Elem())
		if err := gob.NewDecoder(bytes.NewReader(cf.Data)).Decode(v.Interface()); err != nil && err != io.EOF {
			continue
		}
		f := v.Interface().(analysis.Fact)
		if cf.Package {
			s.mu.Lock()
			s.packages[packageKey{a, tp, typ}] = f
			s.mu.Unlock()
			continue
		}
		obj, err := objectpath.Object(tp, cf.Path)
		if err != nil {
			continue
		}
		s.mu.Lock()
		s.objects[objectKey{a, obj, typ}] = f
		s.mu.Unlock()
	}
}
