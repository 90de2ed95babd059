// Package authchallenge defines an Analyzer that reports 401 responses sent
// without a WWW-Authenticate header.
//
// # Analyzer authchallenge
//
// authchallenge: report 401 responses sent without a WWW-Authenticate header
//
// RFC 9110 §15.5.2: "The server generating a 401 response MUST send a
// WWW-Authenticate header field containing at least one challenge
// applicable to the target resource." A client that gets a 401 without one
// cannot tell how to authenticate.
//
// The analyzer looks at every written response with the constant status
// 401: a framework call that has the response writer in hand
// (w.WriteHeader, http.Error, gin's and echo's response methods, a status
// recorded by gin's c.Status and sent by the next body call), or a call of
// an error writer with the writer as an argument. It reports the status
// (the call, for a status the writer carries) when no WWW-Authenticate
// header is set on the response before the status is sent:
//
//   - by a call on the same writer earlier in the same function, on any
//     path: w.Header().Set/Add, w.Header()[k] = v, gin's c.Header, echo's
//     c.Response().Header().Set;
//   - by the error writer itself, or a helper called earlier with the
//     writer, on every path, or on every path where its status parameter is
//     401 (if status == http.StatusUnauthorized { … }), across packages.
//
// A header set after the status is sent does not count. When errlint
// cannot tell (a header name that is not constant, the writer handed to a
// function it knows nothing of, a writer made in the function) it reports
// nothing. There is no fix.
//
// A service whose middleware sets WWW-Authenticate on every response turns
// the analyzer off for that tree with `disable: [authchallenge]` in
// .errlint.yaml.
//
// Silence a finding with a comment "//errlint:ignore authchallenge reason".
package authchallenge
