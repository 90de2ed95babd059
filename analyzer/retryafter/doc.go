// Package retryafter defines an Analyzer that reports retryable responses
// sent without a Retry-After header, and Retry-After headers on responses the
// catalog says not to retry.
//
// # Analyzer retryafter
//
// retryafter: report retryable responses without Retry-After, and Retry-After on non-retryable codes
//
// RFC 6585 §4 says a 429 response MAY include a Retry-After header, and
// RFC 9110 §10.2.3 that a 503 may say with one how long the service will be
// unavailable; Zalando's API guideline 153 requires it on 429. Without it,
// clients retry at once and make the overload worse. The analyzer reports:
//
//  1. a written response (a framework call with the response writer in
//     hand, or an error-writer call with the writer as an argument) with the
//     status 429, or with the status 503 paired with a catalog code whose
//     entry is retryable, on which none of Retry-After, RateLimit,
//     RateLimit-Reset and X-RateLimit-Reset is set before the status is sent
//     (by a call on the same writer earlier in the function, or by the
//     error writer or a helper called with the writer: see authchallenge).
//     The finding is at the status (at the call for a status a writer
//     carries). When errlint cannot tell what is set, it reports nothing.
//
//  2. a Retry-After header set on a writer that, in straight-line code
//     after it (the same block, no return, branch or other status write in
//     between), sends a response whose constant code the catalog marks not
//     retryable: the header tells clients to retry what the catalog says
//     not to. The finding is at the header call.
//
// There is no fix: the value of Retry-After is the service's to choose.
//
// Silence a finding with a comment "//errlint:ignore retryafter reason".
package retryafter
