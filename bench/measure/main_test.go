package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMeasure runs the built command on a child that exits 3 after writing
// to its output, and checks the one-line report and the log.
func TestMeasure(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "measure")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	log := filepath.Join(dir, "log")
	out, err := exec.Command(bin, "-log", log, "-dir", dir, "--", "sh", "-c", "pwd; echo err >&2; exit 3").Output()
	if err != nil {
		t.Fatalf("measure failed: %v", err)
	}
	f := strings.Fields(string(out))
	if len(f) != 4 {
		t.Fatalf("report %q: want 4 fields", out)
	}
	if wall, err := strconv.ParseFloat(f[0], 64); err != nil || wall <= 0 {
		t.Errorf("wall %q", f[0])
	}
	if rss, err := strconv.Atoi(f[1]); err != nil || rss <= 0 {
		t.Errorf("rss %q", f[1])
	}
	if f[2] != "3" {
		t.Errorf("exit %q, want 3", f[2])
	}
	if _, err := strconv.ParseFloat(f[3], 64); err != nil {
		t.Errorf("cpu %q", f[3])
	}
	got, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if want := dir + "\nerr\n"; string(got) != want {
		t.Errorf("log %q, want %q", got, want)
	}
}
