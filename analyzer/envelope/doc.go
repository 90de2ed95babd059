// Package envelope defines an Analyzer that reports error envelopes whose
// ok or retryable fields contradict the status or the catalog.
//
// # Analyzer envelope
//
// envelope: report envelopes whose ok or retryable contradicts the status or the catalog
//
// The catalog's rule is that every error response is an envelope with
// "ok": false and a catalog code, whose "retryable" says what the catalog
// says. The analyzer reports, in response bodies that are literals (a map
// with the keys "ok" and "retryable", or a struct with bool fields named OK
// and Retryable or tagged json:"ok" and json:"retryable"):
//
//  1. a body written with an error status (4xx, 5xx) whose ok is the
//     constant true, at the value; the fix writes false;
//  2. a body whose ok is the constant false written with a constant 1xx,
//     2xx or 3xx status, at the status; there is no fix (which of the two
//     is wrong is the author's call);
//  3. a body whose constant retryable disagrees with the catalog entry of
//     its constant code, at the value; the fix writes the catalog's value.
//
// Silence a finding with a comment "//errlint:ignore envelope reason".
package envelope
