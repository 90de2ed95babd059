package main

import (
	"flag"
	"maps"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/catalog"
)

// TestParseInterleaved reads flags after positional arguments
// (errlint catalog -check FILE -go ENTRY), and nothing after "--".
func TestParseInterleaved(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	check := fs.Bool("check", false, "")
	goEntry := fs.String("go", "", "")
	pos, err := parseInterleaved(fs, []string{"-check", "snap.yaml", "-go", "var:a/b.c", "pkg1", "--", "-odd"})
	if err != nil || !*check || *goEntry != "var:a/b.c" || strings.Join(pos, " ") != "snap.yaml pkg1 -odd" {
		t.Errorf("check=%v go=%q pos=%q err=%v", *check, *goEntry, pos, err)
	}
}

// TestCatalogCheckPackages: catalog -check with no FILE checks the catalog
// in effect for the packages (default ./...): look-alike codes, an error
// code sent only with 200, a retry flag that contradicts its status; a
// package that does not load is named and the rest checked (exit 1);
// the verdict is on stdout.
func TestCatalogCheckPackages(t *testing.T) {
	t.Parallel()
	files := maps.Clone(firstDay)
	files[".errlint.yaml"] = "catalog: errors.yaml\n"
	files["errors.yaml"] = `codes:
  - {code: PRODUCT_NOT_FOUND, status: 404, domain: api, retryable: false, message: No such product.}
  - {code: PRODUCT_NOT_FOUN, status: 404, domain: api, retryable: false, message: No such product.}
  - {code: COUPON_APPLIED, status: 200, domain: api, retryable: false, message: Applied.}
  - {code: RATE_LIMITED, status: 429, domain: api, retryable: true, message: Slow down.}
`
	dir := writeTree(t, files)
	catalogFile := filepath.Join(dir, "errors.yaml")
	want := catalogFile + ":3: PRODUCT_NOT_FOUN: looks like PRODUCT_NOT_FOUND (line 2): one code spelled two ways, or a misspelling\n" +
		catalogFile + ":4: COUPON_APPLIED: status 200 is no error status (1xx–3xx): a client reads the response as a success\n"
	r := errlint(t, dir, "catalog", "-check")
	if r.Code != 1 || r.Stdout != want || !strings.Contains(r.Stderr, `broken/broken.go:4:27: cannot use "three"`) ||
		!strings.Contains(r.Stderr, "errlint: example.com/store/uses: not analysed: a package it imports does not load") {
		t.Errorf("catalog -check with a package that does not load: want exit 1, stdout\n%s\n%s", want, r)
	}
	// Packages named: only theirs are checked, and they load.
	if r := errlint(t, dir, "catalog", "-check", "./api"); r.Code != 3 || r.Stdout != want || r.Stderr != "" {
		t.Errorf("catalog -check ./api: want exit 3, stdout\n%s\n%s", want, r)
	}
	write(t, filepath.Join(dir, "errors.yaml"), "codes:\n  - {code: PRODUCT_NOT_FOUND, status: 404, domain: api, retryable: false, message: No such product.}\n")
	if r := errlint(t, dir, "catalog", "-check", "./api"); r.Code != 0 || r.Stdout != catalogFile+": 1 code, no problems\n" {
		t.Errorf("catalog -check of a clean catalog:\n%s", r)
	}
}

// TestCatalogCheckCollisions: catalog -check over packages reports two
// differently named constants of one value, each the code of a
// descriptor, across the module's packages (SPEC §13 "Collisions").
func TestCatalogCheckCollisions(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"go.mod":        "module example.com/collide\n\ngo 1.22\n",
		".errlint.yaml": "catalog: errors.yaml\n",
		"errors.yaml":   "codes:\n  - {code: 1025, status: 412, domain: api, retryable: false, message: Passcode used.}\n",
		"apierr/apierr.go": `package apierr

type APIError struct {
	Status int ` + "`json:\"-\"`" + `
	Code   int ` + "`json:\"code\"`" + `
}

func (e *APIError) Error() string { return "api" }
`,
		"totp/totp.go": `package totp

import (
	"net/http"

	"example.com/collide/apierr"
)

const ErrCodeTOTPPasscodeUsed = 1025

var ErrPasscodeUsed = &apierr.APIError{Status: http.StatusPreconditionFailed, Code: ErrCodeTOTPPasscodeUsed}
`,
		"tz/tz.go": `package tz

import (
	"net/http"

	"example.com/collide/apierr"
)

const ErrorCodeInvalidTimezone = 1025

var ErrInvalidTimezone = &apierr.APIError{Status: http.StatusBadRequest, Code: ErrorCodeInvalidTimezone}
`,
	})
	r := errlint(t, dir, "catalog", "-check", "./...")
	if r.Code != 3 || !strings.Contains(r.Stdout, "tz/tz.go:9: error code 1025 is declared twice: tz.ErrorCodeInvalidTimezone here and totp.ErrCodeTOTPPasscodeUsed at totp/totp.go:9") {
		t.Errorf("catalog -check ./... on two constants with one code: want exit 3 and the collision\n%s", r)
	}
}

// TestCatalogsInEffectNamesPackages: a catalog with no file and no code
// (a go_catalog: declaration some packages do not reach) is printed with
// the packages it is in effect in, not as a bare "0 codes, no problems".
func TestCatalogsInEffectNamesPackages(t *testing.T) {
	none := &catalog.Catalog{Source: "none: no declaration of go_catalog is reachable from this package"}
	file := &catalog.Catalog{Source: "/m/errors.yaml", Entries: []catalog.Entry{{Code: "NOT_FOUND", Statuses: []int{404}}}}
	var reports []*analyzer.PackageReport
	for _, p := range []string{"m/a", "m/b", "m/c", "m/d"} {
		reports = append(reports, &analyzer.PackageReport{Path: p, Catalog: none})
	}
	reports = append(reports, &analyzer.PackageReport{Path: "m/api", Catalog: file})
	cats := catalogsInEffect(reports)
	if len(cats) != 2 {
		t.Fatalf("got %d catalogs, want 2", len(cats))
	}
	if want := none.Source + " (m/a, m/b, m/c and 1 more)"; cats[0].Source != want {
		t.Errorf("source = %q, want %q", cats[0].Source, want)
	}
	if cats[1] != file || none.Source == cats[0].Source {
		t.Errorf("a file catalog must come back as it is, and the shared one unchanged")
	}
}
