// Package response is errlint's shared analysis layer: it finds where a
// package writes HTTP statuses and error codes, pairs them, infers error
// writers across packages, knows which headers are set on each written
// response and reads //errlint:ignore directives. One base analyzer
// computes all of it per package; the analyzers read its Result and report.
package response
