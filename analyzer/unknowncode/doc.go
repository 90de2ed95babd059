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
// Codes may be integers (any integer kind, typed constants included): they
// compare by value with the catalog's (`code: 40101`), are shown as
// numbers, and get no "did you mean" (40102 is another error, not a typo
// of 40101). Integer 0, like "", is the empty code. An integer equal to
// the status it is paired with, or spelled with a Status* constant
// (gin.H{"code": http.StatusBadRequest}), repeats the status and is no
// code. An integer field is a code field only by types:, by flow, or as
// json:"code" beside a separate status field.
//
// Code collisions: two differently named constants with one value, each
// the code of a descriptor (a literal with a constant status, or a Go
// catalog's entry), give one code two meanings. The later declaration in
// file order is reported, naming the other: "error code 1025 is declared
// twice: ErrorCodeInvalidTimezone here and ErrCodeTOTPPasscodeUsed at
// totp/errors.go:12". When both constants are declared in a dependency,
// the finding sits where this package uses the later one as a
// descriptor's code. A constant used only in comparisons is never part of
// a collision; one constant in several descriptors is one entry with
// several statuses.
//
// Under the implicit default (no catalog configured or found), no message
// suggests one of the embedded default's codes to a package that, with
// its dependencies, sends none of them. With `catalog: none` unknowncode
// is silent.
//
// Silence a finding with a comment "//errlint:ignore unknowncode reason".
package unknowncode
