package e2e

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
)

func TestMain(m *testing.M) { os.Exit(e2etest.Main(m)) }

// finding is one diagnostic, with its file relative to the analysed module.
type finding = e2etest.Finding

// run runs a command in dir, outside any workspace, with extra environment
// variables. It returns an error, with the command's output, when the
// command could not run or exited with a status other than 0 or one of okCodes.
func run(dir string, env []string, name string, args ...string) (e2etest.Result, error) {
	return runOK(dir, env, nil, name, args...)
}

func runOK(dir string, env []string, okCodes []int, name string, args ...string) (e2etest.Result, error) {
	res, err := e2etest.Run(dir, append([]string{"GOWORK=off"}, env...), name, args...)
	if err != nil {
		return res, err
	}
	return res, res.Check(okCodes...)
}

var download struct {
	once sync.Once
	err  error
}

// serviceCopy copies examples/service into a fresh directory and makes
// sure its module dependencies are downloaded.
func serviceCopy(t *testing.T) string {
	t.Helper()
	src := filepath.Join(e2etest.RepoRoot, "examples", "service")
	if _, err := os.Stat(filepath.Join(src, "go.mod")); err != nil {
		t.Fatalf("the example service is missing: %v", err)
	}
	dst := e2etest.Copy(t, src)
	download.once.Do(func() { _, download.err = run(dst, nil, "go", "mod", "download") })
	if download.err != nil {
		t.Fatalf("cannot download the example service's dependencies: %v", download.err)
	}
	return dst
}

// errlintFindings runs errlint -json on ./... in dir, which must exit 0.
func errlintFindings(t *testing.T, dir string, args ...string) []finding {
	t.Helper()
	fs, res := e2etest.ErrlintJSON(t, dir, []string{"GOWORK=off"}, args...)
	if err := res.Check(); err != nil {
		t.Fatal(err)
	}
	return fs
}

// relTo makes name relative to dir, with forward slashes.
func relTo(t *testing.T, dir, name string) string {
	t.Helper()
	rel, err := e2etest.Rel(dir, name)
	if err != nil {
		t.Fatal(err)
	}
	return rel
}

// goFiles lists the .go files under dir, relative to it.
func goFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			out = append(out, relTo(t, dir, path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// writeFile writes a file or fails the test.
func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
