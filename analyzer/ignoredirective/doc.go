// Package ignoredirective defines an Analyzer that checks errlint's own
// //errlint:ignore directives.
//
// # Analyzer ignoredirective
//
// ignoredirective: report //errlint:ignore directives that are malformed, name unknown analyzers or silence nothing
//
// A directive "//errlint:ignore NAME[,NAME] reason" silences the named
// analyzers ("all" names every one) on its own line, or on the next line
// when it stands alone. This analyzer runs after all of errlint's other
// analyzers and reports, at the comment, once per directive:
//
//   - a comment that misspells the directive and so is not read: a space
//     after // ("// errlint:ignore"), another word ("//errlint:ignroe",
//     "//errlint:disable"), a /* */ comment;
//   - a directive with no analyzer name, or with no reason (it silences
//     nothing without one);
//   - a name that is no errlint analyzer (the message suggests the nearest);
//   - a directive that silenced no finding, which is stale or on the wrong
//     line. A directive naming an analyzer that is disabled for the
//     package is never reported as silencing nothing.
//
// There is no fix. Disable this analyzer like any other (-ignoredirective=false,
// disable: [ignoredirective]); its own findings can be silenced by a
// directive naming ignoredirective.
package ignoredirective
