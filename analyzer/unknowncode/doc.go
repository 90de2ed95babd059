// Package unknowncode defines an Analyzer that reports error codes missing
// from the catalog.
//
// # Analyzer unknowncode
//
// unknowncode: report error codes that are not in the catalog
//
// A code position is the code parameter of an error writer, the code field
// of an error-type literal, or the "code" key of a map literal (map[string]any,
// gin.H, echo.Map) that is a response body written with an error status,
// that holds "ok": false, or that is passed to an error writer. A constant
// string in a code position that is not a catalog code, and the empty code,
// are reported there. Constants are resolved through the type checker; a
// code the type checker cannot make constant is never guessed at.
//
// On the client side (a catalog configured or found, never the implicit
// default), a constant compared with a code-role expression is a code
// position too: e.Code == "RATE_LIMITED", !=, a switch case, a membership
// test (retryable[e.Code], slices.Contains(list, e.Code): each constant
// key or element). A code-role expression is the code field of an error
// type of your module (or named in types:), or the code field of a struct
// decoded from an *http.Response body. Presence tests ("" or 0) are never
// findings; ignore_types silences a type's comparisons.
//
// When one catalog code is clearly the nearest (RATE_LIMIT → RATE_LIMITED,
// rate_limited → RATE_LIMITED; among close candidates, one whose status
// matches the paired status wins), the message names it and the fix
// replaces the literal where it is written, or the constant's declaration
// when the constant is declared in the same package and every use of it is
// a code position with the same suggestion.
//
// Silence a finding with a comment "//errlint:ignore unknowncode reason".
package unknowncode
