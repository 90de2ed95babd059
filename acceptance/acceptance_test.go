// Package acceptance checks errlint end to end against the contract in
// SPEC.md: every module under testdata/ is a small, realistic Go service
// whose expected findings are written on their lines as
//
//	w.WriteHeader(201) // want `raw status 201`
//
// (one or more Go string literals holding regular expressions, as in
// analysistest). For each module the test checks that
//
//   - `errlint -json ./...` reports exactly the wanted findings (file:line and
//     message), nothing more;
//   - `go vet -vettool=errlint ./...` reports the same set as errlint;
//   - the text output reports the same findings as -json, and the exit
//     status is 3 with findings, 0 without;
//   - fixes follow the SPEC (a literal with a net/http constant always gets
//     one, an invalid status and the empty code never do, at most one fix
//     per finding), and each fix applied alone leaves its file gofmt-clean;
//   - on a copy, `errlint -fix ./...` leaves code that builds, is gofmt-clean,
//     imports net/http at most once per file, no longer draws the findings
//     the fixes addressed, and that a second `errlint -fix` does not change.
//
// Under -short (make check) the go vet and -fix checks are left to the full
// run (make test); see e2etest.FullOnly.
//
// A case is a module directory under testdata/ (or a workspace: go.work and
// errlint.rundir naming the module to run in); an optional errlint.flags
// holds extra flags for errlint and go vet alike. A module with an
// errlint.sources file is also made of the analysistest packages it lists
// (testdata/src/frameworks/...: the handlers the analyzer's tests check on
// stubs run here on the real framework modules), copied in on a copy of the
// module; see e2etest.SourcesFile. ERRLINT_BIN tests a
// prebuilt binary instead of building the repository's.
package acceptance

import (
	"bytes"
	"fmt"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
	"github.com/errlint/errlint/internal/edit"
)

func TestMain(m *testing.M) { os.Exit(e2etest.Main(m)) }

// finding is one diagnostic, with its file relative to the module root.
type finding = e2etest.Finding

// want is one expectation from a `// want` comment.
type want struct {
	File string
	Line int
	Re   *regexp.Regexp
}

func TestAcceptance(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir, err := filepath.Abs(filepath.Join("testdata", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		root := dir
		if _, err := os.Stat(filepath.Join(dir, "go.work")); err == nil {
			// A workspace: errlint runs in the module named by errlint.rundir.
			sub, err := os.ReadFile(filepath.Join(dir, "errlint.rundir"))
			if err != nil {
				t.Fatalf("%s: a workspace case needs errlint.rundir: %v", e.Name(), err)
			}
			dir = filepath.Join(dir, strings.TrimSpace(string(sub)))
		} else if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			if e2etest.HasSources(root) {
				// Assembled from analysistest packages: on a copy.
				root = e2etest.Copy(t, root)
				if err := e2etest.AddSources(root); err != nil {
					t.Fatal(err)
				}
				dir = root
			}
			testModule(t, root, dir)
		})
	}
	if n == 0 {
		t.Fatal("no case modules under testdata")
	}
}

// testModule checks the case whose files are under root; errlint, go vet
// and go build run in dir (root itself, or a module of root's workspace).
func testModule(t *testing.T, root, dir string) {
	if root == dir { // (a workspace case has no dependencies outside it)
		if out, err := goCmd(dir, "mod", "download").CombinedOutput(); err != nil {
			t.Fatalf("go mod download: %v\n%s", err, out)
		}
	}
	wants := parseWants(t, dir)
	if len(wants) == 0 && e2etest.HasSources(root) {
		t.Fatalf("%s lists sources, and they hold no want comment", e2etest.SourcesFile)
	}
	flags := readFlags(t, dir)

	got, code := runErrlintJSON(t, dir, flags)
	if code != 0 {
		t.Errorf("errlint -json exited %d; the SPEC says 0 unless errlint itself failed", code)
	}
	t.Run("findings", func(t *testing.T) { compareWants(t, wants, got) })

	t.Run("fixes", func(t *testing.T) {
		checkFixPresence(t, dir, got)
		checkEachFix(t, dir, got)
	})

	t.Run("exit", func(t *testing.T) {
		stdout, stderr, code := run(t, dir, e2etest.Errlint(t), append(flags, "./...")...)
		// The text output reports the same findings as -json.
		var text []finding
		notices := 0
		for _, line := range strings.Split(stdout+stderr, "\n") {
			if strings.HasPrefix(line, "errlint: no catalog configured; using the embedded default") {
				if notices++; notices > 1 {
					t.Errorf("the implicit-default notice printed more than once")
				}
				continue
			}
			if m := vetLineRE.FindStringSubmatch(line); m != nil {
				f := vetFinding(dir, m)
				if f.Analyzer == "" {
					t.Errorf("errlint ./... printed a finding without its analyzer's name: %q", line)
				}
				text = append(text, f)
			} else if strings.TrimSpace(line) != "" {
				t.Errorf("errlint ./... printed a line that is not a finding: %q", line)
			}
		}
		ts, js := e2etest.Lines(dedupe(text), finding.String), e2etest.Lines(got, finding.String)
		if strings.Join(ts, "\n") != strings.Join(js, "\n") {
			t.Errorf("errlint text output and -json differ:\ntext:\n%s\njson:\n%s", strings.Join(ts, "\n"), strings.Join(js, "\n"))
		}
		exp := 0
		if len(got) > 0 {
			exp = 3
		}
		if code != exp {
			t.Errorf("errlint ./... exited %d with %d findings; want %d", code, len(got), exp)
		}
	})

	// go vet -vettool and the -fix round trip (go build, go vet, a second
	// -fix) are most of a module's time: make check (-short) leaves them
	// to make test; cmd/errlint's TestVetTool and TestFix run both on a
	// small module either way.
	t.Run("vet", func(t *testing.T) {
		e2etest.FullOnly(t, "go vet -vettool on every acceptance module")
		compareVet(t, dir, flags, got)
	})

	t.Run("fix", func(t *testing.T) {
		e2etest.FullOnly(t, "the -fix round trip on every acceptance module")
		checkFix(t, root, dir, flags, got)
	})
}

// goCmd is a go command in dir, isolated from any workspace around it.
func goCmd(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), caseEnv(dir)...)
	return cmd
}

// caseEnv is what isolates a case from the repository around it, added to
// the environment: no workspace unless the case has its own go.work (in dir
// or its parent).
func caseEnv(dir string) []string {
	env := []string{"GOFLAGS=-mod=readonly"}
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if _, err := os.Stat(filepath.Join(d, "go.work")); err == nil {
			return append(env, "GOFLAGS=")
		}
	}
	return append(env, "GOWORK=off")
}

// run runs name args in dir and returns stdout, stderr and the exit status.
func run(t *testing.T, dir, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	res, err := e2etest.Run(dir, caseEnv(dir), name, args...)
	if err != nil {
		t.Fatal(err)
	}
	return res.Stdout, res.Stderr, res.Code
}

// ---- expectations ----

var wantRE = regexp.MustCompile(`^(?://|/\*)\s*want\s+(.*?)\s*(?:\*/)?$`)

// parseWants reads every `// want` comment of every .go file of the module.
func parseWants(t *testing.T, dir string) []want {
	t.Helper()
	var ws []want
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				// As in analysistest, "// want" inside a comment (after an
				// //errlint:ignore directive's reason) starts expectations;
				// /* want … */ before a directive keeps the directive's text.
				text := c.Text
				if i := strings.Index(text[2:], "// want"); i >= 0 {
					text = text[i+2:]
				}
				m := wantRE.FindStringSubmatch(text)
				if m == nil {
					continue
				}
				line := fset.Position(c.Pos()).Line
				for _, lit := range splitLiterals(t, rel, line, m[1]) {
					re, err := regexp.Compile(lit)
					if err != nil {
						t.Fatalf("%s:%d: bad want regexp %q: %v", rel, line, lit, err)
					}
					ws = append(ws, want{File: rel, Line: line, Re: re})
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// splitLiterals splits `"a" ` + "`b`" into its Go string literals.
func splitLiterals(t *testing.T, file string, line int, s string) []string {
	var out []string
	s = strings.TrimSpace(s)
	for s != "" {
		var end int
		switch s[0] {
		case '`':
			end = strings.IndexByte(s[1:], '`') + 2
		case '"':
			end = 1
			for end < len(s) && s[end] != '"' {
				if s[end] == '\\' {
					end++
				}
				end++
			}
			end++
		default:
			t.Fatalf("%s:%d: want: expected a string literal at %q", file, line, s)
		}
		if end <= 1 || end > len(s) {
			t.Fatalf("%s:%d: want: unterminated literal %q", file, line, s)
		}
		lit, err := strconv.Unquote(s[:end])
		if err != nil {
			t.Fatalf("%s:%d: want: %v in %q", file, line, err, s[:end])
		}
		out = append(out, lit)
		s = strings.TrimSpace(s[end:])
	}
	return out
}

// compareWants checks findings == wants, line by line.
func compareWants(t *testing.T, wants []want, got []finding) {
	t.Helper()
	type key struct {
		file string
		line int
	}
	byLine := map[key][]finding{}
	for _, f := range got {
		k := key{f.File, f.Line}
		byLine[k] = append(byLine[k], f)
	}
	var problems []string
	for _, w := range wants {
		k := key{w.File, w.Line}
		fs := byLine[k]
		i := -1
		for j, f := range fs {
			if w.Re.MatchString(f.Message) {
				i = j
				break
			}
		}
		if i < 0 {
			var on []string
			for _, f := range fs {
				on = append(on, fmt.Sprintf("%q", f.Message))
			}
			extra := ""
			if len(on) > 0 {
				extra = "; on that line: " + strings.Join(on, ", ")
			}
			problems = append(problems, fmt.Sprintf("MISSING  %s:%d: no finding matching `%s`%s", w.File, w.Line, w.Re, extra))
			continue
		}
		byLine[k] = append(fs[:i:i], fs[i+1:]...)
	}
	for _, fs := range byLine {
		for _, f := range fs {
			problems = append(problems, "UNEXPECTED "+f.String())
		}
	}
	sort.Strings(problems)
	if len(problems) > 0 {
		t.Errorf("errlint findings differ from the // want comments (%d problems):\n%s", len(problems), strings.Join(problems, "\n"))
	}
}

// ---- errlint -json ----

// runErrlintJSON runs `errlint -json ./...` in dir.
func runErrlintJSON(t *testing.T, dir string, flags []string) ([]finding, int) {
	t.Helper()
	fs, res := e2etest.ErrlintJSON(t, dir, caseEnv(dir), flags...)
	return dedupe(fs), res.Code
}

// relFile makes a reported file name relative to the module root dir; a
// file outside it keeps its name.
func relFile(dir, file string) string {
	if rel, err := e2etest.Rel(dir, file); err == nil {
		return rel
	}
	return filepath.ToSlash(file)
}

// dedupe drops exact repeats (a package and its test variant report the
// same non-test file twice) and sorts the findings by their text.
func dedupe(fs []finding) []finding {
	seen := map[string]bool{}
	var out []finding
	for _, f := range fs {
		k := f.String()
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// ---- go vet -vettool ----

var vetLineRE = regexp.MustCompile(`^(?:vet: )?(\S+\.go):(\d+):(\d+): (.*)$`)

// nameRE is the analyzer's name that text and go vet output end each
// finding with (SPEC §8); JSON carries it in its own field.
var nameRE = regexp.MustCompile(` \[[a-z]+\]$`)

// vetFinding is the finding of a match of vetLineRE in dir: its message
// without the trailing " [NAME]", which names its analyzer ("" if none).
func vetFinding(dir string, m []string) finding {
	l, _ := strconv.Atoi(m[2])
	c, _ := strconv.Atoi(m[3])
	f := finding{File: relFile(dir, m[1]), Line: l, Col: c, Message: m[4]}
	if loc := nameRE.FindStringIndex(m[4]); loc != nil {
		f.Message, f.Analyzer = m[4][:loc[0]], m[4][loc[0]+2:len(m[4])-1]
	}
	return f
}

func compareVet(t *testing.T, dir string, flags []string, standalone []finding) {
	t.Helper()
	args := append(append([]string{"vet", "-vettool=" + e2etest.Errlint(t)}, flags...), "./...")
	stdout, stderr, code := run(t, dir, "go", args...)
	var vet []finding
	var other []string
	for _, line := range strings.Split(stdout+stderr, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		m := vetLineRE.FindStringSubmatch(line)
		if m == nil {
			other = append(other, line)
			continue
		}
		f := vetFinding(dir, m)
		if f.Analyzer == "" {
			other = append(other, line+"    (no analyzer name)")
		}
		vet = append(vet, f)
	}
	vet = dedupe(vet)
	if len(other) > 0 {
		t.Errorf("go vet -vettool printed lines that are not findings (exit %d):\n%s", code, strings.Join(other, "\n"))
	}
	if len(vet) > 0 && code == 0 {
		t.Errorf("go vet -vettool exited 0 with %d findings", len(vet))
	}
	a := map[string]bool{}
	for _, f := range standalone {
		a[f.String()] = true
	}
	b := map[string]bool{}
	for _, f := range vet {
		b[f.String()] = true
	}
	var diff []string
	for k := range a {
		if !b[k] {
			diff = append(diff, "only errlint: "+k)
		}
	}
	for k := range b {
		if !a[k] {
			diff = append(diff, "only go vet:  "+k)
		}
	}
	sort.Strings(diff)
	if len(diff) > 0 {
		t.Errorf("go vet -vettool and errlint disagree (%d):\n%s", len(diff), strings.Join(diff, "\n"))
	}
}

// ---- errlint -fix ----

func checkFix(t *testing.T, root, dir string, flags []string, before []finding) {
	t.Helper()
	tmpRoot := e2etest.Copy(t, root)
	sub, _ := filepath.Rel(root, dir)
	tmp := filepath.Join(tmpRoot, sub)
	orig := snapshot(t, tmpRoot)
	if out, stderr, _ := run(t, tmpRoot, "gofmt", "-l", "."); strings.TrimSpace(out+stderr) != "" {
		t.Fatalf("case module is not gofmt-clean before the fix (fix the test data):\n%s%s", out, stderr)
	}
	fixArgs := append(append([]string{"-fix"}, flags...), "./...")
	stdout, stderr, code := run(t, tmp, e2etest.Errlint(t), fixArgs...)
	if code != 0 && code != 3 {
		t.Fatalf("errlint -fix exited %d\n%s%s", code, stdout, stderr)
	}
	fixed := snapshot(t, tmpRoot)
	changed := 0
	for f, s := range fixed {
		if orig[f] != s {
			changed++
		}
	}
	nfix := 0
	for _, f := range before {
		if len(f.Fixes) > 0 {
			nfix++
		}
	}
	if nfix > 0 && changed == 0 {
		t.Errorf("errlint -fix changed no file although %d findings carry a fix", nfix)
	}

	if _, stderr, code := run(t, tmp, "go", "build", "./..."); code != 0 {
		t.Errorf("go build after errlint -fix failed:\n%s%s", stderr, diffAll(orig, fixed))
	}
	if _, stderr, code := run(t, tmp, "go", "vet", "./..."); code != 0 {
		t.Errorf("go vet (stock analyzers) after errlint -fix failed:\n%s", stderr)
	}
	if out, stderr, _ := run(t, tmpRoot, "gofmt", "-l", "."); strings.TrimSpace(out+stderr) != "" {
		t.Errorf("gofmt -l after errlint -fix lists:\n%s%s%s", out, stderr, diffAll(orig, fixed))
	}
	for f, s := range fixed {
		if strings.HasSuffix(f, ".go") && strings.Count(s, `"net/http"`) > 1 {
			t.Errorf("%s imports net/http more than once after errlint -fix:\n%s", f, diffOne(f, orig[f], s))
		}
	}

	// A second run reports nothing the fixes addressed: no finding with the
	// same file, message and fix comes back.
	after, _ := runErrlintJSON(t, tmp, flags)
	addressed := map[string]finding{}
	for _, f := range before {
		if len(f.Fixes) > 0 {
			addressed[f.File+"\x00"+f.Message+"\x00"+f.Fix()] = f
		}
	}
	for _, f := range after {
		if len(f.Fixes) == 0 {
			continue
		}
		if b, ok := addressed[f.File+"\x00"+f.Message+"\x00"+f.Fix()]; ok {
			t.Errorf("after errlint -fix, %s is reported again with the same fix %q (was %s)", f, f.Fix(), b)
		}
	}

	// -fix is idempotent.
	if _, _, code := run(t, tmp, e2etest.Errlint(t), fixArgs...); code != 0 && code != 3 {
		t.Errorf("second errlint -fix exited %d", code)
	}
	again := snapshot(t, tmpRoot)
	for f, s := range again {
		if fixed[f] != s {
			t.Errorf("second errlint -fix changed %s:\n%s", f, diffOne(f, fixed[f], s))
		}
	}
	if t.Failed() {
		t.Logf("the fixes errlint applied:\n%s", diffAll(orig, fixed))
	}
}

// snapshot maps each file of the tree (relative name) to its contents.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		m[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func diffAll(a, b map[string]string) string {
	var names []string
	for f := range b {
		if a[f] != b[f] {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, f := range names {
		sb.WriteString(diffOne(f, a[f], b[f]))
	}
	return sb.String()
}

// diffOne is a small line diff: the changed lines of b against a, each
// with its line number (enough to read a fix, not a general diff).
func diffOne(name, a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	// Trim the common prefix and suffix.
	i := 0
	for i < len(al) && i < len(bl) && al[i] == bl[i] {
		i++
	}
	j := 0
	for j < len(al)-i && j < len(bl)-i && al[len(al)-1-j] == bl[len(bl)-1-j] {
		j++
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s (lines %d..)\n", name, i+1)
	for _, l := range al[i : len(al)-j] {
		fmt.Fprintf(&sb, "-%s\n", l)
	}
	for _, l := range bl[i : len(bl)-j] {
		fmt.Fprintf(&sb, "+%s\n", l)
	}
	return sb.String()
}

// readFlags reads the optional errlint.flags file of a case module: extra
// command-line flags (one per line) given to errlint and to go vet alike.
func readFlags(t *testing.T, dir string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "errlint.flags"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var flags []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			flags = append(flags, l)
		}
	}
	return flags
}

var (
	intLitRE    = regexp.MustCompile(`^[0-9]+`)
	statusSelRE = regexp.MustCompile(`^\w+\.Status[A-Z]`)
	didYouRE    = regexp.MustCompile(`; did you mean ([A-Za-z0-9_.-]+)\?$`)
	mismatchRE  = regexp.MustCompile(`^error code \S+ (?:in \S+ )?sent with status \d+; the catalog says (\d+)`)
	invalidRE   = regexp.MustCompile(`^status -?\d+ is not a valid HTTP status`)
	emptyCodeRE = regexp.MustCompile(`^empty error code|^error code "" `)
	codelessRE  = regexp.MustCompile(`^error status \d+ sent without an error code`)
)

// checkFixPresence checks the SPEC's rules on which findings carry a fix:
// a finding at an integer literal that net/http has a constant for always
// does (rawstatus, statusmismatch); an invalid status and the empty code
// never do; an unknown code at a string literal with a named suggestion
// does; a mismatch at a status expression is fixed to the catalog's
// default status.
func checkFixPresence(t *testing.T, dir string, got []finding) {
	t.Helper()
	files := map[string][]string{}
	for _, f := range got {
		lines, ok := files[f.File]
		if !ok {
			data, err := os.ReadFile(filepath.Join(dir, f.File))
			if err != nil {
				t.Fatal(err)
			}
			lines = strings.Split(string(data), "\n")
			files[f.File] = lines
		}
		at := ""
		if f.Line-1 < len(lines) && f.Col-1 <= len(lines[f.Line-1]) {
			at = lines[f.Line-1][f.Col-1:]
		}
		fix := f.Fix()
		switch {
		case invalidRE.MatchString(f.Message), emptyCodeRE.MatchString(f.Message), codelessRE.MatchString(f.Message):
			// (a code-less error status: a constant in place of a literal
			// would not give the response a code; the literal is its own
			// finding, SPEC revision 3)
			if fix != "" {
				t.Errorf("%s: carries fix %q; the SPEC gives none", f, fix)
			}
		case mismatchRE.MatchString(f.Message):
			want := mismatchRE.FindStringSubmatch(f.Message)[1]
			n, _ := strconv.Atoi(want)
			atStatus := intLitRE.MatchString(at) || statusSelRE.MatchString(at)
			switch c := statusConst[n]; {
			case fix == "" && atStatus && c != "":
				t.Errorf("%s: no fix; the SPEC wants the status replaced by http.%s", f, c)
			case fix != "" && !strings.Contains(fix, c):
				t.Errorf("%s: fix %q; the SPEC wants the status replaced by http.%s", f, fix, c)
			case fix != "" && (strings.HasPrefix(at, `"`) || strings.HasPrefix(at, "`")):
				t.Errorf("%s: a carried-status mismatch (at the code) carries fix %q; the SPEC gives none", f, fix)
			}
		case headerRE.MatchString(f.Message), okFalseRE.MatchString(f.Message):
			if fix != "" {
				t.Errorf("%s: carries fix %q; the SPEC gives none", f, fix)
			}
		case okTrueRE.MatchString(f.Message):
			if fix != "Use false" {
				t.Errorf("%s: fix %q; the SPEC wants ok set to false", f, fix)
			}
		case retryableRE.MatchString(f.Message):
			if want := "Use " + retryableRE.FindStringSubmatch(f.Message)[1]; fix != want {
				t.Errorf("%s: fix %q; the SPEC wants the catalog's value (%s)", f, fix, want)
			}
		case didYouRE.MatchString(f.Message):
			near := didYouRE.FindStringSubmatch(f.Message)[1]
			if (strings.HasPrefix(at, `"`) || strings.HasPrefix(at, "`")) && !strings.Contains(fix, near) {
				t.Errorf("%s: fix %q; the SPEC wants the literal replaced by %s", f, fix, near)
			}
		default:
			if m := intLitRE.FindString(at); m != "" {
				n, _ := strconv.Atoi(m)
				c := statusConst[n]
				switch {
				case c != "" && !strings.Contains(fix, c):
					t.Errorf("%s: fix %q on literal %d; the SPEC wants a fix to http.%s", f, fix, n, c)
				case c == "" && fix != "":
					t.Errorf("%s: fix %q on literal %d, which net/http has no constant for", f, fix, n)
				}
			}
		}
	}
}

// The §7 findings: the header checks and envelope's status rule carry no
// fix; envelope's ok and retryable rules carry one.
var (
	headerRE    = regexp.MustCompile(`^\d{3} response .*without a (WWW-Authenticate|Retry-After)|^Retry-After set on a response`)
	okFalseRE   = regexp.MustCompile(`^body with "ok": false sent with non-error status`)
	okTrueRE    = regexp.MustCompile(`^"ok": true in a body sent with error status`)
	retryableRE = regexp.MustCompile(`^"retryable": (?:true|false) for error code \S+; the catalog says (true|false)$`)
)

// statusConst names net/http's constant for a status.
var statusConst = map[int]string{
	100: "StatusContinue", 101: "StatusSwitchingProtocols", 102: "StatusProcessing", 103: "StatusEarlyHints",
	200: "StatusOK", 201: "StatusCreated", 202: "StatusAccepted", 203: "StatusNonAuthoritativeInfo",
	204: "StatusNoContent", 205: "StatusResetContent", 206: "StatusPartialContent", 207: "StatusMultiStatus",
	208: "StatusAlreadyReported", 226: "StatusIMUsed",
	300: "StatusMultipleChoices", 301: "StatusMovedPermanently", 302: "StatusFound", 303: "StatusSeeOther",
	304: "StatusNotModified", 305: "StatusUseProxy", 307: "StatusTemporaryRedirect", 308: "StatusPermanentRedirect",
	400: "StatusBadRequest", 401: "StatusUnauthorized", 402: "StatusPaymentRequired", 403: "StatusForbidden",
	404: "StatusNotFound", 405: "StatusMethodNotAllowed", 406: "StatusNotAcceptable", 407: "StatusProxyAuthRequired",
	408: "StatusRequestTimeout", 409: "StatusConflict", 410: "StatusGone", 411: "StatusLengthRequired",
	412: "StatusPreconditionFailed", 413: "StatusRequestEntityTooLarge", 414: "StatusRequestURITooLong",
	415: "StatusUnsupportedMediaType", 416: "StatusRequestedRangeNotSatisfiable", 417: "StatusExpectationFailed",
	418: "StatusTeapot", 421: "StatusMisdirectedRequest", 422: "StatusUnprocessableEntity", 423: "StatusLocked",
	424: "StatusFailedDependency", 425: "StatusTooEarly", 426: "StatusUpgradeRequired", 428: "StatusPreconditionRequired",
	429: "StatusTooManyRequests", 431: "StatusRequestHeaderFieldsTooLarge", 451: "StatusUnavailableForLegalReasons",
	500: "StatusInternalServerError", 501: "StatusNotImplemented", 502: "StatusBadGateway", 503: "StatusServiceUnavailable",
	504: "StatusGatewayTimeout", 505: "StatusHTTPVersionNotSupported", 506: "StatusVariantAlsoNegotiates",
	507: "StatusInsufficientStorage", 508: "StatusLoopDetected", 510: "StatusNotExtended", 511: "StatusNetworkAuthenticationRequired",
}

// TestVetFollowsCatalogEdits edits the catalog and the .errlint.yaml of a
// copy of the bucket module between two go vet runs: go vet's cached
// results must not hide the change, and go vet must still agree with
// errlint.
func TestVetFollowsCatalogEdits(t *testing.T) {
	t.Parallel()
	src, err := filepath.Abs(filepath.Join("testdata", "bucket"))
	if err != nil {
		t.Fatal(err)
	}
	dir := e2etest.Copy(t, src)
	vet := func() []finding {
		stdout, stderr, _ := run(t, dir, "go", "vet", "-vettool="+e2etest.Errlint(t), "./...")
		var out []finding
		for _, line := range strings.Split(stdout+stderr, "\n") {
			if m := vetLineRE.FindStringSubmatch(line); m != nil {
				f := vetFinding(dir, m)
				if f.Analyzer == "" {
					t.Errorf("go vet printed a finding without its analyzer's name: %q", line)
				}
				out = append(out, f)
			}
		}
		return dedupe(out)
	}
	has := func(fs []finding, sub string) bool {
		for _, f := range fs {
			if strings.Contains(f.Message, sub) {
				return true
			}
		}
		return false
	}
	before := vet()
	if !has(before, "error code SlowDown sent with status 429; the catalog says 503") {
		t.Fatalf("go vet before the edit lacks the SlowDown finding:\n%v", before)
	}

	// SlowDown becomes a 429 code: the finding must go away.
	cat := filepath.Join(dir, "s3codes.yaml")
	data, err := os.ReadFile(cat)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "  - code: SlowDown\n    status: 503", "  - code: SlowDown\n    status: [503, 429]", 1)
	if edited == string(data) {
		t.Fatal("catalog edit did not apply")
	}
	if err := os.WriteFile(cat, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	after := vet()
	if has(after, "error code SlowDown sent with status 429") {
		t.Errorf("go vet still reports SlowDown with 429 after the catalog allows it (stale vet cache):\n%v", after)
	}
	standalone, _ := runErrlintJSON(t, dir, nil)
	if fmt.Sprint(after) != fmt.Sprint(stripFixes(standalone)) {
		t.Errorf("after the catalog edit, go vet and errlint disagree:\ngo vet:  %v\nerrlint: %v", after, standalone)
	}

	// Dropping the writers from .errlint.yaml drops the Send findings.
	cfg := filepath.Join(dir, ".errlint.yaml")
	if err := os.WriteFile(cfg, []byte("catalog: s3codes.yaml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	noWriters := vet()
	if has(noWriters, "AccessDenied sent with status 404") {
		t.Errorf("go vet still reports through the configured writer after it was removed from .errlint.yaml (stale vet cache):\n%v", noWriters)
	}
}

func stripFixes(fs []finding) []finding {
	out := make([]finding, len(fs))
	for i, f := range fs {
		f.Fixes = nil
		out[i] = f
	}
	return out
}

// checkEachFix applies every suggested fix on its own to the original
// files and checks that each edited file still parses, is gofmt-clean and
// that the fix's message names what it writes.
func checkEachFix(t *testing.T, dir string, got []finding) {
	t.Helper()
	for _, f := range got {
		for _, fix := range f.Fixes {
			if len(fix.Edits) == 0 {
				t.Errorf("%s: fix %q has no edits", f, fix.Message)
				continue
			}
			byFile := map[string][]edit.Edit{}
			for _, e := range fix.Edits {
				byFile[e.File] = append(byFile[e.File], e.Edit)
			}
			for name, es := range byFile {
				rel, err := e2etest.Rel(dir, name)
				if err != nil {
					t.Errorf("%s: fix %q edits %s, outside the module", f, fix.Message, name)
					continue
				}
				src, err := os.ReadFile(filepath.Join(dir, rel))
				if err != nil {
					t.Fatal(err)
				}
				out, err := edit.Apply(src, es)
				if err != nil {
					t.Errorf("%s: fix %q: %v", f, fix.Message, err)
					continue
				}
				formatted, err := format.Source(out)
				if err != nil {
					t.Errorf("%s: fix %q alone leaves %s unparsable: %v\n%s", f, fix.Message, rel, err, diffOne(rel, string(src), string(out)))
					continue
				}
				// Edits are as small as the change (SPEC §2, revision 3): gofmt
				// may realign comments around one (the drivers that apply
				// fixes format what they change), but nothing more.
				if !bytes.Equal(stripSpace(formatted), stripSpace(out)) {
					t.Errorf("%s: fix %q alone leaves %s needing more than a re-alignment by gofmt:\n%s", f, fix.Message, rel, diffOne(rel, string(out), string(formatted)))
				}
			}
		}
	}
}

// stripSpace returns src without blanks and tabs.
func stripSpace(src []byte) []byte {
	return bytes.Map(func(r rune) rune {
		if r == ' ' || r == '\t' {
			return -1
		}
		return r
	}, src)
}
