package structured

import (
	"errors"
	"fmt"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/errlint/errlint/internal/source"
)

// ReadYAML reads a YAML file of one document into a tree: nil, nil when
// the file has no content (only comments, or nothing). Anchors and tags
// are looked through; aliases, merge keys, values go-yaml cannot decode
// and values nested deeper than maxDepth (no limit when 0) become nodes
// of their own kinds, for the caller to refuse where it reads them (see
// Node.Problem). A syntax error, or a second document, stops the read.
func ReadYAML(data []byte, maxDepth int) (*Node, *Error) {
	f, err := parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		e := &Error{Msg: "invalid YAML: " + yamlMessage(err)}
		var ye yaml.Error
		if errors.As(err, &ye) {
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				e.Line, e.Col = tk.Position.Line, tk.Position.Column
			}
		}
		return nil, e
	}
	var body ast.Node
	for _, doc := range f.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if body != nil {
			line, col := yamlPos(doc.Body)
			return nil, &Error{Line: line, Col: col, Msg: "more than one YAML document"}
		}
		body = doc.Body
	}
	if body == nil {
		return nil, nil
	}
	return yamlBuilder{maxDepth}.node(body, 0), nil
}

// yamlPos returns the 1-based line and column of a node, 0 when unknown.
func yamlPos(n ast.Node) (line, col int) {
	if n == nil {
		return 0, 0
	}
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		return tk.Position.Line, tk.Position.Column
	}
	return 0, 0
}

type yamlBuilder struct{ maxDepth int }

func (b yamlBuilder) node(n ast.Node, depth int) *Node {
	out := &Node{}
	out.Line, out.Col = yamlPos(n)
	if b.maxDepth > 0 && depth > b.maxDepth {
		out.Kind = TooDeep
		return out
	}
	switch v := n.(type) {
	case nil:
		return out
	case *ast.AnchorNode:
		c := b.node(v.Value, depth+1)
		c.Outer = out.Line
		return c
	case *ast.AliasNode:
		out.Kind = Alias
		return out
	case *ast.TagNode:
		switch v.Value.(type) {
		case *ast.MappingNode, *ast.MappingValueNode, *ast.SequenceNode:
			c := b.node(v.Value, depth+1)
			c.Outer = out.Line
			return c
		}
		// A tagged scalar: the tag decides its value.
	case *ast.MappingValueNode:
		return b.mapping(out, []*ast.MappingValueNode{v}, depth)
	case *ast.MappingNode:
		return b.mapping(out, v.Values, depth)
	case *ast.SequenceNode:
		out.Kind = List
		for _, it := range v.Values {
			c := b.node(it, depth+1)
			if c.Line == 0 {
				c.Line, c.Col = out.Line, out.Col
			}
			out.Items = append(out.Items, c)
		}
		return out
	case *ast.MergeKeyNode:
		out.Kind = MergeKey
		return out
	}
	var x any
	if err := yaml.NodeToValue(n, &x); err != nil {
		if _, isInt := n.(*ast.IntegerNode); isInt {
			// Too large for any integer type.
			out.Kind, out.Str, out.Err = Int, n.GetToken().Value, yamlMessage(err)
			return out
		}
		out.Kind, out.Err = Invalid, yamlMessage(err)
		if _, tagged := n.(*ast.TagNode); tagged {
			out.Str = "tagged value"
		}
		return out
	}
	out.Value = x
	switch x := x.(type) {
	case nil:
		out.Kind = Null
	case string:
		out.Kind, out.Str = String, x
		if s, ok := n.(*ast.StringNode); ok && s.GetToken().Type == token.StringType && source.IsInteger(x) {
			out.Kind = Int // go-yaml reads a plain integer too large for int64 as a string
		}
	case bool:
		out.Kind, out.Bool = Bool, x
	case int, int64, uint64, uint:
		out.Kind, out.Str = Int, fmt.Sprint(x)
	case float64:
		out.Kind, out.Str = Number, fmt.Sprint(x)
	default:
		out.Kind, out.Str, out.Err = Unsupported, n.Type().String(), fmt.Sprintf("%T", x)
		return out
	}
	switch n.(type) {
	case *ast.IntegerNode, *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		out.Str = n.GetToken().Value // the number as written
	case *ast.BoolNode, *ast.NullNode:
		out.Str = n.GetToken().Value
	}
	return out
}

// mapping fills out with the pairs kvs. A value that is not written takes
// its key's position.
func (b yamlBuilder) mapping(out *Node, kvs []*ast.MappingValueNode, depth int) *Node {
	out.Kind = Map
	for _, kv := range kvs {
		k := b.node(kv.Key, depth+1)
		if _, merge := kv.Key.(*ast.MergeKeyNode); merge {
			k.Kind = MergeKey
		} else if k.Kind != String && kv.Key != nil && kv.Key.GetToken() != nil {
			k.Str = kv.Key.GetToken().Value // a key such as 1 or true, as written
		}
		v := b.node(kv.Value, depth+1)
		if v.Line == 0 {
			v.Line, v.Col = k.Line, k.Col
		}
		out.Keys = append(out.Keys, k)
		out.Values = append(out.Values, v)
	}
	return out
}

// yamlMessage returns a go-yaml error's message without the source excerpt
// that its Error method appends.
func yamlMessage(err error) string {
	var ye yaml.Error
	if errors.As(err, &ye) {
		return ye.GetMessage()
	}
	return err.Error()
}
