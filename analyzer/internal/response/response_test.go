package response_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFacts checks, in one load, the inferred writers of three levels of
// packages (writers/...) and the header facts inferred for helpers and
// error writers (headers/httpx): every path, every path for a status, some
// paths, too late, and the unknown (a variable name, the writer handed to
// a handler); and paths read on the control-flow graph (headerpaths/facts).
func TestFacts(t *testing.T) {
	analysistest.Run(t, goldens.Testdata(t), response.New(response.Options{}),
		"writers/apierr", "writers/httpx", "writers/svc", "writers/envelope",
		"headers/httpx", "headerpaths/facts")
}
