package response

import (
	"golang.org/x/tools/go/analysis"
)

// Err returns the configuration or catalog error of the package, nil if
// its configuration is good. Its text is one or more lines
// "FILE:LINE: what is wrong".
func (r *Result) Err() error { return r.err }

// showErr shows the package's configuration error from a reporting
// analyzer, the way the driver shows it: as the analyzer's error (nogo,
// go vet, golangci-lint, errlint), or with ConfigDiagnostics as one
// diagnostic at the package clause of each analysed file, reported by the
// first reporter to run (gopls).
func (r *Result) showErr(pass *analysis.Pass) error {
	if !r.diagnoseErr {
		return r.err
	}
	r.mu.Lock()
	shown := r.errShown
	r.errShown = true
	r.mu.Unlock()
	if shown {
		return nil
	}
	for _, f := range pass.Files {
		if f.Name == nil {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:     f.Name.Pos(),
			End:     f.Name.End(),
			Message: "errlint configuration error: " + r.err.Error(),
		})
	}
	return nil
}
