package catalog

import (
	"errors"
	"flag"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/internal/wantfile"
)

var update = flag.Bool("update", false, "rewrite the .want files of testdata/bad")

// TestBadCatalogs parses every file of testdata/bad and compares the error
// text with the file's .want sibling. Errors name the file as "bad/NAME".
func TestBadCatalogs(t *testing.T) {
	n := wantfile.CheckBad(t, filepath.Join("testdata", "bad"), *update, func(t *testing.T, name string, data []byte) error {
		c, err := Parse(name, data)
		if err == nil {
			t.Fatalf("accepted: %d entries", len(c.Entries))
		}
		if c != nil {
			t.Error("half-loaded: a catalog and an error")
		}
		var list ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %T is not a non-empty ErrorList", err)
		}
		for _, e := range list {
			if e.File != name {
				t.Errorf("error names %q", e.File)
			}
		}
		return err
	})
	if n < 10 {
		t.Errorf("only %d bad catalogs", n)
	}
}
