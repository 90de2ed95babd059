// Package analyzer assembles errlint's analyzers: rawstatus, unknowncode and
// statusmismatch, built on one shared base for one configuration, and
// ignoredirective, which checks the //errlint:ignore directives after them.
package analyzer

import (
	"github.com/errlint/errlint/analyzer/ignoredirective"
	"github.com/errlint/errlint/analyzer/internal/response"
	"github.com/errlint/errlint/analyzer/rawstatus"
	"github.com/errlint/errlint/analyzer/statusmismatch"
	"github.com/errlint/errlint/analyzer/unknowncode"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
)

// Options configures a suite. The zero value discovers everything from
// .errlint.yaml files, as gopls does.
type Options struct {
	Catalog string          // absolute catalog path override ("" = discover)
	Writers []config.Writer // extra writers, joined with the configuration's
	Disable []string        // analyzers turned off by the driver
}

// Names are the analyzers' names, in the order New returns them.
var Names = []string{rawstatus.Name, unknowncode.Name, statusmismatch.Name, ignoredirective.Name}

// New returns rawstatus, unknowncode and statusmismatch sharing one base
// analyzer for the configuration o, then ignoredirective, which requires
// every reporter before it (a reporter added to the list is covered). Each
// call returns fresh instances.
//
// Analyzers in o.Disable are still returned (a driver may list them), but
// they report nothing and do not take findings from the others: rawstatus
// reports a status that statusmismatch would have reported when
// statusmismatch is disabled.
func New(o Options) []*analysis.Analyzer {
	base := response.New(response.Options{Catalog: o.Catalog, Writers: o.Writers, Disable: o.Disable})
	reporters := []*analysis.Analyzer{
		rawstatus.New(base),
		unknowncode.New(base),
		statusmismatch.New(base),
	}
	return append(reporters, ignoredirective.New(base, reporters...))
}
