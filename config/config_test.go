package config

import (
	"errors"
	"flag"
	"path/filepath"
	"testing"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/internal/wantfile"
)

var update = flag.Bool("update", false, "rewrite the .want files of testdata/bad")

func TestBadConfigs(t *testing.T) {
	n := wantfile.CheckBad(t, filepath.Join("testdata", "bad"), *update, func(t *testing.T, name string, data []byte) error {
		f, err := Parse(name, data)
		if err == nil {
			t.Fatalf("accepted: %+v", f)
		}
		if f != nil {
			t.Error("a File and an error")
		}
		var list catalog.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %T is not a catalog.ErrorList", err)
		}
		return err
	})
	if n < 10 {
		t.Errorf("only %d bad configs", n)
	}
}
