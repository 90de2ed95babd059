// Package analyzer assembles errlint's analyzers: rawstatus, unknowncode,
// statusmismatch, authchallenge, retryafter, envelope, exitcode and
// retrydecision, built on one shared base for one configuration, and
// ignoredirective, which checks the //errlint:ignore directives after them.
package analyzer

import (
	"github.com/errlint/errlint/analyzer/authchallenge"
	"github.com/errlint/errlint/analyzer/envelope"
	"github.com/errlint/errlint/analyzer/exitcode"
	"github.com/errlint/errlint/analyzer/ignoredirective"
	"github.com/errlint/errlint/analyzer/internal/response"
	"github.com/errlint/errlint/analyzer/rawstatus"
	"github.com/errlint/errlint/analyzer/retryafter"
	"github.com/errlint/errlint/analyzer/retrydecision"
	"github.com/errlint/errlint/analyzer/statusmismatch"
	"github.com/errlint/errlint/analyzer/unknowncode"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
)

// Options configures a suite: the driver's overrides of the configuration
// files (a catalog, writers, types, analyzers turned off or on), and how a
// bad configuration is shown. The zero value discovers everything from
// .errlint.yaml files.
type Options struct {
	config.Overrides

	// ConfigDiagnostics reports a bad configuration or catalog as a
	// diagnostic at the package clause of each analysed file instead of as
	// an error of every analyzer: for gopls, which shows nothing of an
	// analyzer that fails.
	ConfigDiagnostics bool

	// ErrEveryReporter makes every reporter return a bad configuration or
	// catalog as its error, for a driver that prints each distinct error
	// once and may leave analyzers out of a run (errlint's own). Otherwise
	// ignoredirective alone returns it, so that nogo and golangci-lint,
	// which print every failing analyzer's error, print it once.
	ErrEveryReporter bool
}

// reporters are errlint's reporters, in the order New returns them; the
// directive checker follows them.
var reporters = []response.Reporter{rawstatus.Reporter, unknowncode.Reporter, statusmismatch.Reporter, authchallenge.Reporter, retryafter.Reporter, envelope.Reporter, exitcode.Reporter, retrydecision.Reporter}

// Names are the analyzers' names, in the order New returns them.
var Names = func() []string {
	var names []string
	for _, r := range reporters {
		names = append(names, r.Name)
	}
	return append(names, ignoredirective.Name)
}()

// New returns errlint's reporters sharing one base analyzer for the
// configuration o, then ignoredirective, which requires every reporter
// before it (a reporter added to the list is covered), in the order of
// Names. Each call returns fresh instances.
//
// Analyzers in o.Disable are still returned (a driver may list them), but
// they report nothing and do not take findings from the others: rawstatus
// reports a status that statusmismatch would have reported when
// statusmismatch is disabled.
func New(o Options) []*analysis.Analyzer {
	base := response.New(response.Options{Overrides: o.Overrides, ConfigDiagnostics: o.ConfigDiagnostics, ErrEveryReporter: o.ErrEveryReporter})
	var as []*analysis.Analyzer
	for _, r := range reporters {
		as = append(as, r.New(base))
	}
	return append(as, ignoredirective.New(base, as...))
}

// Base returns the shared base analyzer of a suite New returned, for a
// driver that wants its Result (see Unreached).
func Base(suite []*analysis.Analyzer) *analysis.Analyzer {
	for _, a := range suite {
		for _, r := range a.Requires {
			if r.Name == response.BaseName {
				return r
			}
		}
	}
	return nil
}

// Unreached returns the go_catalog declarations named by the configuration
// of a package that the package does not reach, from the base's Result of
// that package: its catalog is incomplete there, and unknowncode silent.
func Unreached(baseResult any) []string {
	if r, ok := baseResult.(*response.Result); ok {
		return r.Unreached
	}
	return nil
}
