package catalog

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/errlint/errlint/internal/structured"
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

var loadCache structured.Cache[*Catalog]

// Load reads and parses the catalog file at path (see Parse). Results,
// errors included, are cached for the process by absolute path,
// modification time and size, so a file is read once however many packages
// use it. The catalog's Source and its errors name the absolute path.
func Load(path string) (*Catalog, error) {
	return loadCache.Load(path, Parse, func(file string, cause error) error {
		return ErrorList{{File: file, Msg: fmt.Sprintf("cannot read catalog: %v", cause)}}
	})
}
