package sarif

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"unicode/utf8"
)

// sources reads each file once.
type sources struct {
	read  func(string) ([]byte, error)
	files map[string]*source
}

// A source is one file's content, and its syntax once parsed.
type source struct {
	name    string
	data    []byte
	parsed  bool
	file    *ast.File // nil when it does not parse
	tokFile *token.File
}

func (s *sources) get(name string) (*source, error) {
	if src, ok := s.files[name]; ok {
		return src, nil
	}
	if s.read == nil {
		return nil, fmt.Errorf("sarif: no way to read %s", name)
	}
	data, err := s.read(name)
	if err != nil {
		return nil, err
	}
	src := &source{name: name, data: data}
	s.files[name] = src
	return src, nil
}

// region returns the SARIF region of the bytes [start, end) of file: 1-based
// lines and columns counted in UTF-16 code units, the end column being that
// of the character after the region.
func (s *sources) region(file string, start, end int) (region, error) {
	src, err := s.get(file)
	if err != nil {
		return region{}, err
	}
	if start < 0 || end < start || end > len(src.data) {
		return region{}, fmt.Errorf("sarif: range [%d, %d) outside %s (%d bytes)", start, end, file, len(src.data))
	}
	sl, sc := src.lineCol(start)
	el, ec := src.lineCol(end)
	return region{StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec}, nil
}

// lineCol returns the 1-based line and UTF-16 column of byte offset off.
// Lines end at "\n" (a "\r" before it stays in the line, as SARIF's
// default newline sequences "\r\n" and "\n" say); a byte that is not valid
// UTF-8 counts as one code unit.
func (src *source) lineCol(off int) (line, col int) {
	before := src.data[:off]
	line = 1 + bytes.Count(before, []byte{'\n'})
	rest := before[bytes.LastIndexByte(before, '\n')+1:]
	col = 1
	for len(rest) > 0 {
		r, size := utf8.DecodeRune(rest)
		if r >= 0x10000 {
			col += 2 // a surrogate pair
		} else {
			col++
		}
		rest = rest[size:]
	}
	return line, col
}

// syntax parses the file once; it returns nil when the file does not parse.
func (src *source) syntax() (*ast.File, *token.File) {
	if !src.parsed {
		src.parsed = true
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, src.name, src.data, parser.SkipObjectResolution)
		if err == nil {
			src.file, src.tokFile = f, fset.File(f.FileStart)
		}
	}
	return src.file, src.tokFile
}
