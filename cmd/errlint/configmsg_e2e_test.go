package main

import (
	"strings"
	"testing"
)

// storefront is a module whose configuration names a writer with a typo
// (issue 19: storefront.apiEror was accepted silently, even with -v).
var storefront = map[string]string{
	"go.mod": "module example.com/shop\n\ngo 1.22\n",
	"storefront/storefront.go": `package storefront

import "net/http"

func apiError(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	w.Write([]byte(code))
}

func Get(w http.ResponseWriter, r *http.Request) {
	apiError(w, 404, "NOT_FOUND")
	w.WriteHeader(201)
}
`,
}

// TestConfigProblemsOnce: a writers: entry whose function its loaded
// package lacks is an error at its line, with the name it most likely
// meant; each configuration problem is printed once per run, with no
// "failed prerequisites" line; an entry whose package is not loaded is
// listed by -v.
func TestConfigProblemsOnce(t *testing.T) {
	t.Parallel()
	tree := map[string]string{".errlint.yaml": "catalog: embedded\nwriters:\n  - {func: example.com/shop/storefront.apiEror, status: 1, code: 2}\n  - {func: example.com/elsewhere.Fail, code: 0}\n"}
	for k, v := range storefront {
		tree[k] = v
	}
	dir := writeTree(t, tree)
	r := errlint(t, dir, "-v", "./...")
	want := `.errlint.yaml:3: writer "example.com/shop/storefront.apiEror": example.com/shop/storefront declares no function apiEror; did you mean apiError?`
	if r.Code != 1 || strings.Count(r.Stderr, want) != 1 {
		t.Errorf("want exit 1 and once %q:\n%s", want, r)
	}
	if strings.Contains(r.Stderr, "prerequisites") {
		t.Errorf("a failed prerequisites line:\n%s", r)
	}
	if !strings.Contains(r.Stderr, `.errlint.yaml:4: writer "example.com/elsewhere.Fail" not checked: package example.com/elsewhere is not analysed in this run`) {
		t.Errorf("-v does not list the writer of a package not loaded:\n%s", r)
	}

	// An index that looks like a status: one line, with a hint at carries.
	tree[".errlint.yaml"] = "catalog: embedded\nwriters:\n  - {func: example.com/shop/storefront.apiError, status: 404, code: 2}\n"
	dir = writeTree(t, tree)
	r = errlint(t, dir, "./...")
	want = `.errlint.yaml:3: "status" is a parameter index (0-based), and 404 looks like an HTTP status: for a writer that always sends 404, write carries: 404`
	if r.Code != 1 || strings.Count(r.Stderr, "404 looks like") != 1 || !strings.Contains(r.Stderr, want) || strings.Contains(r.Stderr, "prerequisites") {
		t.Errorf("want exit 1 and once %q:\n%s", want, r)
	}

	// A go_catalog that yields no entry is an error of errlint ./... too.
	tree[".errlint.yaml"] = "go_catalog:\n  - var: example.com/shop/storefront.codes\n"
	tree["storefront/codes.go"] = "package storefront\n\nvar codes = map[string]int{}\n"
	dir = writeTree(t, tree)
	r = errlint(t, dir, "./...")
	want = `.errlint.yaml:2: go_catalog var "example.com/shop/storefront.codes" yields no entry`
	if r.Code != 1 || strings.Count(r.Stderr, want) != 1 {
		t.Errorf("want exit 1 and once %q:\n%s", want, r)
	}
}
