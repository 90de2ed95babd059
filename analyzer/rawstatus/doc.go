// Package rawstatus defines an Analyzer that reports HTTP handlers writing
// raw status codes.
//
// # Analyzer rawstatus
//
// rawstatus: report raw, invalid and code-less error statuses in HTTP responses
//
// The analyzer looks at every status position: the status argument of
// net/http (ResponseWriter.WriteHeader, http.Error, http.Redirect,
// http.NotFound), gin, echo v4 and v5 response methods, echo.NewHTTPError
// and echo.HTTPError literals, the status parameter of an error writer, and
// the status field of an error-type literal. Rule 1 excludes the others;
// rules 2 and 3 are separate findings, so http.Error(w, "not found", 404)
// gets both, each with its own fix or none:
//
//  1. A constant status outside 100–599, such as WriteHeader(0), which
//     panics at run time. There is no fix.
//
//  2. An error status (4xx or 5xx) on a response that provably carries no
//     error code: a plain-text body (http.Error, http.NotFound, c.String,
//     echo.NewHTTPError(502, "…"), constant text written to w after the
//     status), a status-only write (c.AbortWithStatus(401), w.WriteHeader(503)
//     with nothing after it), or a literal body without a code
//     (c.JSON(500, gin.H{"error": "…"})). The message lists the catalog's
//     codes for that status. There is no fix: a constant in place of the
//     literal would not give the response a code. Rule 2 does not apply to
//     a service that sends no code: where no catalog is configured or
//     found and neither the package nor its dependencies send a code at
//     any code position, or where the configuration says `catalog: none`.
//     Under the implicit default the message names the embedded default's
//     codes only to a package that sends some of them.
//
//  3. An integer literal in a status position, such as w.WriteHeader(201).
//     Where net/http has a constant for it, the fix writes that constant,
//     spelled with the file's own name for net/http (the import is added
//     when missing).
//
// The analyzer stays silent on a status that statusmismatch reports, unless
// statusmismatch is disabled.
//
// Silence a finding with a comment "//errlint:ignore rawstatus reason".
package rawstatus
