// Package catalogs holds the catalog files bench/run.sh lints real services
// with when a service declares no catalog errlint can read (bench/configs
// holds the others).
// The test keeps them loadable and free of hygiene problems.
package catalogs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/catalog"
)

func TestCatalogsLoad(t *testing.T) {
	files, err := filepath.Glob("*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"oci.yaml": 14, "s3.yaml": 33}
	if len(files) != len(want) {
		t.Errorf("catalog files = %v, want %d of them", files, len(want))
	}
	for _, f := range files {
		c, err := catalog.Parse(f, mustRead(t, f))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if n := len(c.Entries); n != want[f] {
			t.Errorf("%s: %d entries, want %d", f, n, want[f])
		}
		for _, p := range c.Check() {
			if transcribed[f+":"+p.Code] {
				continue
			}
			t.Errorf("%s:%d: hygiene: %s: %s", f, p.Line, p.Code, p.Msg)
		}
	}
}

// transcribed are the hygiene problems these catalogs keep on purpose,
// because they transcribe a published API as it is: S3 answers a
// conditional GET with the error code NotModified and status 304, which
// catalog -check rightly flags in a catalog a team writes.
var transcribed = map[string]bool{"s3.yaml:NotModified": true}

// TestOCIStatuses pins the statuses distribution registers as each code's default.
func TestOCIStatuses(t *testing.T) {
	c, err := catalog.Parse("oci.yaml", mustRead(t, "oci.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for code, status := range map[string]int{
		"BLOB_UNKNOWN": 404, "BLOB_UPLOAD_INVALID": 404, "BLOB_UPLOAD_UNKNOWN": 404,
		"DIGEST_INVALID": 400, "MANIFEST_UNKNOWN": 404, "NAME_UNKNOWN": 404,
		"UNAUTHORIZED": 401, "DENIED": 403, "UNSUPPORTED": 405, "TOOMANYREQUESTS": 429,
	} {
		e, ok := c.Lookup(code)
		if !ok {
			t.Errorf("%s missing", code)
			continue
		}
		if e.Statuses[0] != status {
			t.Errorf("%s: default status %d, want %d", code, e.Statuses[0], status)
		}
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
