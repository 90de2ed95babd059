package config

// Revision 4's configuration words (§13): the smallest parsing of them,
// kept in one file so that it can be reconciled with the full treatment of
// the revision's keys.

// NoCatalog is the word that, as `catalog: none`, records a service that
// sends no error code: no catalog is in effect, rawstatus's "sent without
// an error code", unknowncode and statusmismatch are off, and the other
// checks stay on.
const NoCatalog = "none"

// GoReturns is the go_catalog kind `returns:`: one method per error type
// returning one literal of an error type, named by an interface method
// ("(example.com/web.HTTPErrorProcessor).HTTPError": every implementation
// of it) or by a method of a type (every method of that name returning
// that type).
const GoReturns = "returns"
