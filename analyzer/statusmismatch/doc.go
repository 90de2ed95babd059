// Package statusmismatch defines an Analyzer that reports error codes sent
// with an HTTP status the catalog does not give them.
//
// # Analyzer statusmismatch
//
// statusmismatch: report catalog codes paired with the wrong HTTP status
//
// A code and a status are paired when they are arguments of the same call
// (including the status an error writer always sends with its code), fields
// of the same literal, or when a constant status written to a
// ResponseWriter is followed, later in the same block and with no return,
// branch or other status write between, by a body carrying a code written to
// the same ResponseWriter. The same ResponseWriter is the same variable
// reached through the same fields and framework accessors: w, gin's
// c.Writer, echo's c.Response().
//
// A catalog code paired with a constant status that is not one of its
// statuses is reported at the status expression, with a fix to net/http's
// constant for the code's default status. For a status an error writer
// carries, the finding is at the code argument and has no fix.
//
// On the client side, a comparison of a code-role expression with a
// catalog code under a condition that also requires a constant status the
// catalog never sends that code with (resp.StatusCode == 503 && e.Code ==
// "RATE_LIMITED", in the same && chain, an enclosing if or a case of a
// switch on the status) is reported at the code: "the catalog sends
// RATE_LIMITED with 429; this branch is never taken". No fix.
//
// Silence a finding with a comment "//errlint:ignore statusmismatch reason".
package statusmismatch
