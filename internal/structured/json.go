package structured

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/errlint/errlint/internal/source"
)

// ReadJSON reads one JSON value, the whole of data, into a tree. Numbers
// keep their text. Nesting deeper than maxDepth (none when 0) stops the
// read with "nested too deeply"; so does the first syntax error, with
// "invalid JSON: …". With an error, the node returned, if any, is the top
// value as far as it was read: enough to say what kind of value it is.
func ReadJSON(data []byte, maxDepth int) (*Node, *Error) {
	r := &jsonReader{data: data, dec: json.NewDecoder(bytes.NewReader(data)), lines: source.NewLines(data), maxDepth: maxDepth}
	r.dec.UseNumber()
	t, at, err := r.token()
	if err != nil {
		return nil, err
	}
	n, err := r.value(t, at, 0)
	if err != nil {
		return n, err
	}
	if _, e := r.dec.Token(); e != io.EOF {
		if e != nil {
			return n, r.syntax(e)
		}
		line, col := r.pos(r.dec.InputOffset() - 1)
		return n, &Error{Line: line, Col: col, Msg: "unexpected data after the top-level value", Trailing: true}
	}
	return n, nil
}

type jsonReader struct {
	data     []byte
	dec      *json.Decoder
	lines    source.Lines
	maxDepth int
}

// pos returns the line and column of the byte at off.
func (r *jsonReader) pos(off int64) (line, col int) {
	line = r.lines.Line(off)
	return line, int(max(off, 0)-int64(r.lines[line-1])) + 1
}

func (r *jsonReader) syntax(err error) *Error {
	off := r.dec.InputOffset()
	msg := err.Error()
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off = se.Offset - 1 // Offset counts the offending byte
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		off = int64(len(r.data)) - 1
		msg = "unexpected end of JSON input"
	}
	line, col := r.pos(off)
	return &Error{Line: line, Col: col, Msg: "invalid JSON: " + msg}
}

// token reads the next token and the offset where it starts.
func (r *jsonReader) token() (json.Token, int64, *Error) {
	start := r.dec.InputOffset()
	t, err := r.dec.Token()
	if err != nil {
		return nil, 0, r.syntax(err)
	}
	for start < int64(len(r.data)) && bytes.IndexByte([]byte(" \t\r\n,:"), r.data[start]) >= 0 {
		start++ // the separators the decoder consumed with the token
	}
	return t, start, nil
}

func (r *jsonReader) value(t json.Token, at int64, depth int) (*Node, *Error) {
	n := &Node{Value: t}
	n.Line, n.Col = r.pos(at)
	if r.maxDepth > 0 && depth > r.maxDepth {
		return n, &Error{Line: n.Line, Col: n.Col, Msg: "nested too deeply"}
	}
	switch t := t.(type) {
	case string:
		n.Kind, n.Str = String, t
	case json.Number:
		n.Kind, n.Str = Number, string(t)
		if source.IsInteger(n.Str) {
			n.Kind = Int
		}
	case bool:
		n.Kind, n.Bool = Bool, t
	case nil:
		n.Kind = Null
	case json.Delim:
		n.Value = nil
		n.Kind = List
		if t == '{' {
			n.Kind = Map
		}
		for r.dec.More() {
			it, iat, err := r.token()
			if err != nil {
				return n, err
			}
			if n.Kind == Map {
				k := &Node{Kind: String, Value: it}
				k.Str, _ = it.(string)
				k.Line, k.Col = r.pos(iat)
				n.Keys = append(n.Keys, k)
				if it, iat, err = r.token(); err != nil {
					return n, err
				}
			}
			c, err := r.value(it, iat, depth+1)
			if err != nil {
				return n, err
			}
			if n.Kind == Map {
				n.Values = append(n.Values, c)
			} else {
				n.Items = append(n.Items, c)
			}
		}
		if _, _, err := r.token(); err != nil { // the closing delimiter
			return n, err
		}
	default:
		return n, &Error{Line: n.Line, Col: n.Col, Msg: fmt.Sprintf("unexpected JSON token %v", t)}
	}
	return n, nil
}
