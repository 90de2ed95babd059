package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
)

// A module with two catalogs: the root's (errors.yaml) and other/'s
// (other.json). Package api sends A_SENT once, B_TWICE three times (429,
// 503, and a status that is not constant) and the unknown NOPE; C_UNUSED
// and D_UNUSED are sent nowhere. Package other, under its own catalog,
// sends NOPE (known there) and A_SENT (unknown there).
var usageModule = map[string]string{
	"go.mod":        "module example.com/usage\n\ngo 1.22\n",
	".errlint.yaml": "catalog: errors.yaml\n",
	"errors.yaml": `codes:
  - {code: A_SENT, status: 404, domain: d, retryable: false, message: "Not found."}
  - {code: B_TWICE, status: [429, 503], domain: d, retryable: true, message: "Slow down."}
  - {code: C_UNUSED, status: 500, domain: d, retryable: false, message: "Oops."}
  - {code: D_UNUSED, status: 503, domain: d, retryable: true, message: "Later."}
`,
	"httpx/httpx.go": `package httpx

import (
	"encoding/json"
	"net/http"
)

type envelope struct {
	OK   bool   ` + "`json:\"ok\"`" + `
	Code string ` + "`json:\"code\"`" + `
}

// Fail writes an error envelope.
func Fail(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(envelope{Code: code})
}
`,
	"api/api.go": `package api

import (
	"net/http"

	"example.com/usage/httpx"
)

func Handle(w http.ResponseWriter, r *http.Request, s int) {
	httpx.Fail(w, http.StatusNotFound, "A_SENT")
	httpx.Fail(w, http.StatusTooManyRequests, "B_TWICE")
	httpx.Fail(w, http.StatusServiceUnavailable, "B_TWICE")
	httpx.Fail(w, s, "B_TWICE")
	httpx.Fail(w, http.StatusNotFound, "NOPE")
}
`,
	"other/.errlint.yaml": "catalog: other.json\n",
	"other/other.json":    `{"codes": [{"code": "NOPE", "status": 404, "domain": "o", "retryable": false, "message": "Nope."}]}` + "\n",
	"other/other.go": `package other

import (
	"net/http"

	"example.com/usage/httpx"
)

func Handle(w http.ResponseWriter) {
	httpx.Fail(w, http.StatusNotFound, "NOPE")
	httpx.Fail(w, http.StatusGone, "A_SENT")
}
`,
}

func TestCatalogUsageJSON(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, usageModule)
	r := errlint(t, dir, "catalog", "-usage", "-format", "json", "./...")
	if r.Code != 0 {
		t.Fatalf("want exit 0:\n%s", r)
	}
	var rep usageReport
	if err := json.Unmarshal([]byte(r.Stdout), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.Stdout)
	}
	// One line per catalog: its packages, codes sent with their places,
	// unreferenced codes, unknown codes with their places.
	var got []string
	for _, c := range rep.Catalogs {
		line := fmt.Sprintf("%s %v |", c.Source, c.Packages)
		for _, u := range c.Codes {
			if len(u.Places) > 0 {
				line += " " + usageOf(u)
			}
		}
		line += fmt.Sprintf(" | unreferenced %v | unknown", c.Unreferenced)
		for _, u := range c.Unknown {
			line += " " + usageOf(u)
		}
		got = append(got, line)
	}
	want := []string{
		"errors.yaml [example.com/usage/api example.com/usage/httpx] |" +
			" A_SENT[404]@api/api.go:10:37/404" +
			" B_TWICE[429 503]@api/api.go:11:44/429,api/api.go:12:47/503,api/api.go:13:19/0" +
			" | unreferenced [C_UNUSED D_UNUSED] | unknown NOPE[404]@api/api.go:14:37/404",
		"other/other.json [example.com/usage/other] | NOPE[404]@other/other.go:10:37/404" +
			" | unreferenced [] | unknown A_SENT[410]@other/other.go:11:33/410",
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("got\n%s\nwant\n%s\noutput:\n%s", g, w, r.Stdout)
	}
}

func usageOf(u *codeUsage) string {
	var ps []string
	for _, p := range u.Places {
		ps = append(ps, fmt.Sprintf("%s/%d", p.Pos, p.Status))
	}
	return fmt.Sprintf("%s%v@%s", u.Code, u.SentWith, strings.Join(ps, ","))
}

func TestCatalogUsageText(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, usageModule)
	r := errlint(t, dir, "catalog", "-usage", "./api", "./httpx")
	if r.Code != 0 {
		t.Fatalf("want exit 0:\n%s", r)
	}
	want := `# catalog: errors.yaml, in effect in 2 packages
(not counted: 1 code position whose code is not a constant, such as an error writer's parameter)

codes sent (2 of 4):
  A_SENT (catalog: 404) sent with 404
    api/api.go:10:37 (404)
  B_TWICE (catalog: 429, 503) sent with 429, 503
    api/api.go:11:44 (429)
    api/api.go:12:47 (503)
    api/api.go:13:19 (status not constant or not paired)

never referenced (2):
  C_UNUSED (catalog: 500)
  D_UNUSED (catalog: 503)

sent but not in the catalog (1):
  NOPE sent with 404
    api/api.go:14:37 (404)
`
	if r.Stdout != want {
		t.Errorf("got\n%s\nwant\n%s", r.Stdout, want)
	}
}

func TestCatalogUsageMarkdown(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, usageModule)
	r := errlint(t, dir, "catalog", "-usage", "-format", "markdown", "./other")
	if r.Code != 0 {
		t.Fatalf("want exit 0:\n%s", r)
	}
	want := `## Catalog: other/other.json, in effect in 1 package

| Code | Catalog status | Sent with | Places |
|---|---|---|---|
| ` + "`NOPE`" + ` | 404 | 404 | other/other.go:10:37 (404) |

### Never referenced (0)

None.

### Sent but not in the catalog (1)

| Code | Sent with | Places |
|---|---|---|
| ` + "`A_SENT`" + ` | 410 | other/other.go:11:33 (410) |
`
	if r.Stdout != want {
		t.Errorf("got\n%s\nwant\n%s", r.Stdout, want)
	}
}

func TestCatalogUsageErrors(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, usageModule)
	if r := errlint(t, dir, "catalog", "-usage", "-check", "./..."); r.Code != 2 {
		t.Errorf("-usage -check: want exit 2:\n%s", r)
	}
	if r := errlint(t, dir, "catalog", "-usage", "-format", "yaml", "./..."); r.Code != 2 {
		t.Errorf("-usage -format yaml: want exit 2:\n%s", r)
	}
	if r := errlint(t, dir, "catalog", "-usage", "./nosuch"); r.Code != 1 {
		t.Errorf("a package that does not exist: want exit 1:\n%s", r)
	}
	write(t, dir+"/bad.json", "{")
	if r := errlint(t, dir, "catalog", "-usage", "-catalog", "bad.json", "./..."); r.Code != 1 || !strings.Contains(r.Stderr, "bad.json") {
		t.Errorf("a bad -catalog: want exit 1 naming it:\n%s", r)
	}
	// -catalog overrides every .errlint.yaml: one group.
	r := errlint(t, dir, "catalog", "-usage", "-format", "json", "-catalog", "other/other.json", "./...")
	var rep usageReport
	if err := json.Unmarshal([]byte(r.Stdout), &rep); err != nil || r.Code != 0 || len(rep.Catalogs) != 1 {
		t.Errorf("-catalog: want one catalog, exit 0 (%v):\n%s", err, r)
	}
	// -catalog embedded names the embedded default, as for a plain run.
	r = errlint(t, dir, "catalog", "-usage", "-format", "json", "-catalog", "embedded", "./...")
	rep = usageReport{}
	if err := json.Unmarshal([]byte(r.Stdout), &rep); err != nil || r.Code != 0 || len(rep.Catalogs) != 1 {
		t.Errorf("-catalog embedded: want one catalog, exit 0 (%v):\n%s", err, r)
	}
}

// TestDocsUsageSample keeps the sample of catalog -usage on the demo
// service in docs/drivers.md true: it must be what errlint prints.
func TestDocsUsageSample(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../examples/service")
	if err != nil {
		t.Fatal(err)
	}
	r := errlint(t, dir, "catalog", "-usage", "./...")
	if r.Code != 0 {
		t.Fatalf("want exit 0:\n%s", r)
	}
	doc, err := os.ReadFile("../../docs/drivers.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), "```\n"+r.Stdout+"```\n") {
		t.Errorf("docs/drivers.md's sample of errlint catalog -usage on examples/service is not errlint's output; paste:\n%s", r.Stdout)
	}
}

// lookupService declares its catalog in Go, minio's way: a table keyed by
// an enum, and a method looking a key up. Handlers send one code directly
// and reach two through lookups (errorCodes.ToAPIErr(ErrX)); one code is
// used nowhere. Packages that reach no declaration, a package of tests
// only and a package that does not type-check sit beside it.
var lookupService = map[string]string{
	"go.mod": "module example.com/objects\n\ngo 1.22\n",
	".errlint.yaml": `go_catalog:
  - var: example.com/objects/cmd.errorCodes
`,
	"cmd/errors.go": `package cmd

import "net/http"

type APIError struct {
	Code           string
	Description    string
	HTTPStatusCode int
}

type APIErrorCode int

const (
	ErrNone APIErrorCode = iota
	ErrAccessDenied
	ErrNoSuchBucket
	ErrSlowDown
	ErrUnused
)

type errorCodeMap map[APIErrorCode]APIError

func (e errorCodeMap) ToAPIErr(code APIErrorCode) APIError { return e[code] }

var errorCodes = errorCodeMap{
	ErrAccessDenied: {Code: "AccessDenied", Description: "Access Denied.", HTTPStatusCode: http.StatusForbidden},
	ErrNoSuchBucket: {Code: "NoSuchBucket", Description: "No such bucket.", HTTPStatusCode: http.StatusNotFound},
	ErrSlowDown:     {Code: "SlowDown", Description: "Slow down.", HTTPStatusCode: http.StatusServiceUnavailable},
	ErrUnused:       {Code: "Unused", Description: "Unused.", HTTPStatusCode: http.StatusBadRequest},
}
`,
	"cmd/handlers.go": `package cmd

import (
	"encoding/json"
	"net/http"
)

func writeError(w http.ResponseWriter, e APIError) {
	w.WriteHeader(e.HTTPStatusCode)
	json.NewEncoder(w).Encode(e)
}

func GetObject(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		writeError(w, errorCodes.ToAPIErr(ErrNoSuchBucket))
		return
	}
	writeError(w, errorCodes.ToAPIErr(ErrAccessDenied))
}

func PutObject(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable)
	json.NewEncoder(w).Encode(APIError{Code: "SlowDown", HTTPStatusCode: http.StatusServiceUnavailable})
}
`,
	"internal/a/a.go":           "package a\n\nfunc A() {}\n",
	"internal/b/b.go":           "package b\n\nfunc B() {}\n",
	"internal/tonly/x_test.go":  "package tonly_test\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n",
	"internal/broken/broken.go": "package broken\n\nfunc Count() int { return \"three\" }\n",
}

// TestCatalogUsageLookups: catalog -usage on a service whose Go catalog
// is read through lookups: one section for the packages that share a
// catalog however many they are, no code count repeated in the header,
// lookups counted as references, packages of tests only left out, and a
// package that does not load named while the rest is reported (exit 1).
func TestCatalogUsageLookups(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, lookupService)
	r := errlint(t, dir, "catalog", "-usage", "./...")
	if r.Code != 1 || !strings.Contains(r.Stderr, `internal/broken/broken.go:3:27: cannot use "three"`) {
		t.Errorf("want exit 1 naming the package that does not load:\n%s", r)
	}
	want := `# catalog: none: no declaration of go_catalog is reachable from this package, in effect in 2 packages

codes sent (0 of 0):

never referenced (0):

sent but not in the catalog (0):

# catalog: go: example.com/objects/cmd.errorCodes (4 codes, 0 declarations skipped), in effect in 1 package

codes sent (1 of 4):
  SlowDown (catalog: 503) sent with 503
    cmd/handlers.go:23:43 (503)

referenced, not sent (2):
  AccessDenied (catalog: 403): 1 reference, first at cmd/handlers.go:18:36
  NoSuchBucket (catalog: 404): 1 reference, first at cmd/handlers.go:15:37

never referenced (1):
  Unused (catalog: 400)

sent but not in the catalog (0):
`
	if r.Stdout != want {
		t.Errorf("got\n%s\nwant\n%s", r.Stdout, want)
	}
}

// TestCatalogUsageTests: -test counts the codes of _test.go files, in the
// package's own tests and in an external test package, each place once
// although a package and its test variant share their files; without it
// they are left out.
func TestCatalogUsageTests(t *testing.T) {
	t.Parallel()
	tree := map[string]string{
		"cmd/handlers_test.go": `package cmd

import "testing"

func TestUnused(t *testing.T) {
	if errorCodes.ToAPIErr(ErrUnused).Code == "" {
		t.Fatal("no code")
	}
}
`,
		"cmd/ext_test.go": `package cmd_test

import (
	"net/http/httptest"
	"testing"

	"example.com/objects/cmd"
)

func TestPut(t *testing.T) {
	w := httptest.NewRecorder()
	cmd.PutObject(w, nil)
	if w.Code == 0 {
		t.Fatal(cmd.ErrAccessDenied)
	}
}
`,
	}
	for k, v := range lookupService {
		if strings.HasPrefix(k, "cmd/") || !strings.Contains(k, "/") {
			tree[k] = v
		}
	}
	// A code that is no constant, in a file the package and its test
	// variant share: counted once.
	tree["cmd/dyn.go"] = `package cmd

import (
	"encoding/json"
	"net/http"
)

func Dyn(w http.ResponseWriter, code string) {
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(APIError{Code: code, HTTPStatusCode: http.StatusBadRequest})
}
`
	dir := writeTree(t, tree)
	without := errlint(t, dir, "catalog", "-usage", "-format", "json", "./...")
	with := errlint(t, dir, "catalog", "-usage", "-format", "json", "-test", "./...")
	refs := func(r e2etest.Result) map[string][]string {
		t.Helper()
		var rep struct {
			Catalogs []struct {
				Packages    []string
				NotConstant int `json:"not_constant"`
				Codes       []struct {
					Code       string
					Places     []struct{ Pos string }
					References []struct{ Pos string }
				}
			}
		}
		if r.Code != 0 {
			t.Fatalf("exit %d:\n%s", r.Code, r)
		}
		if err := json.Unmarshal([]byte(r.Stdout), &rep); err != nil {
			t.Fatalf("%v:\n%s", err, r)
		}
		out := map[string][]string{}
		for _, cu := range rep.Catalogs {
			out["packages"] = append(out["packages"], cu.Packages...)
			out["not constant"] = append(out["not constant"], fmt.Sprint(cu.NotConstant))
			for _, c := range cu.Codes {
				for _, p := range c.Places {
					out[c.Code] = append(out[c.Code], "sent "+p.Pos)
				}
				for _, p := range c.References {
					out[c.Code] = append(out[c.Code], "ref "+p.Pos)
				}
			}
		}
		return out
	}
	got, want := refs(without), map[string][]string{
		"packages":     {"example.com/objects/cmd"},
		"not constant": {"1"},
		"AccessDenied": {"ref cmd/handlers.go:18:36"},
		"NoSuchBucket": {"ref cmd/handlers.go:15:37"},
		"SlowDown":     {"sent cmd/handlers.go:23:43"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("without -test:\n%v\nwant\n%v", got, want)
	}
	got = refs(with)
	want["packages"] = []string{"example.com/objects/cmd", "example.com/objects/cmd_test"}
	want["not constant"] = []string{"1"}
	want["Unused"] = []string{"ref cmd/handlers_test.go:6:25"}
	want["AccessDenied"] = []string{"ref cmd/ext_test.go:14:15", "ref cmd/handlers.go:18:36"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("with -test:\n%v\nwant\n%v", got, want)
	}
}

// TestCatalogUsageSwitchCases: the cases of a Status()-style switch bind
// its codes and are no references; a use elsewhere is one.
func TestCatalogUsageSwitchCases(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/fakes3\n\ngo 1.22\n",
		".errlint.yaml": `go_catalog:
  - method: "(example.com/fakes3/s3.ErrorCode).Status"
`,
		"s3/s3.go": `package s3

type ErrorCode string

const (
	ErrNoSuchBucket ErrorCode = "NoSuchBucket"
	ErrNoSuchKey    ErrorCode = "NoSuchKey"
)

func (c ErrorCode) Status() int {
	switch c {
	case ErrNoSuchBucket:
		return 404
	case ErrNoSuchKey:
		return 404
	}
	return 500
}

var keyStatus = ErrNoSuchKey.Status()
`,
	})
	r := errlint(t, dir, "catalog", "-usage", "-format", "json", "./...")
	var rep usageReport
	if err := json.Unmarshal([]byte(r.Stdout), &rep); err != nil || r.Code != 0 || len(rep.Catalogs) != 1 {
		t.Fatalf("want one catalog, exit 0 (%v):\n%s", err, r)
	}
	var got []string
	for _, c := range rep.Catalogs[0].Codes {
		var refs []string
		for _, p := range c.References {
			refs = append(refs, p.Pos)
		}
		got = append(got, fmt.Sprintf("%s %v", c.Code, refs))
	}
	want := "NoSuchBucket [] | NoSuchKey [s3/s3.go:20:17]"
	if g := strings.Join(got, " | "); g != want || fmt.Sprint(rep.Catalogs[0].Unreferenced) != "[NoSuchBucket]" {
		t.Errorf("got %s, unreferenced %v; want %s, [NoSuchBucket]", g, rep.Catalogs[0].Unreferenced, want)
	}
}
