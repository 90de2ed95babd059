package response_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/goldens"
	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestWriterFacts checks the inferred writers of three levels of packages.
func TestWriterFacts(t *testing.T) {
	analysistest.Run(t, goldens.Testdata(t), response.New(response.Options{}), "writers/apierr", "writers/httpx", "writers/svc", "writers/envelope")
}
