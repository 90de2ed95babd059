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
//	          writers:
//	            - func: example.com/svc/httpx.Fail
//	              status: 1
//	              code: 2
//	          disable: [rawstatus]
//
// Settings (all optional; unknown keys and malformed values are errors):
//
//   - catalog: the catalog file, relative to the directory golangci-lint runs
//     in, else to its nearest parent directory holding that path, up to the
//     module root (golangci-lint does not tell plugins where its
//     configuration file is, and may run in a subdirectory). It wins over
//     the `catalog` of any .errlint.yaml; without it the nearest
//     .errlint.yaml decides, else the embedded default.
//   - writers: a list of error writers inference cannot see, each an object
//     with `func` (the full name as go/types prints it, e.g.
//     "(*example.com/svc/httpx.Responder).Fail"), and `status` and/or `code`,
//     0-based parameter indices, the receiver not counted. A list, not a map
//     keyed by function name: golangci-lint lower-cases map keys.
//   - disable: a list of analyzer names to turn off (rawstatus, unknowncode,
//     statusmismatch, ignoredirective), in addition to those the
//     .errlint.yaml disables.
package golangci

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/errlint/errlint/analyzer"
)

// Name is the name the plugin registers under, the key of its entry in
// linters.settings.custom and the linter golangci-lint attributes findings to.
const Name = "errlint"

func init() {
	register.Plugin(Name, New)
}

// plugin is one configured instance of errlint inside golangci-lint.
type plugin struct {
	opts analyzer.Options
}

// New decodes and validates the plugin settings golangci-lint passes from
// linters.settings.custom.errlint.settings.
func New(settings any) (register.LinterPlugin, error) {
	opts, err := decode(settings)
	if err != nil {
		return nil, err
	}
	return &plugin{opts: opts}, nil
}

// BuildAnalyzers returns errlint's analyzers for the configured options.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return analyzer.New(p.opts), nil
}

// GetLoadMode reports that errlint needs type information.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
