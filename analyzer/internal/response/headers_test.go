package response_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestHeaderFacts checks the header facts inferred for helpers and error
// writers: every path, every path for a status, some paths, too late, and
// the unknown (a variable name, the writer handed to a handler); and
// (headerpaths/facts) paths read on the control-flow graph.
func TestHeaderFacts(t *testing.T) {
	analysistest.Run(t, goldens.Testdata(t), response.New(response.Options{}), "headers/httpx", "headerpaths/facts")
}
