package usercache

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func TestDir(t *testing.T) {
	t.Setenv("ERRLINT_CACHE", "off")
	if d := Dir(); d != "" {
		t.Errorf("ERRLINT_CACHE=off: Dir() = %q, want none", d)
	}
	t.Setenv("ERRLINT_CACHE", "/some/where")
	if d := Dir(); d != "/some/where" {
		t.Errorf("ERRLINT_CACHE=/some/where: Dir() = %q", d)
	}
	if runtime.GOOS == "linux" { // where XDG_CACHE_HOME names the user cache directory
		t.Setenv("ERRLINT_CACHE", "")
		t.Setenv("XDG_CACHE_HOME", "/xdg")
		if d, want := Dir(), filepath.Join("/xdg", "errlint"); d != want {
			t.Errorf("Dir() = %q, want %q", d, want)
		}
	}
}

func TestWriteAndTrim(t *testing.T) {
	dir := t.TempDir()
	fresh, old := filepath.Join(dir, "ab", "fresh"), filepath.Join(dir, "ab", "old")
	Write(fresh, []byte("1"))
	Write(old, []byte("2"))
	if data, err := os.ReadFile(fresh); err != nil || string(data) != "1" {
		t.Fatalf("Write then read: %q, %v", data, err)
	}
	if tmps, _ := filepath.Glob(filepath.Join(dir, "ab", "*.tmp")); len(tmps) > 0 {
		t.Errorf("Write left %v behind", tmps)
	}
	long := time.Now().Add(-2 * trimAge)
	if err := os.Chtimes(old, long, long); err != nil {
		t.Fatal(err)
	}
	Trim(dir)
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("Trim kept a file unused for %v", 2*trimAge)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("Trim removed a fresh file: %v", err)
	}
	// Within a day of the last trim, Trim does nothing.
	Write(old, []byte("2"))
	if err := os.Chtimes(old, long, long); err != nil {
		t.Fatal(err)
	}
	Trim(dir)
	if _, err := os.Stat(old); err != nil {
		t.Errorf("a second Trim the same day removed %s: %v", old, err)
	}
	// Touch makes an old file used.
	mark := filepath.Join(dir, "trimmed")
	if err := os.Chtimes(mark, long, long); err != nil {
		t.Fatal(err)
	}
	Touch(old)
	Trim(dir)
	if _, err := os.Stat(old); err != nil {
		t.Errorf("Trim removed a touched file: %v", err)
	}
}
