// Package wantfile runs golden tests of bad input files: each file of a
// directory must be refused, with an error text equal to its ".want"
// sibling. The catalog and config parsers share it.
package wantfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CheckBad parses every file of dir but the .want files with parse, which
// gets the name "bad/FILE", makes its own assertions and returns the error
// the file must produce. The error's text, with a final newline, must equal
// FILE.want; with update, FILE.want is written instead. It returns how many
// files were checked.
func CheckBad(t *testing.T, dir string, update bool, parse func(t *testing.T, name string, data []byte) error) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".want") {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			err = parse(t, "bad/"+filepath.Base(path), data)
			if err == nil {
				return // parse has failed the test already
			}
			got := err.Error() + "\n"
			if update {
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
	return n
}
