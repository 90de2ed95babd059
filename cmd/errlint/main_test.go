package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestInvocationMode(t *testing.T) {
	for _, c := range []struct {
		args []string
		want mode
	}{
		{[]string{"./..."}, modeStandalone},
		{[]string{"-json", "./..."}, modeStandalone},
		{[]string{"-V=full"}, modeVersion},
		{[]string{"--V=full"}, modeVersion},
		{[]string{"-flags"}, modeVet},
		{[]string{"-json", "/tmp/go-build1/b001/vet.cfg"}, modeVet},
		{[]string{"-catalog=c.json", "-fix", "/tmp/b001/vet.cfg"}, modeVet},
		{[]string{"-catalog", "c.json", "/tmp/b001/vet.cfg"}, modeVet},
		{[]string{"-catalog", "x.cfg", "./..."}, modeStandalone},
		{[]string{"./a", "b.cfg"}, modeStandalone},
		{[]string{"--", "vet.cfg"}, modeVet},
	} {
		if got := invocationMode(c.args); got != c.want {
			t.Errorf("invocationMode(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}

func TestEnableFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		off  []string
	}{
		{nil, nil},
		{[]string{"-rawstatus"}, []string{"unknowncode", "statusmismatch", "authchallenge", "retryafter", "envelope", "exitcode", "retrydecision", "ignoredirective"}},
		{[]string{"-rawstatus=true", "-statusmismatch"}, []string{"unknowncode", "authchallenge", "retryafter", "envelope", "exitcode", "retrydecision", "ignoredirective"}},
		{[]string{"-ignoredirective=false"}, []string{"ignoredirective"}},
		{[]string{"-rawstatus=false"}, []string{"rawstatus"}},
		{[]string{"-unknowncode=false", "-statusmismatch=false"}, []string{"unknowncode", "statusmismatch"}},
		{[]string{"-rawstatus=false", "-unknowncode"}, []string{"rawstatus", "statusmismatch", "authchallenge", "retryafter", "envelope", "exitcode", "retrydecision", "ignoredirective"}},
		{[]string{"-authchallenge", "-envelope"}, []string{"rawstatus", "unknowncode", "statusmismatch", "retryafter", "exitcode", "retrydecision", "ignoredirective"}},
		{[]string{"-retryafter=false"}, []string{"retryafter"}},
	} {
		fs, f := newFlagSet(new(bytes.Buffer))
		if err := fs.Parse(append(c.args, "./...")); err != nil {
			t.Fatal(err)
		}
		if got := disabledByFlags(f.enable); !reflect.DeepEqual(got, c.off) {
			t.Errorf("%q disables %q, want %q", c.args, got, c.off)
		}
		// The vet-tool prescan agrees with the flag package.
		if got := disabledByFlags(scanVetArgs(append(c.args, "x/vet.cfg")).enable); !reflect.DeepEqual(got, c.off) {
			t.Errorf("vet: %q disables %q, want %q", c.args, got, c.off)
		}
	}
}

func TestScanVetArgs(t *testing.T) {
	v := scanVetArgs([]string{"-json", "-catalog", "codes.yaml", "-c", "2", "/b/vet.cfg"})
	if !v.hasCatalog || v.catalog != "codes.yaml" || v.cfgFile != "/b/vet.cfg" {
		t.Errorf("got %+v", v)
	}
	v = scanVetArgs([]string{"--catalog=/abs/c.md", "-fix", "/b/vet.cfg"})
	if v.catalog != "/abs/c.md" {
		t.Errorf("got %+v", v)
	}
}

func TestStandaloneFlagErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := mainArgs([]string{"-nosuchflag", "./..."}, &stdout, &stderr); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	// (No packages means ./..., as in go vet: TestFirstHourCommandLine.)
	// A missing -catalog file fails at once with one line naming it, before
	// anything is loaded, and not with the flag package's exit status 2.
	stderr.Reset()
	missing := filepath.Join(t.TempDir(), "codes.json")
	if code := mainArgs([]string{"-catalog", missing, "./..."}, &stdout, &stderr); code != 1 {
		t.Errorf("missing catalog: exit %d, want 1", code)
	}
	if lines := strings.Split(strings.TrimSpace(stderr.String()), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], missing+":") {
		t.Errorf("missing catalog: stderr %q", stderr.String())
	}
}

func TestHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := mainArgs([]string{"help"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"rawstatus", "unknowncode", "statusmismatch", "authchallenge", "retryafter", "envelope", "errlint catalog", "-catalog", "-json", "-fix", "-diff", "go vet -vettool", "Exit status"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("help lacks %q", want)
		}
	}
	stdout.Reset()
	if code := mainArgs([]string{"-h"}, &stdout, &stderr); code != 0 {
		t.Errorf("-h: exit %d", code)
	}
}

// TestVetCatalogPath: under go vet the tool runs in each package's
// directory; a relative -catalog names a file relative to the module root.
func TestVetCatalogPath(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "go.mod"), "module m\n")
	write(t, filepath.Join(root, "codes.json"), "{}")
	pkg := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, found := vetCatalogPath("codes.json", pkg); !found || got != filepath.Join(root, "codes.json") {
		t.Errorf("relative: %s, %v", got, found)
	}
	if got, found := vetCatalogPath("nope.json", pkg); found || got != filepath.Join(root, "nope.json") {
		t.Errorf("missing: %s, %v", got, found)
	}
	abs := filepath.Join(root, "codes.json")
	if got, found := vetCatalogPath(abs, t.TempDir()); !found || got != abs {
		t.Errorf("absolute: %s, %v", got, found)
	}
}

func TestConfigFiles(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "go.mod"), "module m\n")
	write(t, filepath.Join(root, ".errlint.yaml"), "")
	write(t, filepath.Join(root, "svc", ".errlint.json"), "")
	write(t, filepath.Join(root, "testdata", ".errlint.yaml"), "")
	write(t, filepath.Join(root, ".git", ".errlint.yaml"), "")
	write(t, filepath.Join(root, "vendor", "x", ".errlint.yaml"), "")
	got := configFiles(filepath.Join(root, "svc"))
	want := []string{filepath.Join(root, ".errlint.yaml"), filepath.Join(root, "svc", ".errlint.json")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("configFiles = %q, want %q", got, want)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
