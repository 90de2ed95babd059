package catalog

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/errlint/errlint/internal/source"
)

// LooksLike reports whether codes a and b, two different codes, look like
// one code spelled two ways: equal up to letter case and separators
// (PRODUCT_NOT_FOUND, product-not-found, ProductNotFound), or within a
// typo's edit distance of each other as Nearest counts it
// (PRODUCT_NOT_FOUN, FORBIDEN). In codes of several words the typo is in
// one word: a word added, dropped or replaced by another makes another
// code (request_uri_not_supported and request_not_supported,
// unsupported_response_mode and unsupported_response_type, both OAuth's).
// Integer codes never look alike: numbered codes differ by a digit by
// design (40101, 40102).
func LooksLike(a, b string) bool {
	if a == b || source.IsInteger(a) || source.IsInteger(b) {
		return false
	}
	na, nb := normalizeCode(a), normalizeCode(b)
	if na == "" || nb == "" {
		return false
	}
	if na == nb {
		return true
	}
	wa, wb := codeWordsOf(a), codeWordsOf(b)
	if len(wa) == 1 && len(wb) == 1 {
		return isTypo(na, nb)
	}
	if len(wa) != len(wb) {
		return false
	}
	differ := 0
	for i := range wa {
		if wa[i] != wb[i] {
			differ++
			if differ > 1 || !isTypo(wa[i], wb[i]) {
				return false
			}
		}
	}
	return differ == 1
}

// isTypo reports whether two normalized words are within a typo's edit
// distance of each other.
func isTypo(a, b string) bool {
	limit := editLimit(min(utf8.RuneCountInString(a), utf8.RuneCountInString(b)))
	return limit > 0 && EditDistance(a, b, limit) <= limit
}

// codeWordsOf splits a code into its lower-cased words, at separators and
// where a lower-case letter meets an upper-case one (RateLimited).
func codeWordsOf(code string) []string {
	var words []string
	var cur strings.Builder
	prevLower := false
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for _, r := range code {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			flush()
		}
		cur.WriteRune(unicode.ToLower(r))
		prevLower = unicode.IsLower(r)
	}
	flush()
	return words
}

// IsErrorStatus reports whether status is an error status (4xx or 5xx):
// a 1xx–3xx response tells the client its request went well.
func IsErrorStatus(status int) bool { return status >= 400 && status <= 599 }

// codeProblems returns the problems of entry i that concern its code and
// statuses rather than its retry flag: a code that looks like an earlier
// entry's (one code spelled two ways, or a misspelling: clients matching
// on one never see the other), and an error code none of whose statuses
// is an error status.
func (c *Catalog) codeProblems(i int) []Problem {
	e := &c.Entries[i]
	var out []Problem
	for j := range i {
		if o := &c.Entries[j]; LooksLike(e.Code, o.Code) {
			where := ""
			if o.Line > 0 {
				where = fmt.Sprintf(" (line %d)", o.Line)
			}
			out = append(out, Problem{e.Line, e.Code,
				fmt.Sprintf("looks like %s%s: one code spelled two ways, or a misspelling", o.Code, where)})
			break // one is enough to decide on
		}
	}
	errorStatus := false
	for _, s := range e.Statuses {
		errorStatus = errorStatus || IsErrorStatus(s)
	}
	if !errorStatus && len(e.Statuses) > 0 {
		what := fmt.Sprintf("status %d is no error status", e.Statuses[0])
		if len(e.Statuses) > 1 {
			what = fmt.Sprintf("statuses %s are no error statuses", StatusList(e.Statuses))
		}
		out = append(out, Problem{e.Line, e.Code, what + " (1xx–3xx): a client reads the response as a success"})
	}
	return out
}
