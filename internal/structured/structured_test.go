package structured

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// toValue turns a tree back into the value encoding/json decodes (with
// UseNumber); a later duplicate key wins, as there.
func toValue(n *Node) any {
	switch n.Kind {
	case String:
		return n.Str
	case Int, Number:
		return json.Number(n.Str)
	case Bool:
		return n.Bool
	case Map:
		m := map[string]any{}
		for i, k := range n.Keys {
			m[k.Str] = toValue(n.Values[i])
		}
		return m
	case List:
		l := []any{}
		for _, it := range n.Items {
			l = append(l, toValue(it))
		}
		return l
	}
	return nil
}

// at returns the text of data from line and col on.
func at(data []byte, line, col int) string {
	lines := strings.SplitAfter(string(data), "\n")
	if line < 1 || line > len(lines) || col < 1 || col > len(lines[line-1]) {
		return ""
	}
	return lines[line-1][col-1:]
}

// checkPositions checks that every node of a JSON tree starts where it says.
func checkPositions(t *testing.T, data []byte, n *Node) {
	t.Helper()
	text := at(data, n.Line, n.Col)
	var want string
	switch n.Kind {
	case String:
		want = `"`
	case Int, Number:
		want = n.Str
	case Bool:
		want = "false"
		if n.Bool {
			want = "true"
		}
	case Null:
		want = "null"
	case Map:
		want = "{"
	case List:
		want = "["
	}
	if !strings.HasPrefix(text, want) {
		t.Fatalf("node of kind %d at %d:%d: text there is %q, want %q first", n.Kind, n.Line, n.Col, text, want)
	}
	for _, k := range n.Keys {
		checkPositions(t, data, k)
	}
	for _, c := range append(n.Values, n.Items...) {
		checkPositions(t, data, c)
	}
}

func TestReadJSON(t *testing.T) {
	data := []byte("{\n  \"a\": [1, 2.5, \"x\"],\n  \"b\" : {\"c\": null, \"d\": true},\n  \"a\": -7\n}\n")
	n, err := ReadJSON(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	checkPositions(t, data, n)
	if len(n.Keys) != 3 || n.Keys[2].Str != "a" || n.Keys[2].Line != 4 || n.Values[2].Kind != Int {
		t.Errorf("duplicate key not kept in order: %+v", n.Keys)
	}
	if it := n.Values[0].Items; it[0].Kind != Int || it[1].Kind != Number || it[1].Str != "2.5" || it[2].Col != 17 {
		t.Errorf("list items: %+v %+v %+v", it[0], it[1], it[2])
	}
	if got := n.Values[1].Describe(JSONWords); got != "an object" {
		t.Errorf("Describe(JSONWords) = %q", got)
	}
	if got := n.Values[1].Describe(YAMLWords); got != "a mapping" {
		t.Errorf("Describe(YAMLWords) = %q", got)
	}
}

func TestReadJSONErrors(t *testing.T) {
	for _, tc := range []struct {
		data     string
		depth    int
		line     int
		msg      string
		trailing bool
		top      Kind
	}{
		// The decoder blames a missing comma at the end of the token before.
		{"{\n\"a\": 1\n\"b\": 2}", 0, 2, `invalid JSON: invalid character '"' after object key:value pair`, false, Map},
		{"[1,\n2", 0, 2, "invalid JSON: unexpected end of JSON input", false, List},
		{"{}\n[]", 0, 2, "unexpected data after the top-level value", true, Map},
		{"[[[\n[1]]]]", 3, 2, "nested too deeply", false, List},
		{"7 x", 0, 1, "invalid JSON: invalid character 'x' looking for beginning of value", false, Int},
	} {
		n, err := ReadJSON([]byte(tc.data), tc.depth)
		if err == nil || err.Line != tc.line || err.Msg != tc.msg || err.Trailing != tc.trailing {
			t.Errorf("ReadJSON(%q) error = %+v, want line %d %q", tc.data, err, tc.line, tc.msg)
			continue
		}
		if n == nil || n.Kind != tc.top {
			t.Errorf("ReadJSON(%q): top node %+v, want kind %d", tc.data, n, tc.top)
		}
	}
}

func TestReadYAML(t *testing.T) {
	data := []byte("# c\na: &x [1, 0x10, 2.5, .inf]\nb:\n  - c: ~\n    d: yes\n  - !!str 5\n1: 99999999999999999999\n<<: {e: f}\ng: *x\nh:\n")
	n, err := ReadYAML(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n.Kind != Map || len(n.Keys) != 6 {
		t.Fatalf("top: %+v", n)
	}
	a := n.Values[0]
	if a.Kind != List || a.Line != 2 || a.Outer != 2 || a.Items[1].Str != "0x10" || a.Items[1].Value != uint64(16) || a.Items[2].Kind != Number || a.Items[3].Str != ".inf" {
		t.Errorf("a: %+v", a)
	}
	b := n.Values[1]
	if e := b.Items[0]; e.Kind != Map || e.Keys[1].Line != 5 || e.Values[0].Kind != Null || e.Values[1].Kind != String {
		t.Errorf("b[0]: %+v", e) // yes is a string in YAML 1.2
	}
	if s := b.Items[1]; s.Kind != String || s.Str != "5" || s.Line != 6 {
		t.Errorf("b[1]: %+v", s)
	}
	if k, v := n.Keys[2], n.Values[2]; k.Kind != Int || k.Str != "1" || v.Kind != Int || v.Str != "99999999999999999999" {
		t.Errorf("1: %+v %+v", k, v)
	}
	if k := n.Keys[3]; k.Kind != MergeKey || k.Line != 8 {
		t.Errorf("<<: %+v", k)
	}
	if v := n.Values[4]; v.Kind != Alias || v.Describe(YAMLWords) != "an alias" {
		t.Errorf("g: %+v", v)
	}
	if v := n.Values[5]; v.Kind != Null || v.Line != 10 {
		t.Errorf("h: %+v (an unwritten value takes its key's line)", v)
	}
	if p, msg := n.Problem(); p != n.Keys[3] || msg != "merge keys (<<) are not supported" {
		t.Errorf("Problem() = %+v, %q", p, msg)
	}
}

func TestReadYAMLErrors(t *testing.T) {
	for _, tc := range []struct {
		data string
		line int
		msg  string
	}{
		{"a: 1\n---\nb: 2\n", 3, "more than one YAML document"},
		{"a: [1,\n", 1, "invalid YAML: sequence end token ']' not found"},
	} {
		_, err := ReadYAML([]byte(tc.data), 0)
		if err == nil || err.Line != tc.line || err.Msg != tc.msg {
			t.Errorf("ReadYAML(%q) error = %+v, want line %d %q", tc.data, err, tc.line, tc.msg)
		}
	}
	if n, err := ReadYAML([]byte("# nothing\n"), 0); n != nil || err != nil {
		t.Errorf("a file of comments: %+v, %v", n, err)
	}
	n, _ := ReadYAML([]byte("a: [[[[1]]]]\n"), 3)
	if p, msg := n.Problem(); p == nil || msg != "nested too deeply" {
		t.Errorf("depth 3: Problem() = %+v, %q", p, msg)
	}
}

func TestFromValue(t *testing.T) {
	n := FromValue(map[any]any{"b": []any{1, 2.5, 3.0, nil, true}, "a": map[string]string{"x": "y"}, 7: "z"})
	if n.Kind != Map || len(n.Keys) != 3 || n.Keys[0].Kind != Int || n.Keys[1].Str != "a" || n.Keys[2].Str != "b" {
		t.Fatalf("keys: %+v", n.Keys)
	}
	if n.Line != 0 || n.Values[1].Values[0].Str != "y" {
		t.Errorf("values: %+v", n.Values)
	}
	items := n.Values[2].Items
	if items[0].Kind != Int || items[1].Kind != Number || items[1].Str != "2.5" || items[2].Kind != Int || items[2].Str != "3" || items[3].Kind != Null || !items[4].Bool {
		t.Errorf("items: %+v %+v %+v %+v %+v", items[0], items[1], items[2], items[3], items[4])
	}
	if got := items[3].Describe(GoWords); got != "nothing" {
		t.Errorf("Describe(GoWords) of nil = %q", got)
	}
	if got := items[0].Describe(GoWords); got != "a number" {
		t.Errorf("Describe(GoWords) of 1 = %q", got)
	}
}

func TestCache(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(path, []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	var c Cache[string]
	reads := 0
	parse := func(abs string, data []byte) (string, error) {
		reads++
		if abs != path {
			t.Errorf("parse got %q, want the absolute path", abs)
		}
		return string(data), nil
	}
	fail := func(file string, cause error) error { return errors.New(file + ": " + cause.Error()) }
	for range 2 {
		if got, err := c.Load(path, parse, fail); got != "one" || err != nil {
			t.Fatalf("Load = %q, %v", got, err)
		}
	}
	if reads != 1 {
		t.Errorf("read %d times, want once", reads)
	}
	if err := os.WriteFile(path, []byte("three"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if got, _ := c.Load(path, parse, fail); got != "three" || reads != 2 {
		t.Errorf("after a change: %q, %d reads", got, reads)
	}
	if _, err := c.Load(dir, parse, fail); err == nil || err.Error() != dir+": is a directory" {
		t.Errorf("a directory: %v", err)
	}
	missing := filepath.Join(dir, "none")
	if _, err := c.Load(missing, parse, fail); err == nil || err.Error() != missing+": no such file or directory" {
		t.Errorf("a missing file: %v", err)
	}
}

// FuzzRead reads data as JSON and as YAML. A JSON tree must hold what
// encoding/json decodes, each node where it says it starts; a YAML tree
// must be well formed; neither reader may panic.
func FuzzRead(f *testing.F) {
	for _, glob := range []string{"../../catalog/testdata/*/*.json", "../../catalog/testdata/*/*.y*ml", "../../config/testdata/bad/*.y*ml", "../../config/testdata/bad/*.json"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := ReadJSON(data, 0)
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var want any
		werr := dec.Decode(&want)
		if werr == nil {
			if _, e := dec.Token(); e == nil || !errors.Is(e, io.EOF) {
				werr = errors.New("trailing data")
			}
		}
		switch {
		case (err == nil) != (werr == nil):
			t.Fatalf("ReadJSON error %v, encoding/json %v", err, werr)
		case err == nil:
			if got := toValue(n); !reflect.DeepEqual(got, want) {
				t.Fatalf("ReadJSON = %#v, encoding/json %#v", got, want)
			}
			checkPositions(t, data, n)
		case err.Line < 1:
			t.Fatalf("JSON error without a line: %+v", err)
		}
		y, yerr := ReadYAML(data, 10)
		if yerr == nil && y != nil {
			checkTree(t, y)
			y.Problem()
		}
	})
}

func checkTree(t *testing.T, n *Node) {
	if len(n.Keys) != len(n.Values) {
		t.Fatalf("%d keys, %d values", len(n.Keys), len(n.Values))
	}
	_ = n.Describe(YAMLWords)
	for _, c := range append(append(n.Keys, n.Values...), n.Items...) {
		if c == nil {
			t.Fatal("nil node")
		}
		checkTree(t, c)
	}
}
