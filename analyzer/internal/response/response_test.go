package response_test

import (
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis/analysistest"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestWriterFacts checks the inferred writers of three levels of packages.
func TestWriterFacts(t *testing.T) {
	analysistest.Run(t, testdata(t), response.New(response.Options{}), "writers/apierr", "writers/httpx", "writers/svc")
}
