package main

import (
	"fmt"
	"maps"
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
