package response

import (
	"github.com/errlint/errlint/config"
)

// Options configures one base analyzer: the driver's overrides of the
// configuration discovered for each package (.errlint.yaml), and how a bad
// configuration is shown.
type Options struct {
	config.Overrides

	// ConfigDiagnostics makes a bad configuration or catalog a diagnostic
	// at the package clause of each analysed file instead of an error of
	// the reporting analyzers. gopls needs it: it shows nothing of an
	// analyzer that fails. nogo needs the error: it shows the errors of
	// the analyzers it lists.
	ConfigDiagnostics bool

	// ErrEveryReporter makes every reporting analyzer return a bad
	// configuration or catalog as its error, for a driver that prints each
	// distinct error once and may leave analyzers out of a run (errlint's
	// own). Otherwise only the analyzer built by Reporter.After returns it
	// and the reporters it requires skip silently, so that a driver that
	// prints the error of every failing analyzer (nogo, golangci-lint)
	// prints it once, with no "failed prerequisites" of that analyzer.
	ErrEveryReporter bool

	// Tests makes the _test.go files of the user's packages files errlint
	// reads and reports on, like the others: errlint catalog -usage -test
	// counts the codes tests send and read. The reporters never set it.
	Tests bool

	// ReadGoCatalog are Go-catalog declarations to read wherever they are,
	// in a dependency too, whatever the configuration says: errlint
	// catalog -go reads a dependency's catalog this way to snapshot it.
	// The configuration's own go_catalog never names a dependency.
	ReadGoCatalog []config.GoCatalogDecl
}
