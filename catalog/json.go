package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/errlint/errlint/internal/source"
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

// setScalar sets the string or bool field key of e from v, a value decoded
// by any of the loaders, whose kind (as the format names it) is kind. It
// returns the problem to report at the value, or "" when v fits.
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
	if !ok {
		return fmt.Sprintf("%q must be a string, not %s", key, kind)
	}
	switch key {
	case keyCode:
		e.Code = s
		if s == "" {
			return "empty code"
		}
	case keyDomain:
		e.Domain = s
	case keyMessage:
		e.Message = s
	}
	return ""
}

// jsonParser walks a catalog's JSON tokens, keeping the line of each.
type jsonParser struct {
	file  string
	dec   *json.Decoder
	lines source.Lines
	size  int64
	errs  ErrorList
}

// errSyntax stops the walk; the syntax problem is already in errs.
var errSyntax = errors.New("syntax error")

func parseJSON(file string, data []byte) ([]Entry, ErrorList) {
	p := &jsonParser{
		file:  file,
		dec:   json.NewDecoder(bytes.NewReader(data)),
		lines: source.NewLines(data),
		size:  int64(len(data)),
	}
	p.dec.UseNumber()
	entries, _ := p.parseFile()
	return entries, p.errs
}

// token reads the next token and returns it with the line it ends on.
func (p *jsonParser) token() (json.Token, int, error) {
	t, err := p.dec.Token()
	if err != nil {
		p.syntaxError(err)
		return nil, 0, errSyntax
	}
	return t, p.lines.Line(p.dec.InputOffset() - 1), nil
}

// syntaxError reports a decoding error at its line.
func (p *jsonParser) syntaxError(err error) {
	off := p.dec.InputOffset()
	msg := err.Error()
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off = se.Offset
		if off > 0 {
			off-- // Offset counts the offending byte
		}
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		off = p.size - 1
		msg = "unexpected end of JSON input"
	}
	p.errs.add(p.file, p.lines.Line(off), "invalid JSON: "+msg)
}

func (p *jsonParser) errorf(line int, format string, args ...any) {
	p.errs.add(p.file, line, fmt.Sprintf(format, args...))
}

// jsonKind names a token's kind for messages, with its article.
func jsonKind(t json.Token) string {
	switch t := t.(type) {
	case json.Delim:
		if t == '{' {
			return "an object"
		}
		return "a list"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", t)
}

// skip consumes the rest of a value whose first token is t.
func (p *jsonParser) skip(t json.Token) error {
	if d, ok := t.(json.Delim); !ok || (d != '{' && d != '[') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, _, err := p.token()
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}

func (p *jsonParser) parseFile() ([]Entry, error) {
	t, line, err := p.token()
	if err != nil {
		return nil, err
	}
	if t != json.Delim('{') {
		p.errorf(line, "a catalog is an object with a %q list, not %s", keyCodes, jsonKind(t))
		return nil, nil
	}
	topLine := line
	var entries []Entry
	seenCodes := false
	for p.dec.More() {
		t, line, err := p.token()
		if err != nil {
			return entries, err
		}
		key, _ := t.(string)
		if key != keyCodes {
			p.errorf(line, "unknown key %q (known: %s)", key, keyCodes)
			if t, _, err = p.token(); err != nil {
				return entries, err
			}
			if err := p.skip(t); err != nil {
				return entries, err
			}
			continue
		}
		if seenCodes {
			p.errorf(line, "duplicate key %q", keyCodes)
		}
		seenCodes = true
		codesLine := line
		t, line, err = p.token()
		if err != nil {
			return entries, err
		}
		if t != json.Delim('[') {
			p.errorf(line, "%q must be a list, not %s", keyCodes, jsonKind(t))
			if err := p.skip(t); err != nil {
				return entries, err
			}
			continue
		}
		n := 0
		for p.dec.More() {
			n++
			e, ok, err := p.parseEntry()
			if err != nil {
				return entries, err
			}
			if ok {
				entries = append(entries, e)
			}
		}
		if n == 0 {
			p.errorf(codesLine, "%s (%q is empty)", msgNoCodes, keyCodes)
		}
		if _, _, err := p.token(); err != nil { // ']'
			return entries, err
		}
	}
	if _, _, err := p.token(); err != nil { // '}'
		return entries, err
	}
	switch _, err := p.dec.Token(); {
	case err == io.EOF:
		// The file ends after the object, as it should.
	case err != nil:
		p.syntaxError(err)
		return entries, errSyntax
	default:
		p.errorf(p.lines.Line(p.dec.InputOffset()-1), "unexpected data after the catalog object")
		return entries, errSyntax
	}
	if !seenCodes {
		p.errorf(topLine, "missing key %q", keyCodes)
	}
	return entries, nil
}

// parseEntry reads one element of the codes list. ok is false when the
// element is not an object (already reported).
func (p *jsonParser) parseEntry() (e Entry, ok bool, err error) {
	t, line, err := p.token()
	if err != nil {
		return e, false, err
	}
	if t != json.Delim('{') {
		p.errorf(line, "an entry of %q must be an object, not %s", keyCodes, jsonKind(t))
		return e, false, p.skip(t)
	}
	e.Line = line
	seen := make(map[string]bool, 5)
	for p.dec.More() {
		t, keyLine, err := p.token()
		if err != nil {
			return e, false, err
		}
		key, _ := t.(string)
		v, vline, err := p.token()
		if err != nil {
			return e, false, err
		}
		switch key {
		case keyCode, keyStatus, keyDomain, keyRetryable, keyMessage, keyBound:
		default:
			p.errorf(keyLine, "unknown key %q (known: %s)", key, knownEntryKeys)
			if err := p.skip(v); err != nil {
				return e, false, err
			}
			continue
		}
		if seen[key] {
			p.errorf(keyLine, "duplicate key %q", key)
		}
		seen[key] = true
		switch key {
		case keyCode, keyDomain, keyMessage, keyRetryable:
			if msg := setScalar(&e, key, v, jsonKind(v)); msg != "" {
				p.errorf(vline, "%s", msg)
				if err := p.skip(v); err != nil {
					return e, false, err
				}
			}
		case keyBound:
			e.Bound = nil
			if v != json.Delim('[') {
				p.errorf(vline, "%q must be a list of full names, not %s", key, jsonKind(v))
				if err := p.skip(v); err != nil {
					return e, false, err
				}
				continue
			}
			for p.dec.More() {
				et, eline, err := p.token()
				if err != nil {
					return e, false, err
				}
				name, isString := et.(string)
				if !isString {
					p.errorf(eline, "a bound name must be a string, not %s", jsonKind(et))
					if err := p.skip(et); err != nil {
						return e, false, err
					}
					continue
				}
				if !IsValidBoundName(name) {
					p.errorf(eline, "%s", badBoundName(name))
					continue
				}
				e.Bound = append(e.Bound, name)
			}
			if _, _, err := p.token(); err != nil { // ']'
				return e, false, err
			}
		case keyStatus:
			e.Statuses = nil
			switch v := v.(type) {
			case json.Number:
				if s, ok := p.status(v, vline); ok {
					e.Statuses = []int{s}
				}
			case json.Delim:
				if v != '[' {
					p.errorf(vline, "%q must be a status or a list of statuses, not an object", key)
					if err := p.skip(v); err != nil {
						return e, false, err
					}
					continue
				}
				statuses, allOK := []int{}, true
				for p.dec.More() {
					et, eline, err := p.token()
					if err != nil {
						return e, false, err
					}
					n, isNum := et.(json.Number)
					if !isNum {
						p.errorf(eline, "a status must be a number, not %s", jsonKind(et))
						allOK = false
						if err := p.skip(et); err != nil {
							return e, false, err
						}
						continue
					}
					s, ok := p.status(n, eline)
					allOK = allOK && ok
					statuses = append(statuses, s)
				}
				if _, _, err := p.token(); err != nil { // ']'
					return e, false, err
				}
				if len(statuses) == 0 && allOK {
					p.errorf(vline, "empty status list")
				}
				if allOK && len(statuses) > 0 {
					e.Statuses = statuses
				}
			default:
				p.errorf(vline, "%q must be a status or a list of statuses, not %s", key, jsonKind(v))
			}
		}
	}
	if _, _, err := p.token(); err != nil { // '}'
		return e, false, err
	}
	if !seen[keyCode] {
		p.errorf(e.Line, "missing key %q", keyCode)
	}
	if !seen[keyStatus] {
		p.errorf(e.Line, "missing key %q", keyStatus)
	}
	return e, true, nil
}

// status converts a JSON number to a status, reporting non-integers and
// values outside 100–599.
func (p *jsonParser) status(n json.Number, line int) (int, bool) {
	return parseStatus(p.file, line, string(n), &p.errs)
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
