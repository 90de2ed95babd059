package catalog

import (
	"fmt"
	"regexp"
)

// Problem is a hygiene problem of a valid catalog: an entry that loads but
// tells clients something contradictory.
type Problem struct {
	Line int    // the entry's line; 0 when unknown
	Code string // the entry's code
	Msg  string // what is wrong, without the code
}

// retryPhrase matches a message that asks the client to try again.
var retryPhrase = regexp.MustCompile(`(?i)\b(try\s+(it\s+|this\s+)?again|retry(ing)?|re-try|try\s+later|try\s+back\s+later)\b`)

// Check returns the catalog's hygiene problems, in entry order:
//   - a retryable code with a 4xx status other than 408, 409, 425 and 429:
//     a client error does not go away by sending the request again;
//   - a code that is not retryable whose default message asks the client to
//     retry ("Please try again shortly."); for a 429 or 503 the message
//     says so, since those are the statuses clients retry on their own
//     (and retryafter asks for Retry-After only on retryable ones);
//   - a code that looks like an earlier one (codeProblems), and an error
//     code whose only statuses are 1xx–3xx.
func (c *Catalog) Check() []Problem {
	var out []Problem
	for i := range c.Entries {
		e := &c.Entries[i]
		if e.Retryable {
			for _, s := range e.Statuses {
				if s >= 400 && s <= 499 && !retryable4xx[s] {
					out = append(out, Problem{e.Line, e.Code,
						fmt.Sprintf("retryable, but status %d is a client error (of the 4xx statuses only 408, 409, 425 and 429 are worth retrying)", s)})
				}
			}
		}
		if !e.Retryable {
			if m := retryPhrase.FindString(e.Message); m != "" {
				msg := fmt.Sprintf("not retryable, but its default message asks the client to retry (%q)", m)
				if s, ok := throttleStatus(e); ok {
					msg = fmt.Sprintf("status %d and not retryable, but its default message asks the client to retry (%q)", s, m)
				}
				out = append(out, Problem{e.Line, e.Code, msg})
			}
		}
		out = append(out, c.codeProblems(i)...)
	}
	return out
}

// retryable4xx are the client errors worth sending again: a timeout, a
// conflict that may resolve, too early, too many requests.
var retryable4xx = map[int]bool{408: true, 409: true, 425: true, 429: true}

// throttleStatus returns the entry's 429 or 503 status, if it has one.
func throttleStatus(e *Entry) (int, bool) {
	for _, s := range e.Statuses {
		if s == 429 || s == 503 {
			return s, true
		}
	}
	return 0, false
}
