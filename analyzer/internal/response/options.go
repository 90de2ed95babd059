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

	// ReadGoCatalog are Go-catalog declarations to read wherever they are,
	// in a dependency too, whatever the configuration says: errlint
	// catalog -go reads a dependency's catalog this way to snapshot it.
	// The configuration's own go_catalog never names a dependency.
	ReadGoCatalog []config.GoCatalogDecl
}
