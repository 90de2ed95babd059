package response

import (
	"github.com/errlint/errlint/config"
)

// Options configures one base analyzer: the driver's overrides of the
// configuration discovered for each package (.errlint.yaml).
type Options = config.Overrides

// resolve returns the settings for the package in dir.
func resolve(o Options, dir string) (*config.Settings, error) {
	return config.Resolve(o, dir)
}
