package catalog

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Parse reads a catalog from data in the format chosen by filename's
// extension (.json, .yaml, .yml or .md, in any letter case). filename names
// the catalog in errors and becomes its Source.
//
// A catalog with any problem is refused as a whole: the error is an
// ErrorList with one "FILE:LINE: what is wrong" line per problem.
func Parse(filename string, data []byte) (*Catalog, error) {
	var parse func(string, []byte) ([]Entry, ErrorList)
	switch ext := strings.ToLower(filepath.Ext(filename)); ext {
	case ".json":
		parse = parseJSON
	case ".yaml", ".yml":
		parse = parseYAML
	case ".md":
		parse = parseMarkdown
	default:
		return nil, ErrorList{{File: filename, Msg: fmt.Sprintf("unsupported catalog extension %q (use .json, .yaml, .yml or .md)", ext)}}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte order mark is no content
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrorList{{File: filename, Msg: "empty file"}}
	}
	entries, errs := parse(filename, data)
	validate(filename, entries, &errs)
	if len(entries) == 0 && len(errs) == 0 {
		errs.add(filename, 0, msgNoCodes) // a loader that knows a line reports it
	}
	if len(errs) > 0 {
		return nil, errs.sorted()
	}
	c := &Catalog{Source: filename, Entries: entries}
	c.buildIndex()
	return c, nil
}

// loadKey identifies one version of a file.
type loadKey struct {
	path    string
	modTime time.Time
	size    int64
}

type loadResult struct {
	key loadKey
	cat *Catalog
	err error
}

var loadCache struct {
	sync.Mutex
	m map[string]loadResult // by absolute path; the latest version read
}

// Load reads and parses the catalog file at path (see Parse). Results,
// errors included, are cached for the process by absolute path,
// modification time and size, so a file is read once however many packages
// use it. The catalog's Source and its errors name the absolute path.
func Load(path string) (*Catalog, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, ErrorList{{File: path, Msg: fmt.Sprintf("cannot read catalog: %v", err)}}
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, ErrorList{{File: abs, Msg: fmt.Sprintf("cannot read catalog: %v", unwrapPathError(err))}}
	}
	if fi.IsDir() {
		return nil, ErrorList{{File: abs, Msg: "cannot read catalog: is a directory"}}
	}
	key := loadKey{abs, fi.ModTime(), fi.Size()}

	loadCache.Lock()
	defer loadCache.Unlock()
	if r, ok := loadCache.m[abs]; ok && r.key == key {
		return r.cat, r.err
	}
	var cat *Catalog
	data, err := os.ReadFile(abs)
	if err != nil {
		err = ErrorList{{File: abs, Msg: fmt.Sprintf("cannot read catalog: %v", unwrapPathError(err))}}
	} else {
		cat, err = Parse(abs, data)
	}
	if loadCache.m == nil {
		loadCache.m = make(map[string]loadResult)
	}
	loadCache.m[abs] = loadResult{key, cat, err}
	return cat, err
}

// unwrapPathError drops the path from an *os.PathError, which the message
// names already.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
