package e2etest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestErrlintStd checks the summary of scripts/errlint-std.sh (make std)
// on stand-ins for errlint: it counts findings, not the notices errlint
// prints besides them, and fails on a crash or an unexpected exit status.
func TestErrlintStd(t *testing.T) {
	const notice = "errlint: no catalog configured; using the embedded default (40 codes) — see errlint init"
	for _, c := range []struct {
		name, stderr string
		exit         int
		ok           bool
		summary      string
	}{
		{"findings", notice + "\n/usr/local/go/src/net/http/a.go:1:2: raw status 201 [rawstatus]\n/usr/local/go/src/b.go:3:4: x [unknowncode]\n", 3, true,
			"errlint std exited 3 (2 findings, 1 other lines;"},
		{"clean", notice + "\n", 0, true, "errlint std exited 0 (0 findings, 1 other lines;"},
		{"crash", notice + "\npanic: boom\n", 2, false, "errlint std exited 2 (0 findings, 2 other lines;"},
		{"load error", "errlint: cannot load\n", 1, false, "errlint std exited 1 (0 findings, 1 other lines;"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			fake := filepath.Join(dir, "errlint")
			if err := os.WriteFile(filepath.Join(dir, "stderr"), []byte(c.stderr), 0o644); err != nil {
				t.Fatal(err)
			}
			script := "#!/bin/sh\n[ \"$1\" = std ] || exit 9\ncat \"$(dirname \"$0\")/stderr\" >&2\nexit " + strconv.Itoa(c.exit) + "\n"
			if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
				t.Fatal(err)
			}
			res, err := Run(dir, nil, "bash", filepath.Join(RepoRoot, "scripts", "errlint-std.sh"), fake, filepath.Join(dir, "std.log"))
			if err != nil {
				t.Fatal(err)
			}
			if (res.Code == 0) != c.ok {
				t.Errorf("exit %d, want success %v\n%s", res.Code, c.ok, res)
			}
			if !strings.HasPrefix(res.Stdout, c.summary) {
				t.Errorf("summary %q, want it to start with %q", res.Stdout, c.summary)
			}
		})
	}
}
