package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Nearest returns the catalog code that is clearly the one meant by code, a
// code the catalog does not have, or false when no code is clearly best.
// status is the HTTP status the code is sent with, 0 when none is known.
// A code in the catalog is its own nearest code; the empty code has none.
//
// Candidates come in three tiers, and the first tier that has any decides:
//
//  1. the same code up to letter case and separators: rate_limited,
//     RateLimited and rate-limited all mean RATE_LIMITED;
//  2. a misspelling: the codes compared that way are within a small edit
//     distance (one edit for 4–7 letters, two for 8–15, three beyond;
//     none below 4), the closest ones being the candidates — RATE_LIMIT
//     means RATE_LIMITED, AUTH_REQUIRD means AUTH_REQUIRED;
//  3. shared words (split at '_', '.', '-' and camelCase humps): one code's
//     words contain the other's, or they share at least two words; the
//     candidates are those with the largest share of words in common
//     (shared / all distinct words of the two) — NOT_FOUND means
//     RESOURCE_NOT_FOUND (2 of 3 words) rather than LLM_CONFIG_NOT_FOUND
//     (2 of 4).
//
// When status is not 0 and some of the tier's candidates have that status,
// only those compete: NOT_FOUND with 503 means LLM_CONFIG_NOT_FOUND, and
// TIMEOUT with 503 means DISPATCH_TIMEOUT (the only *_TIMEOUT with 503).
// If no candidate has the status the spelling still decides: RATE_LIMIT with
// 503 means RATE_LIMITED (a status mismatch is another finding).
// A suggestion is made only when one candidate remains ahead of all others;
// a tie gives none: TIMEOUT alone (DISPATCH_, GENERATION_ and
// UPSTREAM_TIMEOUT) and FOO have no nearest code.
func (c *Catalog) Nearest(code string, status int) (string, bool) {
	near, _, ok := c.nearest(code, status)
	return near, ok
}

// Fixable reports whether replacing code by its nearest code near is safe
// to do mechanically: near is a spelling of the same code (equal up to case
// and separators, or within a typo's edit distance), or every word of code
// appears in near and near is the only catalog code with status (a paired
// constant status, 0 when none) that contains them. A fix must never rename
// a real code into an unrelated one; callers add the last condition, that
// code is written in one place.
func (c *Catalog) Fixable(code string, status int) (near string, ok bool) {
	near, tier, ok := c.nearest(code, status)
	if !ok || tier < 3 {
		return near, ok
	}
	if status == 0 {
		return "", false
	}
	words := codeWords(code)
	holders := 0
	for _, e := range c.ByStatus(status) {
		if containsWords(codeWords(e.Code), words) {
			holders++
		}
	}
	if holders != 1 || !containsWords(codeWords(near), words) {
		return "", false
	}
	return near, true
}

// containsWords reports whether every word of sub is in words.
func containsWords(words, sub map[string]bool) bool {
	for w := range sub {
		if !words[w] {
			return false
		}
	}
	return len(sub) > 0
}

// nearest is Nearest with the tier (1–3) that decided.
func (c *Catalog) nearest(code string, status int) (string, int, bool) {
	if c == nil || code == "" || !utf8.ValidString(code) {
		return "", 0, false
	}
	if _, ok := c.Lookup(code); ok {
		return code, 0, true
	}
	if IsIntCode(code) {
		return "", 0, false // 40102 is another error than 40101, not a typo of it
	}
	q := normalizeCode(code)
	if q == "" {
		return "", 0, false
	}
	tier := 1
	// Tier 1: equal up to case and separators.
	var cands []scored
	for i := range c.Entries {
		if normalizeCode(c.Entries[i].Code) == q {
			cands = append(cands, scored{i, 0})
		}
	}
	// Tier 2: a small edit distance.
	if len(cands) == 0 {
		tier = 2
		if limit := editLimit(utf8.RuneCountInString(q)); limit > 0 {
			for i := range c.Entries {
				if d := EditDistance(q, normalizeCode(c.Entries[i].Code), limit); d <= limit {
					cands = append(cands, scored{i, float64(d)})
				}
			}
		}
	}
	// Tier 3: shared words; the score is negated so that lower is better.
	if len(cands) == 0 {
		tier = 3
		qw := codeWords(code)
		for i := range c.Entries {
			if j, ok := wordAffinity(qw, codeWords(c.Entries[i].Code)); ok {
				cands = append(cands, scored{i, -j})
			}
		}
	}
	if status != 0 {
		var withStatus []scored
		for _, s := range cands {
			if c.Entries[s.i].HasStatus(status) {
				withStatus = append(withStatus, s)
			}
		}
		if len(withStatus) > 0 {
			cands = withStatus
		}
	}
	best, ties := -1, 0
	for k, s := range cands {
		switch {
		case best < 0 || s.score < cands[best].score:
			best, ties = k, 1
		case s.score == cands[best].score:
			ties++
		}
	}
	if best < 0 || ties > 1 {
		return "", 0, false
	}
	return c.Entries[cands[best].i].Code, tier, true
}

// scored is a candidate entry index with its score; lower is better.
type scored struct {
	i     int
	score float64
}

// normalizeCode lowercases code and drops everything but letters and digits.
func normalizeCode(code string) string {
	var b strings.Builder
	for _, r := range code {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// editLimit is the largest edit distance that still counts as a misspelling
// of a normalized code of n letters.
func editLimit(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	case n < 16:
		return 2
	}
	return 3
}

// EditDistance returns the optimal string alignment distance between a and
// b (insertions, deletions, substitutions and swaps of adjacent letters), or
// limit+1 when it exceeds limit. It is errlint's one measure of a typo: of
// a code here, of an analyzer's name or a directive in
// analyzer/internal/response.
func EditDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if abs(len(ra)-len(rb)) > limit {
		return limit + 1
	}
	// Three rows of the dynamic-programming table.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[len(rb)] > limit {
		return limit + 1
	}
	return prev[len(rb)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// codeWords splits a code into its distinct lowercase words: at '_', '.',
// '-' (and anything else that is not a letter or digit) and at camelCase
// humps, keeping acronyms whole: "HTTPErrorCode" → http, error, code.
func codeWords(code string) map[string]bool {
	words := make(map[string]bool)
	rs := []rune(code)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words[strings.ToLower(string(rs[start:end]))] = true
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start >= 0 && unicode.IsUpper(r) {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			// aB starts a word; so does the B of ABc (the end of an acronym).
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				flush(i)
			}
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(rs))
	return words
}

// wordAffinity reports whether two codes' words are related enough to
// suggest one for the other, and how closely: the number of shared words
// over the number of distinct words of both.
func wordAffinity(a, b map[string]bool) (float64, bool) {
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	if shared == 0 {
		return 0, false
	}
	subset := shared == len(a) || shared == len(b)
	if !subset && shared < 2 {
		return 0, false
	}
	return float64(shared) / float64(len(a)+len(b)-shared), true
}

// NearestName returns the name in known that n most likely misspells (at
// most two edits, letter case aside; the first of the closest), or "". It
// is the one "did you mean" of names: configuration keys, analyzer names,
// roles and classes, and //errlint:ignore directives.
func NearestName(n string, known []string) string {
	const limit = 2
	best, bestD := "", limit+1
	for _, k := range known {
		if d := EditDistance(strings.ToLower(n), strings.ToLower(k), limit); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}
