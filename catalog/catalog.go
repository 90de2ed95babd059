// Package catalog is errlint's model of an error-code catalog: the codes a
// service may send, each with its HTTP statuses, domain, retry flag and
// default message.
//
// Catalogs are read from .json, .yaml/.yml and .md files (see Parse and
// Load); a bad file is refused as a whole with one line per problem, in the
// form "FILE:LINE: what is wrong". Default returns the embedded catalog that
// errlint uses when no other is configured.
package catalog

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Entry is one error code of a catalog.
type Entry struct {
	Code      string
	Statuses  []int // at least one; Statuses[0] is the default
	Domain    string
	Retryable bool
	Message   string
	// Bound are the full names (pkgpath.Name) of the Go identifiers bound
	// to the entry: what a snapshot of a Go catalog records, so that a
	// dependency's error variables stand for their codes where they are
	// written.
	Bound []string
	Line  int // 1-based line of the entry in its file; 0 when unknown
	// Int marks a code written as a number (`code: 40101`): Code holds its
	// canonical decimal text, which is how codes compare, and the writers
	// print it as a number again.
	Int bool
}

// HasStatus reports whether status is one of the entry's statuses.
func (e *Entry) HasStatus(status int) bool {
	return slices.Contains(e.Statuses, status)
}

// Catalog is a validated list of entries with unique codes.
//
// A Catalog returned by this package is shared (Load caches, Default is a
// singleton): treat it as read-only.
type Catalog struct {
	Source  string  // the file it came from, or "embedded default"
	Entries []Entry // in file order

	index map[string]int // code → index in Entries; rebuilt when stale
}

const msgNoCodes = "catalog has no codes"

// DefaultSource is the Source of the embedded default catalog.
const DefaultSource = "embedded default"

//go:embed default.json
var defaultJSON []byte

var (
	defaultOnce sync.Once
	defaultCat  *Catalog
)

// Default returns the embedded default catalog: the 40 codes of the seed
// catalog, in its order. The result is shared; do not modify it.
func Default() *Catalog {
	defaultOnce.Do(func() {
		c, err := Parse("default.json", defaultJSON)
		if err != nil {
			// The embedded file is tested; reaching this is a build defect.
			// Fall back to an empty catalog rather than crash a user's vet run.
			c = &Catalog{}
		}
		c.Source = DefaultSource
		defaultCat = c
	})
	return defaultCat
}

// New validates entries and returns them as a catalog named source. Errors
// name source as the file and each entry's Line.
func New(source string, entries []Entry) (*Catalog, error) {
	c := &Catalog{Source: source, Entries: entries}
	var errs ErrorList
	if len(entries) == 0 {
		errs.add(source, 0, msgNoCodes)
	}
	for i := range entries {
		if entries[i].Code == "" {
			errs.add(source, entries[i].Line, msgEmptyCode)
		}
		if len(entries[i].Statuses) == 0 {
			errs.add(source, entries[i].Line, "empty status list")
		}
	}
	validate(source, c.Entries, &errs)
	if len(errs) > 0 {
		return nil, errs.sorted()
	}
	c.buildIndex()
	return c, nil
}

func (c *Catalog) buildIndex() {
	c.index = make(map[string]int, len(c.Entries))
	for i := range c.Entries {
		if _, dup := c.index[c.Entries[i].Code]; !dup {
			c.index[c.Entries[i].Code] = i
		}
	}
}

// Lookup returns the entry for code, which must match exactly.
func (c *Catalog) Lookup(code string) (*Entry, bool) {
	if c == nil {
		return nil, false
	}
	if i, ok := c.index[code]; ok && i < len(c.Entries) && c.Entries[i].Code == code {
		return &c.Entries[i], true
	}
	// The index is missing (a Catalog literal) or stale: scan.
	for i := range c.Entries {
		if c.Entries[i].Code == code {
			return &c.Entries[i], true
		}
	}
	return nil, false
}

// ByStatus returns the entries that list status among their statuses, in
// catalog order.
func (c *Catalog) ByStatus(status int) []*Entry {
	if c == nil {
		return nil
	}
	var out []*Entry
	for i := range c.Entries {
		if c.Entries[i].HasStatus(status) {
			out = append(out, &c.Entries[i])
		}
	}
	return out
}

// Digest returns the hex SHA-256 of the catalog's canonical JSON form (the
// output of WriteJSON). It depends on the entries only, not on Source or
// line numbers, and serves as a cache key.
func (c *Catalog) Digest() string {
	var buf bytes.Buffer
	_ = c.WriteJSON(&buf) // writing to a bytes.Buffer cannot fail
	sum := sha256.Sum256(buf.Bytes())
	return hex.EncodeToString(sum[:])
}

// IsValidCode reports whether code is spelled as a catalog code: a non-empty
// token of letters, digits, '_', '.' and '-'.
func IsValidCode(code string) bool {
	if code == "" || !utf8.ValidString(code) {
		return false
	}
	for _, r := range code {
		if !isCodeRune(r) {
			return false
		}
	}
	return true
}

// CanonicalInt returns the canonical decimal text of an integer written
// as text (Go or YAML syntax: "40101", "0x10", "1_000"), the form an
// integer code is kept and compared in.
func CanonicalInt(text string) (string, bool) {
	n, ok := new(big.Int).SetString(text, 0)
	if !ok {
		return "", false
	}
	return n.String(), true
}

// The problems of an entry without a code, in every format. A code that
// is the integer 0 however it is spelled (0, -0, "0") is one: JSON and
// YAML read a number 0 as no code, and a code's text is its identity
// (40101 and "40101" are one code), so in no format is 0 a code.
const (
	msgEmptyCode = "empty code"
	msgZeroCode  = msgEmptyCode + " (0 is the empty integer code)"
)

// isZeroCode reports whether code spells the integer 0.
func isZeroCode(code string) bool {
	return IsIntCode(code) && strings.TrimPrefix(code, "-") == "0"
}

// IsIntCode reports whether code is the canonical text of an integer
// ("40101", "-1"): such a code gets no edit-distance suggestion, since a
// number one digit away is another error, not a typo.
func IsIntCode(code string) bool {
	code = strings.TrimPrefix(code, "-")
	if code == "" || code[0] == '0' && len(code) > 1 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	return true
}

func isCodeRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == '-'
}

// IsValidBoundName reports whether name is spelled as the full name of a
// package-level Go identifier: an import path, a dot and an identifier
// ("github.com/x/errcode.ErrorCodeUnknown").
func IsValidBoundName(name string) bool {
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 || !utf8.ValidString(name) {
		return false
	}
	path, id := name[:dot], name[dot+1:]
	for i, r := range id {
		if !(unicode.IsLetter(r) || r == '_' || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	if id == "" || strings.HasPrefix(path, "/") || strings.HasSuffix(path, "/") || strings.Contains(path, "//") {
		return false
	}
	for _, r := range path {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("/._-~+", r)) {
			return false
		}
	}
	return true
}

func badBoundName(name string) string {
	return fmt.Sprintf("bad bound name %q: want the full name of a Go identifier, like \"example.com/pkg.ErrNotFound\"", name)
}

// validate appends to errs every problem of the entries that does not depend
// on the file format: code spelling, duplicates, statuses, bound names,
// UTF-8.
func validate(file string, entries []Entry, errs *ErrorList) {
	first := make(map[string]int, len(entries))
	boundTo := map[string]*Entry{}
	for i := range entries {
		e := &entries[i]
		validateEntry(file, e, errs)
		for _, name := range e.Bound {
			if !IsValidBoundName(name) {
				errs.add(file, e.Line, badBoundName(name))
				continue
			}
			if other, dup := boundTo[name]; dup {
				if other == e {
					errs.add(file, e.Line, fmt.Sprintf("bound name %q listed twice", name))
				} else {
					errs.add(file, e.Line, fmt.Sprintf("%q is bound to two codes, %q and %q", name, other.Code, e.Code))
				}
				continue
			}
			boundTo[name] = e
		}
		if e.Code == "" {
			continue
		}
		if line, dup := first[e.Code]; dup {
			if line > 0 {
				errs.add(file, e.Line, fmt.Sprintf("duplicate code %q (first on line %d)", e.Code, line))
			} else {
				errs.add(file, e.Line, fmt.Sprintf("duplicate code %q", e.Code))
			}
			continue
		}
		first[e.Code] = e.Line
	}
}

// validateEntry checks the format-independent properties of one entry.
// Missing, empty and mistyped values are reported by the loaders, which
// leave Code "" or Statuses nil for them; those are skipped here.
func validateEntry(file string, e *Entry, errs *ErrorList) {
	if e.Code != "" && !IsValidCode(e.Code) {
		errs.add(file, e.Line, fmt.Sprintf("bad code %q: a code is letters, digits, '_', '.' and '-'", e.Code))
	}
	seen := make(map[int]bool, len(e.Statuses))
	for _, s := range e.Statuses {
		if s < 100 || s > 599 {
			errs.add(file, e.Line, fmt.Sprintf("status %d is outside 100–599", s))
			continue
		}
		if seen[s] {
			errs.add(file, e.Line, fmt.Sprintf("status %d listed twice", s))
		}
		seen[s] = true
	}
	if !utf8.ValidString(e.Domain) {
		errs.add(file, e.Line, "domain is not valid UTF-8")
	}
	if !utf8.ValidString(e.Message) {
		errs.add(file, e.Line, "message is not valid UTF-8")
	}
}
