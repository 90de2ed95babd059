package catalog

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/errlint/errlint/internal/source"
)

// parseYAML reads the JSON catalog shape written in YAML. The walk is over
// go-yaml's syntax tree, so every problem names its line.
func parseYAML(file string, data []byte) ([]Entry, ErrorList) {
	var errs ErrorList
	root, ok := yamlDocument(file, data, &errs)
	if !ok {
		return nil, errs
	}
	w := &yamlWalker{file: file, errs: &errs}
	top, ok := w.mapping(root)
	if !ok {
		w.errorf(root, "a catalog is a mapping with a %q list, not %s", keyCodes, yamlKind(root))
		return nil, errs
	}
	var entries []Entry
	seenCodes := false
	for _, kv := range top.Values {
		key, ok := w.key(kv)
		if !ok {
			continue
		}
		if key != keyCodes {
			w.errorf(kv.Key, "unknown key %q (known: %s)", key, keyCodes)
			continue
		}
		if seenCodes {
			w.errorf(kv.Key, "duplicate key %q", keyCodes)
		}
		seenCodes = true
		seq, ok := w.sequence(kv.Value)
		if !ok {
			w.errorf(yamlValueNode(kv), "%q must be a list, not %s", keyCodes, yamlKind(kv.Value))
			continue
		}
		if len(seq.Values) == 0 {
			w.errorf(kv.Key, "%s (%q is empty)", msgNoCodes, keyCodes)
		}
		for _, item := range seq.Values {
			if e, ok := w.entry(item); ok {
				entries = append(entries, e)
			}
		}
	}
	if !seenCodes {
		w.errorf(root, "missing key %q", keyCodes)
	}
	return entries, errs
}

// yamlDocument parses data and returns its single document's body, or
// reports why there is none.
func yamlDocument(file string, data []byte, errs *ErrorList) (ast.Node, bool) {
	f, err := parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		errs.add(file, yamlErrorLine(err), "invalid YAML: "+yamlErrorMessage(err))
		return nil, false
	}
	var body ast.Node
	for _, doc := range f.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if body != nil {
			errs.add(file, yamlLine(doc.Body), "more than one YAML document")
			return nil, false
		}
		body = doc.Body
	}
	if body == nil {
		errs.add(file, 0, "empty file")
		return nil, false
	}
	return body, true
}

// yamlErrorLine returns the line of a go-yaml error, 0 when it has none.
func yamlErrorLine(err error) int {
	var ye yaml.Error
	if errors.As(err, &ye) {
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			return tk.Position.Line
		}
	}
	return 0
}

// yamlErrorMessage returns a go-yaml error's message without the source
// excerpt that its Error method appends.
func yamlErrorMessage(err error) string {
	var ye yaml.Error
	if errors.As(err, &ye) {
		return ye.GetMessage()
	}
	return err.Error()
}

// yamlLine returns the 1-based line of a node, 0 when unknown.
func yamlLine(n ast.Node) int {
	if n == nil {
		return 0
	}
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		return tk.Position.Line
	}
	return 0
}

// yamlValueNode returns the node to blame for a mapping value: the value,
// or the key when the value is missing.
func yamlValueNode(kv *ast.MappingValueNode) ast.Node {
	if kv.Value != nil && yamlLine(kv.Value) > 0 {
		return kv.Value
	}
	return kv.Key
}

type yamlWalker struct {
	file string
	errs *ErrorList
}

func (w *yamlWalker) errorf(n ast.Node, format string, args ...any) {
	w.errs.add(w.file, yamlLine(n), fmt.Sprintf(format, args...))
}

// unwrap looks through anchors and tags to the node that carries the value.
func unwrap(n ast.Node) ast.Node {
	for range 100 {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			if _, isMap := v.Value.(*ast.MappingNode); isMap {
				return v.Value
			}
			if _, isSeq := v.Value.(*ast.SequenceNode); isSeq {
				return v.Value
			}
			return n // a tagged scalar: the tag decides its value
		default:
			return n
		}
	}
	return n
}

func (w *yamlWalker) mapping(n ast.Node) (*ast.MappingNode, bool) {
	switch v := unwrap(n).(type) {
	case *ast.MappingNode:
		return v, true
	case *ast.MappingValueNode:
		return &ast.MappingNode{BaseNode: v.BaseNode, Start: v.GetToken(), Values: []*ast.MappingValueNode{v}}, true
	}
	return nil, false
}

func (w *yamlWalker) sequence(n ast.Node) (*ast.SequenceNode, bool) {
	v, ok := unwrap(n).(*ast.SequenceNode)
	return v, ok
}

// key returns a mapping key as a string, reporting keys that are not.
func (w *yamlWalker) key(kv *ast.MappingValueNode) (string, bool) {
	if kv.Key == nil {
		return "", false
	}
	if _, merge := kv.Key.(*ast.MergeKeyNode); merge {
		w.errorf(kv.Key, "merge keys (<<) are not supported")
		return "", false
	}
	v, err := w.scalar(kv.Key)
	if err != nil {
		return "", false
	}
	if s, ok := v.(string); ok {
		return s, true
	}
	w.errorf(kv.Key, "unknown key %v", v)
	return "", false
}

// scalar decodes a scalar node, reporting aliases and undecodable values.
func (w *yamlWalker) scalar(n ast.Node) (any, error) {
	n = unwrap(n)
	switch n.(type) {
	case *ast.AliasNode:
		w.errorf(n, "aliases are not supported")
		return nil, errSyntax
	case *ast.MappingNode, *ast.MappingValueNode, *ast.SequenceNode:
		return n, nil
	}
	var v any
	if err := yaml.NodeToValue(n, &v); err != nil {
		w.errorf(n, "invalid value: %s", yamlErrorMessage(err))
		return nil, err
	}
	return v, nil
}

// yamlKind names a node's kind for messages, with its article.
func yamlKind(n ast.Node) string {
	switch v := unwrap(n).(type) {
	case nil:
		return "null"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	case *ast.StringNode, *ast.LiteralNode:
		return "a string"
	case *ast.IntegerNode:
		return "an integer"
	case *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return "a number"
	case *ast.BoolNode:
		return "a boolean"
	case *ast.NullNode:
		return "null"
	case *ast.AliasNode:
		return "an alias"
	case *ast.TagNode:
		var x any
		if err := yaml.NodeToValue(v, &x); err == nil {
			return valueKind(x)
		}
		return "a tagged value"
	}
	return "a " + n.Type().String()
}

// valueKind names the kind of a decoded scalar, with its article.
func valueKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case int, int64, uint64, uint, int32, uint32:
		return "an integer"
	case float64, float32:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("a %T", v)
}

// entry reads one element of the codes list.
func (w *yamlWalker) entry(n ast.Node) (Entry, bool) {
	var e Entry
	m, ok := w.mapping(n)
	if !ok {
		w.errorf(n, "an entry of %q must be a mapping, not %s", keyCodes, yamlKind(n))
		return e, false
	}
	e.Line = yamlLine(n)
	if len(m.Values) > 0 {
		e.Line = yamlLine(m.Values[0].Key)
	}
	seen := make(map[string]bool, 5)
	for _, kv := range m.Values {
		key, ok := w.key(kv)
		if !ok {
			continue
		}
		switch key {
		case keyCode, keyStatus, keyDomain, keyRetryable, keyMessage, keyBound:
		default:
			w.errorf(kv.Key, "unknown key %q (known: %s)", key, knownEntryKeys)
			continue
		}
		if seen[key] {
			w.errorf(kv.Key, "duplicate key %q", key)
		}
		seen[key] = true
		vn := yamlValueNode(kv)
		if key == keyStatus {
			e.Statuses = w.statuses(kv.Value, vn)
			continue
		}
		if key == keyBound {
			e.Bound = w.bound(kv.Value, vn)
			continue
		}
		v, err := w.scalar(kv.Value)
		if err != nil {
			continue
		}
		if msg := setScalar(&e, key, v, yamlKind(kv.Value)); msg != "" {
			w.errorf(vn, "%s", msg)
		}
	}
	if !seen[keyCode] {
		w.errorf(n, "missing key %q", keyCode)
	}
	if !seen[keyStatus] {
		w.errorf(n, "missing key %q", keyStatus)
	}
	return e, true
}

// statuses reads a status or a list of statuses; nil after a problem.
func (w *yamlWalker) statuses(n, blame ast.Node) []int {
	if seq, ok := w.sequence(n); ok {
		if len(seq.Values) == 0 {
			w.errorf(blame, "empty status list")
			return nil
		}
		out, allOK := make([]int, 0, len(seq.Values)), true
		for _, item := range seq.Values {
			s, ok := w.status(item, item, true)
			allOK = allOK && ok
			out = append(out, s)
		}
		if !allOK {
			return nil
		}
		return out
	}
	if s, ok := w.status(n, blame, false); ok {
		return []int{s}
	}
	return nil
}

// status reads one status from a scalar node.
func (w *yamlWalker) status(n, blame ast.Node, inList bool) (int, bool) {
	if n == nil {
		w.errorf(blame, "%q must be a status or a list of statuses, not null", keyStatus)
		return 0, false
	}
	if _, isMap := w.mapping(n); isMap || (inList && isSequence(n)) {
		if inList {
			w.errorf(blame, "a status must be an integer, not %s", yamlKind(n))
		} else {
			w.errorf(blame, "%q must be a status or a list of statuses, not %s", keyStatus, yamlKind(n))
		}
		return 0, false
	}
	switch v := unwrap(n).(type) {
	case *ast.IntegerNode:
		var x any
		if err := yaml.NodeToValue(v, &x); err != nil {
			// Too large for any integer type.
			w.errorf(blame, "status %s is outside 100–599", v.GetToken().Value)
			return 0, false
		}
	case *ast.StringNode:
		// go-yaml reads a plain integer too large for int64 as a string.
		if tk := v.GetToken(); tk != nil && tk.Type == token.StringType && source.IsInteger(tk.Value) {
			w.errorf(blame, "status %s is outside 100–599", tk.Value)
			return 0, false
		}
	case *ast.FloatNode:
		w.errorf(blame, "a status must be an integer, not %s", v.GetToken().Value)
		return 0, false
	}
	v, err := w.scalar(n)
	if err != nil {
		return 0, false
	}
	var s int64
	switch v := v.(type) {
	case int:
		s = int64(v)
	case int64:
		s = v
	case uint64:
		if v > math.MaxInt64 {
			w.errorf(blame, "status %d is outside 100–599", v)
			return 0, false
		}
		s = int64(v)
	case float64:
		w.errorf(blame, "a status must be an integer, not %s", strconv.FormatFloat(v, 'g', -1, 64))
		return 0, false
	default:
		if inList {
			w.errorf(blame, "a status must be an integer, not %s", yamlKind(n))
		} else {
			w.errorf(blame, "%q must be a status or a list of statuses, not %s", keyStatus, yamlKind(n))
		}
		return 0, false
	}
	if s < 100 || s > 599 {
		w.errorf(blame, "status %d is outside 100–599", s)
		return 0, false
	}
	return int(s), true
}

// bound reads a list of bound names; the names that are no strings are
// reported and left out.
func (w *yamlWalker) bound(n, blame ast.Node) []string {
	seq, ok := w.sequence(n)
	if !ok {
		w.errorf(blame, "%q must be a list of full names, not %s", keyBound, yamlKind(n))
		return nil
	}
	var out []string
	for _, item := range seq.Values {
		if _, isMap := w.mapping(item); isMap || isSequence(item) {
			w.errorf(item, "a bound name must be a string, not %s", yamlKind(item))
			continue
		}
		v, err := w.scalar(item)
		if err != nil {
			continue
		}
		s, ok := v.(string)
		if !ok {
			w.errorf(item, "a bound name must be a string, not %s", yamlKind(item))
			continue
		}
		if !IsValidBoundName(s) {
			w.errorf(item, "%s", badBoundName(s))
			continue
		}
		out = append(out, s)
	}
	return out
}

func isSequence(n ast.Node) bool {
	_, ok := unwrap(n).(*ast.SequenceNode)
	return ok
}
