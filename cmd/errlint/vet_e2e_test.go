package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/errlint/errlint/internal/e2etest"
)

// vetLineRE matches a finding line of go vet: FILE:LINE:COL: MESSAGE.
var vetLineRE = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):(\d+): (.*)$`)

// TestVetOutputOwnInputs: go vet runs its tool with -json whether or not
// the user asked for JSON, and its cache key leaves that choice out, so a
// plain go vet after go vet -json replays the JSON run's output. errlint's
// output must then be the same in both: every finding named (issue 19).
// Under go vet a package's findings come in file order, not in the random
// order of go vet's map of analyzers.
func TestVetOutputOwnInputs(t *testing.T) {
	t.Parallel()
	tree := maps.Clone(service)
	// A configuration of its own gives the tool an identity no earlier run
	// has cached, so the JSON run is the one go vet caches.
	tree[".errlint.yaml"] += fmt.Sprintf("# %s %d\n", t.Name(), time.Now().UnixNano())
	dir := writeTree(t, tree)
	bin := e2etest.Errlint(t)
	env := testEnv

	r := runWith(t, dir, env, "go", "vet", "-vettool="+bin, "-json", "./...")
	if !strings.Contains(r.Stdout+r.Stderr, `"category": "statusmismatch"`) {
		t.Errorf("go vet -json: want the analyzer's name in each finding's category:\n%s", r)
	}
	for range 3 { // three replays: the order of go vet's map is random
		r = runWith(t, dir, env, "go", "vet", "-vettool="+bin, "./...")
		var lines []string
		for _, m := range vetLineRE.FindAllStringSubmatch(r.Stderr, -1) {
			if !regexp.MustCompile(` \[[a-z]+\]$`).MatchString(m[4]) {
				t.Errorf("go vet after go vet -json: finding without its [NAME]: %s", m[0])
			}
			lines = append(lines, m[1]+":"+m[2])
		}
		want := []string{"api/api.go:11", "api/api.go:15", "api/api.go:19", "api/api.go:23"}
		if !slices.Equal(lines, want) {
			t.Fatalf("go vet findings at %v, want in file order %v:\n%s", lines, want, r)
		}
	}
}

// TestVetDependencyTypes: under go vet, errlint writes the types of a
// package outside the user's modules (a vendored module here) from its
// declarations, and keeps them in its cache across tool identities. The
// status the handler sends is the dependency's constant: an edit of the
// dependency must reach the finding (the cache key holds its files), and a
// new identity (an edit of .errlint.yaml) must read the cache, not write it.
func TestVetDependencyTypes(t *testing.T) {
	t.Parallel()
	e2etest.FullOnly(t, "go vet of a vendored dependency")
	dep := "vendor/example.com/dep/dep.go"
	dir := writeTree(t, map[string]string{
		"go.mod":                        "module example.com/svc\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n",
		"vendor/modules.txt":            "# example.com/dep v1.0.0\n## explicit; go 1.22\nexample.com/dep\n",
		"vendor/example.com/dep/go.mod": "module example.com/dep\n\ngo 1.22\n",
		dep:                             "package dep\n\n// Status is what the handler sends.\nconst Status = 500\n\nfunc helper() int { return Status }\n",
		".errlint.yaml":                 "catalog: embedded\n",
		"api/api.go": `package api

import (
	"net/http"

	"example.com/dep"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(dep.Status)
	w.Write([]byte("failed"))
}
`,
	})
	cache := t.TempDir()
	env := []string{"GOFLAGS=-mod=vendor", "GOWORK=off", "ERRLINT_CACHE=" + cache}
	bin := e2etest.Errlint(t)
	entries := func() int {
		list, _ := filepath.Glob(filepath.Join(cache, "vetx", "*"))
		return len(list)
	}
	vet := func(what, want string) {
		t.Helper()
		r := runWith(t, dir, env, "go", "vet", "-vettool="+bin, "./...")
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("%s: go vet does not report %q:\n%s", what, want, r)
		}
	}
	vet("first run", "error status 500 sent without an error code")
	written := entries()
	if written == 0 {
		t.Fatalf("first run: no vetx file in %s", filepath.Join(cache, "vetx"))
	}

	write(t, filepath.Join(dir, dep), "package dep\n\n// Status is what the handler sends.\nconst Status = 503\n\nfunc helper() int { return Status }\n")
	vet("after the dependency's edit", "error status 503 sent without an error code")
	if n := entries(); n != written+1 {
		t.Errorf("after the dependency's edit: %d vetx files, want %d (one new, for the dependency)", n, written+1)
	}

	// go vet gives a cgo package the files cgo generates, anew in its
	// work directory on each run: those packages are checked again.
	r := runWith(t, dir, env, "go", "list", "-deps", "-f", "{{if .CgoFiles}}{{.ImportPath}}{{end}}", "./...")
	cgo := strings.Fields(r.Stdout)
	write(t, filepath.Join(dir, ".errlint.yaml"), "catalog: embedded\n# a new identity\n")
	vet("under a new identity", "error status 503 sent without an error code")
	if n, most := entries(), written+1+len(cgo); n > most {
		t.Errorf("under a new identity: %d vetx files, want at most %d (all read from the cache but for the cgo packages %v)", n, most, cgo)
	}
}

// TestCacheTrimmedWhole: errlint trims its whole cache directory, not one
// part of it: an executable's digest, kept beside the fact cache, no run
// has used for long is removed by the next standalone run.
func TestCacheTrimmedWhole(t *testing.T) {
	t.Parallel()
	cache := t.TempDir()
	stale := filepath.Join(cache, "exe-0123456789abcdef")
	write(t, stale, "stale digest")
	long := time.Now().Add(-30 * 24 * time.Hour)
	if err := os.Chtimes(stale, long, long); err != nil {
		t.Fatal(err)
	}
	dir := writeTree(t, service)
	runWith(t, dir, append(slices.Clone(testEnv), "ERRLINT_CACHE="+cache), e2etest.Errlint(t), "./...")
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("a digest unused for 30 days is still in the cache (%v)", err)
	}
}
