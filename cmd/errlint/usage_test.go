package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	want := `# catalog: errors.yaml (4 codes), in effect in 2 packages
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
	want := `## Catalog: other/other.json (1 code), in effect in 1 package

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
