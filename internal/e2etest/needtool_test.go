package e2etest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNeedToolHelper is run by TestNeedTool in a child process.
func TestNeedToolHelper(t *testing.T) {
	if os.Getenv("E2ETEST_NEEDTOOL_HELPER") != "1" {
		t.Skip("run by TestNeedTool")
	}
	if os.Getenv("E2ETEST_FULLONLY") == "1" {
		FullOnly(t, "go vet on every acceptance module")
	} else {
		NeedTool(t, "gopls (bin/gopls-errlint)")
	}
	t.Log("ran past NeedTool")
}

// TestNeedTool runs TestNeedToolHelper (NeedTool, or FullOnly) in this
// test binary with and without -short, in and out of the full run: a tool
// test is skipped under -short outside the full run (CI=true included),
// fails under -short in the full run, and runs otherwise.
func TestNeedTool(t *testing.T) {
	for _, c := range []struct {
		name  string
		short bool
		env   []string
		want  string // in the child's verbose output
	}{
		{"check", true, nil, "--- SKIP: TestNeedToolHelper"},
		{"check in CI", true, []string{"CI=true"}, "--- SKIP: TestNeedToolHelper"}, // a quick CI job
		{"check in make test", true, []string{"ERRLINT_TEST_FULL=1"}, "--- FAIL: TestNeedToolHelper"},
		{"test", false, nil, "ran past NeedTool"},
		{"test in CI", false, []string{"CI=true"}, "ran past NeedTool"},
		{"FullOnly in check", true, []string{"E2ETEST_FULLONLY=1"}, "--- SKIP: TestNeedToolHelper"},
		{"FullOnly in make test with -short", true, []string{"E2ETEST_FULLONLY=1", "ERRLINT_TEST_FULL=1"}, "--- FAIL: TestNeedToolHelper"},
		{"FullOnly in test", false, []string{"E2ETEST_FULLONLY=1"}, "ran past NeedTool"},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"-test.run=^TestNeedToolHelper$", "-test.v"}
			if c.short {
				args = append(args, "-test.short")
			}
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), "E2ETEST_NEEDTOOL_HELPER=1", "CI=", "ERRLINT_TEST_FULL=", "E2ETEST_FULLONLY=")
			cmd.Env = append(cmd.Env, c.env...)
			out, _ := cmd.CombinedOutput()
			if !strings.Contains(string(out), c.want) {
				t.Errorf("want %q in the output:\n%s", c.want, out)
			}
		})
	}
}
