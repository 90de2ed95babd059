// Package golangci registers errlint as a golangci-lint v2 module plugin
// named "errlint".
//
// A golangci-lint binary that imports this package (see
// scripts/build-golangci.sh, or `golangci-lint custom` with .custom-gcl.yml)
// runs errlint's analyzers when the configuration enables the custom linter:
//
//	version: "2"
//	linters:
//	  default: none
//	  enable: [errlint]
//	  settings:
//	    custom:
//	      errlint:
//	        type: module
//	        description: HTTP error responses checked against the error-code catalog
//	        settings:
//	          catalog: api/errors.yaml
//	          types:
//	            - {type: example.com/svc/apierr.APIError, code: Code, status: HTTPStatusCode}
//	          writers:
//	            - func: example.com/svc/httpx.Fail
//	              status: 1
//	              code: 2
//	          disable: [rawstatus]
//
// Settings (all optional; read by the config package with the walk of an
// .errlint.yaml, so unknown keys and malformed values are the same errors,
// named by the setting's path, writers[0].status, instead of a line):
//
//   - catalog: the catalog file, relative to the directory golangci-lint runs
//     in, else to its nearest parent directory holding that path, up to the
//     module root (golangci-lint does not tell plugins where its
//     configuration file is); or "embedded" for the embedded default. With
//     go_catalog it wins over the catalog and go_catalog of every
//     .errlint.yaml; without both, the .errlint.yaml files decide, else the
//     embedded default.
//   - go_catalog: catalogs declared in Go, each {var|func|type|method: NAME}
//     (func may add arg: N); returns: full method names, the §13 form.
//   - writers: a list of error writers inference cannot see, each an object
//     with `func` (the full name as go/types prints it, e.g.
//     "(*example.com/svc/httpx.Responder).Fail"), and `status`, `code`,
//     `body`, `writer` (0-based parameter indices, the receiver not
//     counted) and `carries` (a constant status). A list, not a map keyed by function
//     name: golangci-lint lower-cases map keys.
//   - types: error types with the role of each field, {type, code, status,
//     ok, retryable, message}; ignore_types: full names of types that are
//     never error types. Both join the .errlint.yaml files' and win over them.
//   - disable: a list of analyzer names to turn off (rawstatus, unknowncode,
//     statusmismatch, authchallenge, retryafter, envelope, exitcode, retrydecision, ignoredirective), whatever the .errlint.yaml files say.
//
// Every .errlint.yaml of the module golangci-lint runs in (and above it),
// and the catalogs they name, are validated when the plugin is loaded: a
// bad one stops every run with its FILE:LINE, even one whose results
// golangci-lint has cached.
package golangci

import (
	"fmt"
	"os"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/config"
)

// Name is the name the plugin registers under, the key of its entry in
// linters.settings.custom and the linter golangci-lint attributes findings to.
const Name = "errlint"

func init() {
	register.Plugin(Name, New)
}

// plugin is one configured instance of errlint inside golangci-lint.
type plugin struct {
	overrides config.Overrides
}

// New decodes and validates the plugin settings golangci-lint passes from
// linters.settings.custom.errlint.settings.
func New(settings any) (register.LinterPlugin, error) {
	o, err := decode(settings)
	if err != nil {
		return nil, err
	}
	// golangci-lint caches results by source and by its own configuration,
	// not by errlint's files: a bad .errlint.yaml or catalog must stop every
	// run, cached or not, and New runs on every run.
	if wd, err := os.Getwd(); err == nil {
		if err := config.CheckModule(wd, config.Overrides{Catalog: o.Catalog}); err != nil {
			return nil, fmt.Errorf("errlint configuration:\n%w", err)
		}
	}
	return &plugin{overrides: o}, nil
}

// BuildAnalyzers returns errlint's analyzers for the configured options.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return analyzer.New(analyzer.Options{Overrides: p.overrides}), nil
}

// GetLoadMode reports that errlint needs type information.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
