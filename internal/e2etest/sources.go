package e2etest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// SourcesFile names the file of an acceptance module that lists the
// analysistest packages (directories under the repository's testdata/src,
// one a line; # starts a comment) the module is also made of: each
// package's .go files are copied into the module, in a directory of the
// package's base name, so that the handlers the analyzer's tests check on
// stubs are written once and checked on the real modules too.
const SourcesFile = "errlint.sources"

// HasSources reports whether the module in dir lists sources to add.
func HasSources(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, SourcesFile))
	return err == nil
}

// AddSources copies into the module in dir the .go files of the packages
// its SourcesFile lists; without that file it does nothing. A package
// that is missing or has no .go file, or a file already in the module,
// is an error.
func AddSources(dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, SourcesFile))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		pkg := strings.TrimSpace(sc.Text())
		if pkg == "" || strings.HasPrefix(pkg, "#") {
			continue
		}
		src := filepath.Join(RepoRoot, "testdata", "src", filepath.FromSlash(pkg))
		entries, err := os.ReadDir(src)
		if err != nil {
			return fmt.Errorf("%s: %v", SourcesFile, err)
		}
		dst := filepath.Join(dir, filepath.Base(src))
		if err := os.MkdirAll(dst, 0o755); err != nil {
			return err
		}
		n := 0
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			content, err := os.ReadFile(filepath.Join(src, e.Name()))
			if err != nil {
				return err
			}
			f, err := os.OpenFile(filepath.Join(dst, e.Name()), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil {
				return fmt.Errorf("%s: %v", SourcesFile, err)
			}
			_, err = f.Write(content)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			n++
		}
		if n == 0 {
			return fmt.Errorf("%s: %s has no .go file", SourcesFile, src)
		}
	}
	return sc.Err()
}
