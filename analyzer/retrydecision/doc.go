// Package retrydecision defines an Analyzer that checks a client's retry
// loops against the catalog: what they retry, and whether they wait as
// the server asks.
//
// # Analyzer retrydecision
//
// retrydecision: report retries of non-retryable codes, and of 429/503 without reading Retry-After
//
// The seed's guidance: "Retry concurrency, capacity, and timeout errors
// without overloading generation". A retry loop is a for loop that repeats
// a request ((*http.Client).Do, Get, Head, Post, PostForm, http.Get and
// its kin, or a function of your module that makes one) and goes round
// again after time.Sleep, a timer or a backoff call; cenkalti/backoff's
// Retry with the operation it repeats (an error wrapped in Permanent is
// not retried) and a function assigned to retryablehttp's CheckRetry are
// retry loops too. Its retry condition is what sends it round again: the
// condition of a branch ending in continue, or the negation of one that
// leaves the loop before the wait; a predicate of your module
// (shouldRetry(e.Code)) is read one level in, in any package, by facts.
// The analyzer reports:
//
//  1. a code the retry condition names positively (==, case, errors.Is
//     with a bound identifier, membership, a predicate that returns true
//     for it) that the catalog marks not retryable: "retries
//     AUTH_REQUIRED, which the catalog marks not retryable". A condition
//     that declines to retry a retryable code is fine.
//  2. a retry condition on status 429 or 503 (or on a code whose default
//     status is one of them) in a loop that never reads Retry-After,
//     RateLimit, RateLimit-Reset or X-RateLimit-Reset — in the loop, in a
//     function the response is passed to, or in the function making the
//     request: "retries 429 without reading Retry-After (RFC 9110
//     §10.2.3)".
//
// A branch that calls a function of your module other than a sleep or a
// backoff before going round (a re-login) is a recovery, not a retry.
// Status-only, catch-all and negated conditions are judged by rule 2 only,
// and a code whose catalog entry asks clients to retry while marked not
// retryable is left to errlint catalog -check. No fix. Silence a finding
// with a comment "//errlint:ignore retrydecision reason".
package retrydecision
