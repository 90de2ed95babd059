// Package structured reads JSON and YAML files into one tree of nodes that
// remember where they were written, so that errlint's file formats (catalogs
// and configuration files) are validated by one walk whatever the syntax.
// The tree can also be built from a value already decoded elsewhere (the
// settings golangci-lint passes to its plugins), without positions. The
// package also holds what those loaders share besides: naming a node's kind
// in messages, and a cache of loaded files.
package structured

// Kind is the kind of a node.
type Kind uint8

const (
	Null        Kind = iota
	String           // Str: the value
	Int              // Str: the integer as written (any size)
	Number           // a number that is not an integer; Str as written
	Bool             // Bool: the value
	Map              // Keys and Values, in file order, duplicates kept
	List             // Items
	Alias            // a YAML alias (*name); errlint's formats refuse them
	MergeKey         // a YAML merge key (<<); refused too
	Invalid          // a value its decoder refused; Err says why
	Unsupported      // a YAML node errlint has no use for; Str: its syntax kind, Err: its Go type
	TooDeep          // a value nested deeper than the reader's limit
)

// Node is a value of a JSON or YAML document.
type Node struct {
	Kind Kind
	Line int // 1-based; 0 when unknown
	Col  int // 1-based; 0 when unknown
	// Outer is, in YAML, the line of the anchor or tag written before the
	// value, when there is one (0 otherwise): Line is the value's own.
	Outer int
	// Str is a String's value, an Int's or Number's text as written, and
	// for a YAML key of another kind its text.
	Str  string
	Bool bool // a Bool's value
	// Value is a scalar as its decoder returns it: for JSON a string,
	// json.Number, bool or nil; for YAML what go-yaml decodes (a plain
	// integer too large for int64 is a string there, of kind Int); for a
	// tree built by FromValue the value itself.
	Value  any
	Keys   []*Node // Map: the keys, parallel to Values
	Values []*Node // Map
	Items  []*Node // List
	Err    string  // Invalid, and an Int go-yaml cannot decode: the decoder's message
}

// Words chooses how Describe names kinds: errlint's messages grew three
// vocabularies, one per reader, and each keeps its own.
type Words uint8

const (
	// YAMLWords says "a mapping", "an integer", "a number" and "null".
	YAMLWords Words = iota
	// JSONWords says "an object", and "a number" for any number.
	JSONWords
	// GoWords, for values decoded by someone else, says "a mapping", "a
	// number" for any number and "nothing" for null.
	GoWords
	// EncodingJSONWords are encoding/json's, in its errors, which errlint's
	// plugin settings reported first: "string", "number", "bool", "array",
	// "object", without article.
	EncodingJSONWords
)

// Describe names n's kind for messages, with its article: "a string",
// "a list". A nil node is null.
func (n *Node) Describe(w Words) string {
	k := Null
	if n != nil {
		k = n.Kind
	}
	if w == EncodingJSONWords {
		if word, ok := map[Kind]string{String: "string", Bool: "bool", List: "array", Map: "object"}[k]; ok {
			return word
		}
		return "number"
	}
	switch k {
	case String:
		return "a string"
	case Int:
		if w == YAMLWords {
			return "an integer"
		}
		return "a number"
	case Number:
		return "a number"
	case Bool:
		return "a boolean"
	case Map:
		if w == JSONWords {
			return "an object"
		}
		return "a mapping"
	case List:
		return "a list"
	case Alias:
		return "an alias"
	case MergeKey:
		return "a merge key"
	case Unsupported:
		return "a " + n.Str
	case Invalid, TooDeep:
		if n.Str != "" {
			return "a " + n.Str
		}
		return "an invalid value"
	}
	if w == GoWords {
		return "nothing"
	}
	return "null"
}

// Problem returns the first node of n, in document order, that errlint's
// formats cannot use (an alias, a merge key, an undecodable or too deeply
// nested value) and what to say of it; nil when there is none.
func (n *Node) Problem() (*Node, string) {
	if n == nil {
		return nil, ""
	}
	switch n.Kind {
	case Alias:
		return n, "aliases are not supported"
	case MergeKey:
		return n, "merge keys (<<) are not supported"
	case Invalid:
		return n, "invalid value"
	case Unsupported:
		return n, "unsupported value of type " + n.Err
	case TooDeep:
		return n, "nested too deeply"
	case Map:
		for i, k := range n.Keys {
			if p, msg := k.Problem(); p != nil {
				return p, msg
			}
			if p, msg := n.Values[i].Problem(); p != nil {
				return p, msg
			}
		}
	case List:
		for _, it := range n.Items {
			if p, msg := it.Problem(); p != nil {
				return p, msg
			}
		}
	}
	return nil, ""
}

// Error is a document the reader cannot read at all, at a line (0 when
// unknown).
type Error struct {
	Line, Col int
	Msg       string
	// Trailing is set when a JSON value is followed by more data; Msg
	// then says so in general words, which callers may replace.
	Trailing bool
}

func (e *Error) Error() string { return e.Msg }
