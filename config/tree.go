package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/errlint/errlint/internal/source"
)

// A config file, YAML or JSON, is first turned into a tree of nodes that
// remember their lines; validation then walks that one shape.

type kind int

const (
	kNull kind = iota
	kString
	kInt    // text in str: any size
	kNumber // a non-integer number
	kBool
	kMap
	kList
)

type node struct {
	line  int
	kind  kind
	str   string // kString: the value; kInt, kNumber: the source text
	b     bool
	keys  []*node // kMap: key nodes (kString), in order
	vals  []*node // kMap: values, parallel to keys
	items []*node // kList
}

// describe names the node's kind for messages, with its article.
func (n *node) describe() string {
	switch n.kind {
	case kString:
		return "a string"
	case kInt:
		return "an integer"
	case kNumber:
		return "a number"
	case kBool:
		return "a boolean"
	case kMap:
		return "a mapping"
	case kList:
		return "a list"
	}
	return "null"
}

// problem is an error at a line of the file being read.
type problem struct {
	line int
	msg  string
}

// ---- JSON ----

type jsonReader struct {
	dec   *json.Decoder
	lines source.Lines
	size  int64
}

// jsonTree reads a whole JSON document into a tree.
func jsonTree(data []byte) (*node, *problem) {
	r := &jsonReader{dec: json.NewDecoder(bytes.NewReader(data)), lines: source.NewLines(data), size: int64(len(data))}
	r.dec.UseNumber()
	t, line, p := r.token()
	if p != nil {
		return nil, p
	}
	n, p := r.value(t, line, 0)
	if p != nil {
		return nil, p
	}
	if _, err := r.dec.Token(); err != io.EOF {
		if err != nil {
			return nil, r.syntax(err)
		}
		return nil, &problem{r.lines.Line(r.dec.InputOffset() - 1), "unexpected data after the top-level object"}
	}
	return n, nil
}

func (r *jsonReader) syntax(err error) *problem {
	off := r.dec.InputOffset()
	msg := err.Error()
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off = se.Offset - 1
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		off = r.size - 1
		msg = "unexpected end of JSON input"
	}
	return &problem{r.lines.Line(off), "invalid JSON: " + msg}
}

func (r *jsonReader) token() (json.Token, int, *problem) {
	t, err := r.dec.Token()
	if err != nil {
		return nil, 0, r.syntax(err)
	}
	return t, r.lines.Line(r.dec.InputOffset() - 1), nil
}

const maxDepth = 100

func (r *jsonReader) value(t json.Token, line, depth int) (*node, *problem) {
	if depth > maxDepth {
		return nil, &problem{line, "nested too deeply"}
	}
	switch t := t.(type) {
	case string:
		return &node{line: line, kind: kString, str: t}, nil
	case json.Number:
		k := kInt
		if !source.IsInteger(string(t)) {
			k = kNumber
		}
		return &node{line: line, kind: k, str: string(t)}, nil
	case bool:
		return &node{line: line, kind: kBool, b: t}, nil
	case nil:
		return &node{line: line, kind: kNull}, nil
	case json.Delim:
		if t == '{' {
			n := &node{line: line, kind: kMap}
			for r.dec.More() {
				kt, kline, p := r.token()
				if p != nil {
					return nil, p
				}
				key, _ := kt.(string)
				vt, vline, p := r.token()
				if p != nil {
					return nil, p
				}
				v, p := r.value(vt, vline, depth+1)
				if p != nil {
					return nil, p
				}
				n.keys = append(n.keys, &node{line: kline, kind: kString, str: key})
				n.vals = append(n.vals, v)
			}
			if _, _, p := r.token(); p != nil {
				return nil, p
			}
			return n, nil
		}
		n := &node{line: line, kind: kList}
		for r.dec.More() {
			it, iline, p := r.token()
			if p != nil {
				return nil, p
			}
			v, p := r.value(it, iline, depth+1)
			if p != nil {
				return nil, p
			}
			n.items = append(n.items, v)
		}
		if _, _, p := r.token(); p != nil {
			return nil, p
		}
		return n, nil
	}
	return nil, &problem{line, fmt.Sprintf("unexpected JSON token %v", t)}
}

// ---- YAML ----

// yamlTree reads a YAML document into a tree; nil, nil for a file with no
// content (only comments, or nothing).
func yamlTree(data []byte) (*node, *problem) {
	f, err := parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		line, msg := 0, err.Error()
		var ye yaml.Error
		if errors.As(err, &ye) {
			msg = ye.GetMessage()
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				line = tk.Position.Line
			}
		}
		return nil, &problem{line, "invalid YAML: " + msg}
	}
	var body ast.Node
	for _, doc := range f.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if body != nil {
			return nil, &problem{yamlLine(doc.Body), "more than one YAML document"}
		}
		body = doc.Body
	}
	if body == nil {
		return nil, nil
	}
	return yamlNode(body, 0)
}

func yamlLine(n ast.Node) int {
	if n == nil {
		return 0
	}
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		return tk.Position.Line
	}
	return 0
}

func yamlNode(n ast.Node, depth int) (*node, *problem) {
	if depth > maxDepth {
		return nil, &problem{yamlLine(n), "nested too deeply"}
	}
	line := yamlLine(n)
	switch v := n.(type) {
	case nil:
		return &node{kind: kNull}, nil
	case *ast.AnchorNode:
		return yamlNode(v.Value, depth+1)
	case *ast.AliasNode:
		return nil, &problem{line, "aliases are not supported"}
	case *ast.TagNode:
		switch v.Value.(type) {
		case *ast.MappingNode, *ast.MappingValueNode, *ast.SequenceNode:
			return yamlNode(v.Value, depth+1)
		}
	case *ast.MappingValueNode:
		return yamlMap(line, []*ast.MappingValueNode{v}, depth)
	case *ast.MappingNode:
		return yamlMap(line, v.Values, depth)
	case *ast.SequenceNode:
		out := &node{line: line, kind: kList}
		for _, it := range v.Values {
			c, p := yamlNode(it, depth+1)
			if p != nil {
				return nil, p
			}
			if c.line == 0 {
				c.line = line
			}
			out.items = append(out.items, c)
		}
		return out, nil
	case *ast.MergeKeyNode:
		return nil, &problem{line, "merge keys (<<) are not supported"}
	case *ast.IntegerNode:
		return &node{line: line, kind: kInt, str: v.GetToken().Value}, nil
	case *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return &node{line: line, kind: kNumber, str: v.GetToken().Value}, nil
	}
	var x any
	if err := yaml.NodeToValue(n, &x); err != nil {
		return nil, &problem{line, "invalid value"}
	}
	switch x := x.(type) {
	case nil:
		return &node{line: line, kind: kNull}, nil
	case string:
		if s, ok := n.(*ast.StringNode); ok && s.GetToken().Type == token.StringType && source.IsInteger(x) {
			// go-yaml reads a plain integer too large for int64 as a string.
			return &node{line: line, kind: kInt, str: x}, nil
		}
		return &node{line: line, kind: kString, str: x}, nil
	case bool:
		return &node{line: line, kind: kBool, b: x}, nil
	case int, int64, uint64, uint:
		return &node{line: line, kind: kInt, str: fmt.Sprint(x)}, nil
	case float64:
		return &node{line: line, kind: kNumber, str: fmt.Sprint(x)}, nil
	}
	return nil, &problem{line, fmt.Sprintf("unsupported value of type %T", x)}
}

func yamlMap(line int, kvs []*ast.MappingValueNode, depth int) (*node, *problem) {
	out := &node{line: line, kind: kMap}
	for _, kv := range kvs {
		if _, merge := kv.Key.(*ast.MergeKeyNode); merge {
			return nil, &problem{yamlLine(kv.Key), "merge keys (<<) are not supported"}
		}
		k, p := yamlNode(kv.Key, depth+1)
		if p != nil {
			return nil, p
		}
		if k.kind != kString {
			// A key such as 1 or true: keep its text so that it is reported as unknown.
			k = &node{line: k.line, kind: kString, str: kv.Key.GetToken().Value}
		}
		v, p := yamlNode(kv.Value, depth+1)
		if p != nil {
			return nil, p
		}
		if v.line == 0 {
			v.line = k.line
		}
		out.keys = append(out.keys, k)
		out.vals = append(out.vals, v)
	}
	return out, nil
}
