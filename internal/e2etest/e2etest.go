// Package e2etest is the harness the end-to-end suites share (e2e,
// acceptance, cmd/errlint): it builds the errlint binary once per test
// binary (or takes the one ERRLINT_BIN names: `make check` and `make test`
// build it once for every suite) and the golangci-lint, gopls and nogo
// builds through their scripts, runs commands, and parses `errlint -json`
// into findings.
//
// Two sets of tests: `go test -short` (`make check`) leaves out the tests
// that need a tool binary besides errlint and the go command (NeedTool)
// and the slowest repeats of what other tests check (FullOnly); the full
// run (`make test`, which .ci/run runs) has them all, and there a missing
// tool fails its test, never skips it.
package e2etest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// RepoRoot is the errlint module's root directory, found from the working
// directory of the test (a package directory inside the module).
var RepoRoot = findRoot()

func findRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := dir; ; d = filepath.Dir(d) {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module github.com/errlint/errlint\n")) {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// once memoizes one build per process: its binary path or its failure.
type once struct {
	once sync.Once
	path string
	err  error
}

func (b *once) get(t testing.TB, what string, build func() (string, error)) string {
	t.Helper()
	b.once.Do(func() { b.path, b.err = build() })
	if b.err != nil {
		t.Fatalf("cannot build %s: %v", what, b.err)
	}
	return b.path
}

var (
	errlintBuild, golangciBuild, goplsBuild, nogoBuild once
	tmpDir                                             string // holds the errlint binary; Main removes it
)

// Main runs the tests of m and removes what the harness built for them; a
// suite's TestMain calls os.Exit(e2etest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	if tmpDir != "" {
		os.RemoveAll(tmpDir)
	}
	return code
}

// Errlint returns the errlint binary, built from the repository on first
// use (once per test binary), or the prebuilt binary ERRLINT_BIN names
// (for example of a given commit). A failed build fails the test, never
// skips it.
func Errlint(t testing.TB) string {
	t.Helper()
	return errlintBuild.get(t, "errlint", func() (string, error) {
		if bin := os.Getenv("ERRLINT_BIN"); bin != "" {
			return filepath.Abs(bin)
		}
		if RepoRoot == "" {
			return "", errors.New("the errlint module root is not above the working directory")
		}
		dir, err := os.MkdirTemp("", "errlint-e2etest-")
		if err != nil {
			return "", err
		}
		tmpDir = dir
		bin := filepath.Join(dir, "errlint")
		res, err := Run(RepoRoot, nil, "go", "build", "-o", bin, "./cmd/errlint")
		if err == nil {
			err = res.Check()
		}
		return bin, err
	})
}

// Full reports whether this is the full run, `make test`, which sets
// ERRLINT_TEST_FULL=1 (and .ci/run runs): there -short is an error for
// every test it would leave out, and a tool that cannot be had fails its
// test.
func Full() bool { return os.Getenv("ERRLINT_TEST_FULL") == "1" }

// NeedTool marks a test that needs what (a tool binary built or installed
// by a script: golangci-lint, gopls, nogo, the SARIF Multitool). Under
// -short (`make check`) the test is skipped, saying so; under -short in the
// full run (Full) it fails. Without -short it does nothing: the tool is
// built, and a failed build fails the test. (CI=true alone does not turn
// a skip into a failure here: CI services set it for every job, and a
// quick `make check` job is a fair use of -short.)
func NeedTool(t testing.TB, what string) {
	t.Helper()
	leftOut(t, "needs "+what, "needs "+what+", and -short leaves the tools out")
}

// FullOnly marks a (sub)test that `make test` runs and `make check` leaves
// out to stay within minutes: what (for example go vet's agreement with
// errlint on every acceptance module) is skipped under -short, saying so,
// and fails under -short in the full run, as NeedTool does.
func FullOnly(t testing.TB, what string) {
	t.Helper()
	leftOut(t, what, what+" is part of the full run, and -short leaves it out")
}

// leftOut ends t under -short: a skip that names what it leaves out, or,
// in the full run (Full), a failure that says why it may not.
func leftOut(t testing.TB, what, why string) {
	t.Helper()
	if !testing.Short() {
		return
	}
	if Full() {
		t.Fatalf("%s: the full run (ERRLINT_TEST_FULL=1, make test) is without -short", why)
	}
	t.Skipf("%s: left out under -short (make check); make test runs it", what)
}

// ToolMissing ends a test whose tool cannot be had (for example npm is
// not installed): a failure in the full run (Full) and under CI=true, a
// skip that says why elsewhere.
func ToolMissing(t testing.TB, msg string) {
	t.Helper()
	if Full() || os.Getenv("CI") == "true" {
		t.Fatalf("%s (a failure in make test and under CI=true)", msg)
	}
	t.Skipf("%s (a failure in make test and under CI=true)", msg)
}

// GolangciLint runs scripts/build-golangci.sh, which rebuilds
// bin/golangci-lint-errlint when its inputs changed and returns at once
// otherwise, and returns the binary.
func GolangciLint(t testing.TB) string {
	t.Helper()
	NeedTool(t, "golangci-lint (bin/golangci-lint-errlint)")
	return golangciBuild.get(t, "bin/golangci-lint-errlint", func() (string, error) {
		return script("build-golangci.sh", "golangci-lint-errlint")
	})
}

// Gopls runs scripts/build-gopls.sh the same way for bin/gopls-errlint.
func Gopls(t testing.TB) string {
	t.Helper()
	NeedTool(t, "gopls (bin/gopls-errlint)")
	return goplsBuild.get(t, "bin/gopls-errlint", func() (string, error) {
		return script("build-gopls.sh", "gopls-errlint")
	})
}

// Nogo runs scripts/build-nogo.sh, which rebuilds bin/nogo-errlint and
// bin/rules_go-builder when their inputs changed, and returns both.
func Nogo(t testing.TB) (nogo, builder string) {
	t.Helper()
	NeedTool(t, "nogo (bin/nogo-errlint)")
	nogo = nogoBuild.get(t, "bin/nogo-errlint", func() (string, error) {
		return script("build-nogo.sh", "nogo-errlint")
	})
	return nogo, filepath.Join(RepoRoot, "bin", "rules_go-builder")
}

func script(name, binary string) (string, error) {
	start := time.Now()
	res, err := Run(RepoRoot, nil, "bash", filepath.Join(RepoRoot, "scripts", name))
	if err == nil {
		err = res.Check()
	}
	if err != nil {
		return "", err
	}
	if d := time.Since(start); d > 5*time.Second {
		fmt.Fprintf(os.Stderr, "e2etest: scripts/%s took %s\n", name, d.Round(time.Second))
	}
	return filepath.Join(RepoRoot, "bin", binary), nil
}

// Result is the outcome of a command that ran.
type Result struct {
	Stdout, Stderr string
	Code           int    // exit status
	Cmd            string // the command line and its directory, for messages
}

func (r Result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.Code, r.Stdout, r.Stderr)
}

// Check returns an error, with the command and its output, unless it
// exited with 0 or one of ok.
func (r Result) Check(ok ...int) error {
	if r.Code == 0 || slices.Contains(ok, r.Code) {
		return nil
	}
	return fmt.Errorf("%s: exit status %d\nstdout:\n%s\nstderr:\n%s", r.Cmd, r.Code, Clip(r.Stdout), Clip(r.Stderr))
}

// Run runs name with args in dir, in the test process's environment
// followed by env (a later setting wins). The error says the command
// could not start; its exit status is in the result.
func Run(dir string, env []string, name string, args ...string) (Result, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String(),
		Cmd: fmt.Sprintf("%s %s (in %s)", name, strings.Join(args, " "), dir)}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		res.Code, err = exit.ExitCode(), nil
	}
	if err != nil {
		return res, fmt.Errorf("%s: %v", res.Cmd, err)
	}
	return res, nil
}

// Clip keeps command output in failure messages readable.
func Clip(s string) string {
	const max = 8000
	if len(s) > max {
		return s[:max] + "\n[... output clipped]"
	}
	return s
}

// Copy copies the directory src into a new temporary directory of t,
// whose name has its symbolic links resolved so that the paths tools print
// compare equal, and returns that directory.
func Copy(t testing.TB, src string) string {
	t.Helper()
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatalf("copying %s: %v", src, err)
	}
	return dst
}
