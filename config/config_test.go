package config

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errlint/errlint/catalog"
)

var update = flag.Bool("update", false, "rewrite the .want files of testdata/bad")

func TestBadConfigs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "bad", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".want") {
			continue
		}
		n++
		name := "bad/" + filepath.Base(path)
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
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
			got := err.Error() + "\n"
			if *update {
				if err := os.WriteFile(path+".want", []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path + ".want")
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
	if n < 10 {
		t.Errorf("only %d bad configs", n)
	}
}
