package response

import (
	"github.com/errlint/errlint/catalog"
)

// Writer of the configuration: a function named by its full name whose
// parameters carry a status and/or a code.
type ConfigWriter struct {
	Func   string
	Status *int
	Code   *int
}

// Options configures one base analyzer: the driver's overrides of the
// discovered configuration.
type Options struct {
	Catalog string         // absolute catalog path; "" = discover
	Writers []ConfigWriter // joined with the configuration's
	Disable []string       // analyzers turned off by the driver
}

// settings is the configuration that applies to one package.
type settings struct {
	catalog  *catalog.Catalog
	writers  []ConfigWriter
	disabled map[string]bool
}

// resolve returns the settings for the package in dir.
func resolve(o Options, dir string) (*settings, error) {
	s := &settings{disabled: map[string]bool{}, writers: o.Writers}
	for _, name := range o.Disable {
		s.disabled[name] = true
	}
	if o.Catalog != "" {
		c, err := catalog.Load(o.Catalog)
		if err != nil {
			return nil, err
		}
		s.catalog = c
	} else {
		s.catalog = catalog.Default()
	}
	return s, nil
}
