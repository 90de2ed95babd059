package catalog

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/errlint/errlint/internal/structured"
)

// Keys of a catalog file (JSON and YAML share the shape).
const (
	keyCodes     = "codes"
	keyCode      = "code"
	keyStatus    = "status"
	keyDomain    = "domain"
	keyRetryable = "retryable"
	keyMessage   = "message"
	keyBound     = "bound"
)

const knownEntryKeys = "code, status, domain, retryable, message, bound"

// parseJSON reads a JSON catalog. The file is read whole before it is
// walked, so a syntax error is the one problem reported.
func parseJSON(file string, data []byte) ([]Entry, ErrorList) {
	root, e := structured.ReadJSON(data, 0)
	if e != nil && root != nil && root.Kind != structured.Map {
		e = nil // what the top value is says more than what follows it
	}
	if e != nil {
		if e.Trailing {
			e.Msg = "unexpected data after the catalog object"
		}
		return nil, ErrorList{{File: file, Line: e.Line, Msg: e.Msg}}
	}
	w := &walker{file: file, json: true}
	return w.catalog(root), w.errs
}

// parseYAML reads a YAML catalog: the JSON shape, in YAML.
func parseYAML(file string, data []byte) ([]Entry, ErrorList) {
	root, e := structured.ReadYAML(data, 0)
	switch {
	case e != nil:
		return nil, ErrorList{{File: file, Line: e.Line, Msg: e.Msg}}
	case root == nil:
		return nil, ErrorList{{File: file, Msg: "empty file"}}
	}
	w := &walker{file: file}
	return w.catalog(root), w.errs
}

// walker reads the catalog shape from a JSON or YAML tree. The messages
// speak each format's words: a JSON "object" is a YAML "mapping".
type walker struct {
	file string
	json bool
	errs ErrorList
}

func (w *walker) errorf(n *structured.Node, format string, args ...any) {
	w.errs.add(w.file, line(n), fmt.Sprintf(format, args...))
}

// line is where n is written, its anchor or tag included.
func line(n *structured.Node) int {
	if n.Outer > 0 {
		return n.Outer
	}
	return n.Line
}

// kind names n's kind in the file's words.
func (w *walker) kind(n *structured.Node) string {
	if _, ok := n.Value.(string); ok {
		return "a string" // even where go-yaml read an integer as one
	}
	if w.json {
		return n.Describe(structured.JSONWords)
	}
	return n.Describe(structured.YAMLWords)
}

// mapping is the format's word for a mapping, with its article.
func (w *walker) mapping() string {
	return w.kind(&structured.Node{Kind: structured.Map})
}

func (w *walker) catalog(root *structured.Node) []Entry {
	if root.Kind != structured.Map {
		w.errorf(root, "a catalog is %s with a %q list, not %s", w.mapping(), keyCodes, w.kind(root))
		return nil
	}
	var entries []Entry
	seenCodes := false
	for i, k := range root.Keys {
		key, ok := w.key(k)
		if !ok {
			continue
		}
		if key != keyCodes {
			w.errorf(k, "unknown key %q (known: %s)", key, keyCodes)
			continue
		}
		if seenCodes {
			w.errorf(k, "duplicate key %q", keyCodes)
		}
		seenCodes = true
		v := root.Values[i]
		if v.Kind != structured.List {
			w.errorf(v, "%q must be a list, not %s", keyCodes, w.kind(v))
			continue
		}
		if len(v.Items) == 0 {
			w.errorf(k, "%s (%q is empty)", msgNoCodes, keyCodes)
		}
		for _, it := range v.Items {
			if e, ok := w.entry(it); ok {
				entries = append(entries, e)
			}
		}
	}
	if !seenCodes {
		w.errorf(root, "missing key %q", keyCodes)
	}
	return entries
}

// key returns a mapping key as a string, reporting keys that are not.
func (w *walker) key(k *structured.Node) (string, bool) {
	if s, ok := k.Value.(string); ok {
		return s, true
	}
	if w.scalarProblem(k) {
		return "", false
	}
	switch k.Kind {
	case structured.MergeKey:
		w.errorf(k, "merge keys (<<) are not supported")
	case structured.Map, structured.List:
		w.errorf(k, "unknown key %v", k.Str)
	case structured.Int:
		if k.Value == nil { // too large for go-yaml
			w.errorf(k, "invalid value: %s", k.Err)
			break
		}
		w.errorf(k, "unknown key %v", k.Value)
	default:
		w.errorf(k, "unknown key %v", k.Value)
	}
	return "", false
}

// scalarProblem reports a node that holds no value to read (a YAML alias
// or an undecodable value).
func (w *walker) scalarProblem(n *structured.Node) bool {
	switch n.Kind {
	case structured.Alias:
		w.errorf(n, "aliases are not supported")
	case structured.Invalid:
		w.errorf(n, "invalid value: %s", n.Err)
	default:
		return false
	}
	return true
}

// entry reads one element of the codes list.
func (w *walker) entry(n *structured.Node) (Entry, bool) {
	var e Entry
	if n.Kind != structured.Map {
		w.errorf(n, "an entry of %q must be %s, not %s", keyCodes, w.mapping(), w.kind(n))
		return e, false
	}
	e.Line = line(n)
	if !w.json && len(n.Keys) > 0 {
		e.Line = line(n.Keys[0]) // a YAML mapping starts at its first key
	}
	seen := make(map[string]bool, 6)
	for i, k := range n.Keys {
		key, ok := w.key(k)
		if !ok {
			continue
		}
		switch key {
		case keyCode, keyStatus, keyDomain, keyRetryable, keyMessage, keyBound:
		default:
			w.errorf(k, "unknown key %q (known: %s)", key, knownEntryKeys)
			continue
		}
		if seen[key] {
			w.errorf(k, "duplicate key %q", key)
		}
		seen[key] = true
		v := n.Values[i]
		switch key {
		case keyStatus:
			e.Statuses = w.statuses(v)
		case keyBound:
			e.Bound = w.bound(v)
		case keyCode:
			if v.Kind == structured.Int {
				w.intCode(&e, v)
				continue
			}
			fallthrough
		default:
			if w.scalarProblem(v) {
				continue
			}
			if msg := setScalar(&e, key, v.Value, w.kind(v)); msg != "" {
				w.errorf(v, "%s", msg)
			}
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

// setScalar sets the string or bool field key of e from v, a decoded
// scalar whose kind (as the format names it) is kind. It returns the
// problem to report at the value, or "" when v fits.
func setScalar(e *Entry, key string, v any, kind string) string {
	if key == keyRetryable {
		b, ok := v.(bool)
		if !ok {
			return fmt.Sprintf("%q must be true or false, not %s", key, kind)
		}
		e.Retryable = b
		return ""
	}
	s, ok := v.(string)
	if !ok && key == keyCode {
		return fmt.Sprintf("%q must be a string or an integer, not %s", key, kind)
	}
	if !ok {
		return fmt.Sprintf("%q must be a string, not %s", key, kind)
	}
	switch key {
	case keyCode:
		e.Code = s
		switch {
		case s == "":
			return msgEmptyCode
		case isZeroCode(s):
			return msgZeroCode
		}
	case keyDomain:
		e.Domain = s
	case keyMessage:
		e.Message = s
	}
	return ""
}

// intCode reads an integer code (`code: 40101`, a JSON number) as its
// canonical decimal text, marked as written as a number.
func (w *walker) intCode(e *Entry, n *structured.Node) {
	text := n.Str
	switch v := n.Value.(type) {
	case int:
		text = strconv.Itoa(v)
	case int64:
		text = strconv.FormatInt(v, 10)
	case uint64:
		text = strconv.FormatUint(v, 10)
	}
	code, ok := CanonicalInt(text)
	if !ok {
		w.errorf(n, "bad integer code %s", n.Str)
		return
	}
	if isZeroCode(code) {
		w.errorf(n, msgZeroCode)
		return
	}
	e.Code, e.Int = code, true
}

// statuses reads a status or a list of statuses; nil after a problem.
func (w *walker) statuses(n *structured.Node) []int {
	if n.Kind != structured.List {
		if s, ok := w.status(n, false); ok {
			return []int{s}
		}
		return nil
	}
	if len(n.Items) == 0 {
		w.errorf(n, "empty status list")
		return nil
	}
	out, allOK := make([]int, 0, len(n.Items)), true
	for _, it := range n.Items {
		s, ok := w.status(it, true)
		allOK = allOK && ok
		out = append(out, s)
	}
	if !allOK {
		return nil
	}
	return out
}

// status reads one status, reporting non-integers and values outside
// 100–599.
func (w *walker) status(n *structured.Node, inList bool) (int, bool) {
	if w.json && (n.Kind == structured.Int || n.Kind == structured.Number) {
		return parseStatus(w.file, n.Line, n.Str, &w.errs)
	}
	if !w.json && w.scalarProblem(n) {
		return 0, false
	}
	var s int64
	switch v := n.Value.(type) {
	case int:
		s = int64(v)
	case int64:
		s = v
	case uint64:
		if v > math.MaxInt64 {
			w.errorf(n, "status %d is outside 100–599", v)
			return 0, false
		}
		s = int64(v)
	case float64:
		text := n.Str
		if math.IsInf(v, 0) || math.IsNaN(v) {
			text = strconv.FormatFloat(v, 'g', -1, 64)
		}
		w.errorf(n, "a status must be an integer, not %s", text)
		return 0, false
	default:
		switch {
		case n.Kind == structured.Int && !w.json:
			// Too large for int64: go-yaml could not decode it, or read it
			// as a string.
			w.errorf(n, "status %s is outside 100–599", n.Str)
		case inList && w.json:
			w.errorf(n, "a status must be a number, not %s", w.kind(n))
		case inList:
			w.errorf(n, "a status must be an integer, not %s", w.kind(n))
		default:
			w.errorf(n, "%q must be a status or a list of statuses, not %s", keyStatus, w.kind(n))
		}
		return 0, false
	}
	if s < 100 || s > 599 {
		w.errorf(n, "status %d is outside 100–599", s)
		return 0, false
	}
	return int(s), true
}

// parseStatus converts the text of a number to a status in 100–599.
func parseStatus(file string, line int, text string, errs *ErrorList) (int, bool) {
	s, err := strconv.Atoi(text)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			errs.add(file, line, fmt.Sprintf("status %s is outside 100–599", text))
			return 0, false
		}
		errs.add(file, line, fmt.Sprintf("a status must be an integer, not %s", text))
		return 0, false
	}
	if s < 100 || s > 599 {
		errs.add(file, line, fmt.Sprintf("status %d is outside 100–599", s))
		return 0, false
	}
	return s, true
}

// bound reads a list of bound names; the names that are no strings are
// reported and left out.
func (w *walker) bound(n *structured.Node) []string {
	if n.Kind != structured.List {
		w.errorf(n, "%q must be a list of full names, not %s", keyBound, w.kind(n))
		return nil
	}
	var out []string
	for _, it := range n.Items {
		if it.Kind != structured.Map && it.Kind != structured.List && w.scalarProblem(it) {
			continue
		}
		s, ok := it.Value.(string)
		if !ok {
			w.errorf(it, "a bound name must be a string, not %s", w.kind(it))
			continue
		}
		if !IsValidBoundName(s) {
			w.errorf(it, "%s", badBoundName(s))
			continue
		}
		out = append(out, s)
	}
	return out
}
