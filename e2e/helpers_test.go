package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// repoRoot is the errlint module root, the parent of this package's
// directory (go test runs tests in the package's directory).
var repoRoot, _ = filepath.Abs("..")

// built memoizes one build per process: its binary path or its failure.
type built struct {
	once sync.Once
	path string
	err  error
}

var (
	errlintBuild  built
	golangciBuild built
	goplsBuild    built
	downloadOnce  built
)

func (b *built) get(t *testing.T, what string, build func() (string, error)) string {
	t.Helper()
	b.once.Do(func() { b.path, b.err = build() })
	if b.err != nil {
		t.Fatalf("cannot build %s: %v", what, b.err)
	}
	return b.path
}

// errlintBin builds bin/errlint from the repository.
func errlintBin(t *testing.T) string {
	return errlintBuild.get(t, "bin/errlint", func() (string, error) {
		out := filepath.Join(repoRoot, "bin", "errlint")
		_, err := run(repoRoot, nil, "go", "build", "-o", out, "./cmd/errlint")
		return out, err
	})
}

// golangciBin runs scripts/build-golangci.sh, which rebuilds
// bin/golangci-lint-errlint when its inputs changed and returns at once otherwise.
func golangciBin(t *testing.T) string {
	return golangciBuild.get(t, "bin/golangci-lint-errlint", func() (string, error) {
		return script("build-golangci.sh", "golangci-lint-errlint")
	})
}

// goplsBin runs scripts/build-gopls.sh the same way for bin/gopls-errlint.
func goplsBin(t *testing.T) string {
	return goplsBuild.get(t, "bin/gopls-errlint", func() (string, error) {
		return script("build-gopls.sh", "gopls-errlint")
	})
}

func script(name, binary string) (string, error) {
	start := time.Now()
	if _, err := run(repoRoot, nil, "bash", filepath.Join(repoRoot, "scripts", name)); err != nil {
		return "", err
	}
	if d := time.Since(start); d > 5*time.Second {
		fmt.Fprintf(os.Stderr, "e2e: scripts/%s took %s\n", name, d.Round(time.Second))
	}
	return filepath.Join(repoRoot, "bin", binary), nil
}

// result is the outcome of a command that ran.
type result struct {
	stdout, stderr string
	code           int
}

// run runs a command in dir with extra environment variables. It returns
// an error, with the command's output, when the command could not run or
// exited with a status other than 0 or one of okCodes.
func run(dir string, env []string, name string, args ...string) (result, error) {
	return runOK(dir, env, nil, name, args...)
}

func runOK(dir string, env []string, okCodes []int, name string, args ...string) (result, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
		if slices.Contains(okCodes, res.code) {
			err = nil
		}
	}
	if err != nil {
		return res, fmt.Errorf("%s %s (in %s): %v\nstdout:\n%s\nstderr:\n%s",
			name, strings.Join(args, " "), dir, err, clip(res.stdout), clip(res.stderr))
	}
	return res, nil
}

// clip keeps command output in failure messages readable.
func clip(s string) string {
	const max = 8000
	if len(s) > max {
		return s[:max] + "\n[... output clipped]"
	}
	return s
}

// serviceCopy copies examples/service into a fresh directory and makes
// sure its module dependencies are downloaded.
func serviceCopy(t *testing.T) string {
	t.Helper()
	src := filepath.Join(repoRoot, "examples", "service")
	if _, err := os.Stat(filepath.Join(src, "go.mod")); err != nil {
		t.Fatalf("the example service is missing: %v", err)
	}
	dst := t.TempDir()
	// Resolve symbolic links so that paths tools print compare equal.
	dst, err := filepath.EvalSymlinks(dst)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatalf("copying the example service: %v", err)
	}
	downloadOnce.get(t, "the example service's dependencies", func() (string, error) {
		_, err := run(dst, nil, "go", "mod", "download")
		return "", err
	})
	return dst
}

// finding is one diagnostic, with its file relative to the analysed
// module's root.
type finding struct {
	File      string
	Line, Col int
	Analyzer  string // "" when the tool does not say
	Message   string
	Fix       string     // title of the suggested fix, "" if none
	Edits     []textEdit // edits of the suggested fix
}

type textEdit struct {
	File       string // absolute
	Start, End int    // byte offsets
	New        string
}

func (f finding) String() string {
	s := fmt.Sprintf("%s:%d:%d: ", f.File, f.Line, f.Col)
	if f.Analyzer != "" {
		s += f.Analyzer + ": "
	}
	return s + f.Message
}

// withoutAnalyzer is f's position and message alone.
func (f finding) withoutAnalyzer() string {
	return fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Col, f.Message)
}

// errlintFindings runs bin/errlint -json on ./... in dir.
func errlintFindings(t *testing.T, dir string, args ...string) []finding {
	t.Helper()
	args = append(append([]string{"-json"}, args...), "./...")
	res, err := run(dir, nil, errlintBin(t), args...)
	if err != nil {
		t.Fatal(err)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(res.stdout), &tree); err != nil {
		t.Fatalf("errlint -json printed something else than JSON: %v\n%s", err, clip(res.stdout))
	}
	type diag struct {
		Posn           string `json:"posn"`
		Message        string `json:"message"`
		SuggestedFixes []struct {
			Message string `json:"message"`
			Edits   []struct {
				Filename   string `json:"filename"`
				Start, End int
				New        string `json:"new"`
			} `json:"edits"`
		} `json:"suggested_fixes"`
	}
	seen := map[string]bool{}
	var out []finding
	for pkg, analyzers := range tree {
		for name, raw := range analyzers {
			var failure struct{ Error string }
			if json.Unmarshal(raw, &failure) == nil && failure.Error != "" {
				t.Fatalf("errlint: analyzer %s failed on %s: %s", name, pkg, failure.Error)
			}
			var diags []diag
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("errlint -json: %s %s: %v", pkg, name, err)
			}
			for _, d := range diags {
				f := parsePosn(t, dir, d.Posn)
				f.Analyzer, f.Message = name, d.Message
				if len(d.SuggestedFixes) > 1 {
					t.Errorf("%s: %d suggested fixes, want at most one", f, len(d.SuggestedFixes))
				}
				if len(d.SuggestedFixes) > 0 {
					fix := d.SuggestedFixes[0]
					f.Fix = fix.Message
					for _, e := range fix.Edits {
						f.Edits = append(f.Edits, textEdit{File: e.Filename, Start: e.Start, End: e.End, New: e.New})
					}
				}
				if k := f.String(); !seen[k] { // a file of p is also in "p [p.test]"
					seen[k] = true
					out = append(out, f)
				}
			}
		}
	}
	sortFindings(out)
	return out
}

var posnRE = regexp.MustCompile(`^(.*):(\d+):(\d+)$`)

// parsePosn parses "file:line:col", making file relative to dir.
func parsePosn(t *testing.T, dir, posn string) finding {
	t.Helper()
	m := posnRE.FindStringSubmatch(posn)
	if m == nil {
		t.Fatalf("bad position %q", posn)
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	return finding{File: relTo(t, dir, m[1]), Line: line, Col: col}
}

// relTo makes name relative to dir, with forward slashes.
func relTo(t *testing.T, dir, name string) string {
	t.Helper()
	if !filepath.IsAbs(name) {
		return filepath.ToSlash(name)
	}
	rel, err := filepath.Rel(dir, name)
	if err != nil || strings.HasPrefix(rel, "..") {
		t.Fatalf("%s is outside %s", name, dir)
	}
	return filepath.ToSlash(rel)
}

func sortFindings(fs []finding) {
	slices.SortFunc(fs, func(a, b finding) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		if a.Col != b.Col {
			return a.Col - b.Col
		}
		return strings.Compare(a.String(), b.String())
	})
}

// strings of the findings, by f.
func lines(fs []finding, f func(finding) string) []string {
	var out []string
	for _, x := range fs {
		out = append(out, f(x))
	}
	slices.Sort(out)
	return out
}

// compareLines reports the lines only in want or only in got.
func compareLines(t *testing.T, wantName string, want []string, gotName string, got []string) {
	t.Helper()
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	for _, g := range got {
		count[g]--
	}
	var missing, extra []string
	for l, n := range count {
		for ; n > 0; n-- {
			missing = append(missing, l)
		}
		for ; n < 0; n++ {
			extra = append(extra, l)
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	if len(missing)+len(extra) > 0 {
		t.Errorf("%s and %s disagree\nonly in %s:\n\t%s\nonly in %s:\n\t%s",
			wantName, gotName, wantName, strings.Join(missing, "\n\t"), gotName, strings.Join(extra, "\n\t"))
	}
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
