package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errlint/errlint/internal/e2etest"
)

// A service with no catalog anywhere: its codes are only where it writes
// them, one of them with two statuses and one with no constant status,
// beside a row type shaped like an error.
var plainService = map[string]string{
	"go.mod": "module example.com/svc\n\ngo 1.22\n",
	"api/api.go": `// Package api answers with error envelopes.
package api

import (
	"encoding/json"
	"net/http"
)

type apiError struct {
	OK      bool   ` + "`json:\"ok\"`" + `
	Code    string ` + "`json:\"code\"`" + `
	Message string ` + "`json:\"message\"`" + `
}

func fail(w http.ResponseWriter, status int, code, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{Code: code, Message: msg})
}

func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		fail(w, http.StatusBadRequest, "MISSING_ID", "id is required")
		return
	}
	fail(w, http.StatusNotFound, "NOT_FOUND", "no such thing")
}

func Put(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		fail(w, http.StatusBadRequest, "MISSING_ID", "id is required")
		return
	}
	if r.ContentLength > 1<<20 {
		fail(w, http.StatusRequestEntityTooLarge, "MISSING_ID", "too large")
		return
	}
	fail(w, 409, "CONFLICT", "conflict")
}

func Dyn(w http.ResponseWriter, r *http.Request, status int) {
	fail(w, status, "DYNAMIC_ONLY", "dyn")
}

func Plain(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "boom", http.StatusInternalServerError)
}
`,
	"store/store.go": `// Package store has a row type shaped like an error.
package store

type Coupon struct {
	Code   string
	Status int
}

var Welcome = Coupon{Code: "WELCOME", Status: 1}
`,
}

// TestInitCodes runs errlint init on a module with no catalog declared in
// Go: it writes errors.yaml from the codes it sees and an .errlint.yaml
// naming it; errlint then lints with them; a second init overwrites
// nothing.
func TestInitCodes(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, plainService)
	r := mustRun(t, errlint(t, filepath.Join(dir, "api"), "init"))
	for _, want := range []string{
		"wrote ../errors.yaml (3 codes errlint saw in code positions)\n",
		"wrote ../.errlint.yaml (catalog: errors.yaml, 2 error types as comments, 2 inferred error writers as comments)\n",
		"1 code is sent with several statuses",
		"1 code seen with no constant status",
		"list in ignore_types those that are not API errors",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("init output lacks %q:\n%s", want, r)
		}
	}
	catalogText := readFile(t, filepath.Join(dir, "errors.yaml"))
	for _, want := range []string{
		"  - code: CONFLICT\n    status: 409\n    domain: api\n",
		"  # DECIDE: sent with 400 (2 places), 413 (1 place); keep the statuses the code may have, the default first\n  - code: MISSING_ID\n    status: [400, 413]\n",
		"  - code: NOT_FOUND\n    status: 404\n",
		"#   DYNAMIC_ONLY (api/api.go:41)\n",
	} {
		if !strings.Contains(catalogText, want) {
			t.Errorf("errors.yaml lacks %q:\n%s", want, catalogText)
		}
	}
	if strings.Contains(catalogText, "WELCOME") {
		t.Errorf("a code of a literal that is no response is in the catalog:\n%s", catalogText)
	}
	configText := readFile(t, filepath.Join(dir, ".errlint.yaml"))
	for _, want := range []string{"\ncatalog: errors.yaml\n", "#   - example.com/svc/store.Coupon\n", "#   - {type: example.com/svc/api.apiError, code: Code, ok: OK}\n"} {
		if !strings.Contains(configText, want) {
			t.Errorf(".errlint.yaml lacks %q:\n%s", want, configText)
		}
	}
	if r := mustRun(t, errlint(t, dir, "catalog", "-check", "errors.yaml")); !strings.HasSuffix(r.Stdout, "errors.yaml: 3 codes, no problems\n") {
		t.Errorf("errors.yaml has hygiene problems:\n%s", r)
	}

	// errlint with what init wrote: no notice of the implicit default, the
	// codes known, the rest found.
	r = errlint(t, dir, "./...")
	if r.Code != 3 || strings.Contains(r.Stderr, "no catalog configured") {
		t.Fatalf("errlint after init:\n%s", r)
	}
	checkFindings(t, r.Stdout+r.Stderr, []string{
		"api/api.go:37:10: raw status 409",
		"api/api.go:41:18: DYNAMIC_ONLY",
		"api/api.go:45:24: error status 500 sent without an error code",
	})

	// Outside a module: says what to do.
	if r := errlint(t, t.TempDir(), "init"); r.Code != 1 || !strings.Contains(r.Stderr, "is not in a Go module: run errlint init in your module") {
		t.Errorf("init outside a module:\n%s", r)
	}

	// Again: nothing overwritten, the files named.
	write(t, filepath.Join(dir, "errors.yaml"), catalogText+"# edited by hand\n")
	r = mustRun(t, errlint(t, dir, "init"))
	if !strings.Contains(r.Stdout, ".errlint.yaml exists: left alone\n.errlint.yaml names a catalog already: "+filepath.Join(dir, "errors.yaml")) || strings.Contains(r.Stdout, "wrote") {
		t.Errorf("second init:\n%s", r)
	}
	if got := readFile(t, filepath.Join(dir, "errors.yaml")); got != catalogText+"# edited by hand\n" {
		t.Errorf("errors.yaml rewritten:\n%s", got)
	}
	if got := readFile(t, filepath.Join(dir, ".errlint.yaml")); got != configText {
		t.Errorf(".errlint.yaml rewritten:\n%s", got)
	}

	// With errors.yaml there and no configuration, init leaves the
	// catalog alone and writes the configuration naming it.
	if err := os.Remove(filepath.Join(dir, ".errlint.yaml")); err != nil {
		t.Fatal(err)
	}
	r = mustRun(t, errlint(t, dir, "init"))
	if !strings.Contains(r.Stdout, "errors.yaml exists: left alone\n") || !strings.Contains(r.Stdout, "wrote .errlint.yaml (catalog: errors.yaml") {
		t.Errorf("init with errors.yaml there:\n%s", r)
	}
	if got := readFile(t, filepath.Join(dir, "errors.yaml")); got != catalogText+"# edited by hand\n" {
		t.Errorf("errors.yaml rewritten:\n%s", got)
	}
}

// TestInitGoCatalog runs errlint init on a module whose catalog is a Go
// table: it names the table in go_catalog, and errlint then checks the
// code against it.
func TestInitGoCatalog(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	for name, content := range shop {
		if name != ".errlint.yaml" {
			files[name] = content
		}
	}
	dir := writeTree(t, files)
	r := mustRun(t, errlint(t, dir, "init"))
	if !strings.Contains(r.Stdout, "wrote .errlint.yaml (go_catalog: 1 declaration, 1 error type as comments)\n") ||
		!strings.Contains(r.Stdout, "go_catalog var:example.com/shop/apierr.errorCodes (3 codes, apierr/apierr.go:26)") {
		t.Errorf("init output:\n%s", r)
	}
	if fileExists(filepath.Join(dir, "errors.yaml")) {
		t.Error("errors.yaml written although a Go catalog was found")
	}
	configText := readFile(t, filepath.Join(dir, ".errlint.yaml"))
	if !strings.Contains(configText, "go_catalog:\n  - {var: \"example.com/shop/apierr.errorCodes\"}  # 3 codes, apierr/apierr.go:26\n") {
		t.Errorf(".errlint.yaml:\n%s", configText)
	}
	r = mustRun(t, errlint(t, dir, "catalog"))
	if !strings.HasPrefix(r.Stdout, "# catalog: go: example.com/shop/apierr.errorCodes (3 codes, 1 declarations skipped)") {
		t.Errorf("errlint catalog after init:\n%s", r)
	}
	r = errlint(t, dir, "./api")
	if r.Code != 3 {
		t.Fatalf("errlint after init:\n%s", r)
	}
	checkFindings(t, r.Stdout+r.Stderr, []string{"api/api.go:13:73: error code NoSuchItem in apierr.APIError sent with status 400; the catalog says 404"})

	// With a configuration there already, init writes nothing and says
	// what to add.
	write(t, filepath.Join(dir, ".errlint.yaml"), "disable: [rawstatus]\n")
	r = mustRun(t, errlint(t, dir, "init"))
	if !strings.Contains(r.Stdout, ".errlint.yaml exists: left alone") ||
		!strings.Contains(r.Stdout, `add to it: go_catalog: {var: "example.com/shop/apierr.errorCodes"}`) {
		t.Errorf("init with a config there:\n%s", r)
	}
	if got := readFile(t, filepath.Join(dir, ".errlint.yaml")); got != "disable: [rawstatus]\n" {
		t.Errorf(".errlint.yaml rewritten:\n%s", got)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestInitAcceptance runs errlint init on acceptance modules: one with no
// configuration (it writes both files, and errlint then runs with them and
// no notice), one whose configuration names a catalog (nothing written).
func TestInitAcceptance(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, filepath.Join(e2etest.RepoRoot, "acceptance", "testdata", "ledger"))
	// The acceptance module names the embedded catalog on purpose; a new
	// user's module names none.
	if err := os.Remove(filepath.Join(dir, ".errlint.yaml")); err != nil {
		t.Fatal(err)
	}
	r := mustRun(t, errlint(t, dir, "init"))
	if !strings.Contains(r.Stdout, "wrote errors.yaml (") || !strings.Contains(r.Stdout, "wrote .errlint.yaml (catalog: errors.yaml") {
		t.Fatalf("init on ledger:\n%s", r)
	}
	catalogText := readFile(t, filepath.Join(dir, "errors.yaml"))
	if !strings.Contains(catalogText, "  - code: ledger.throttled\n    status: 503\n") {
		t.Errorf("errors.yaml:\n%s", catalogText)
	}
	r = errlint(t, dir, "./...")
	if r.Code != 3 || strings.Contains(r.Stderr, "no catalog configured") {
		t.Fatalf("errlint after init on ledger:\n%s", r)
	}
	// The codes init wrote are known; those it could not pair are not.
	if strings.Contains(r.Stderr+r.Stdout, `"ledger.throttled" is not in the catalog`) || !strings.Contains(r.Stderr+r.Stdout, `"ledger.internal" is not in the catalog`) {
		t.Errorf("findings after init on ledger:\n%s", r)
	}
	before := catalogText + readFile(t, filepath.Join(dir, ".errlint.yaml"))
	r = mustRun(t, errlint(t, dir, "init"))
	if strings.Contains(r.Stdout, "wrote") || before != readFile(t, filepath.Join(dir, "errors.yaml"))+readFile(t, filepath.Join(dir, ".errlint.yaml")) {
		t.Errorf("second init on ledger changed something:\n%s", r)
	}

	dir = e2etest.Copy(t, filepath.Join(e2etest.RepoRoot, "acceptance", "testdata", "bucket"))
	r = mustRun(t, errlint(t, dir, "init"))
	if !strings.Contains(r.Stdout, ".errlint.yaml exists: left alone\n.errlint.yaml names a catalog already: "+filepath.Join(dir, "s3codes.yaml")) || strings.Contains(r.Stdout, "wrote") || fileExists(filepath.Join(dir, "errors.yaml")) {
		t.Errorf("init on bucket, configured:\n%s", r)
	}
}

// firstDay is a new user's service with planted bugs (issue 19): a code
// misspelled once (PRODUCT_NOT_FOUN beside PRODUCT_NOT_FOUND, sent twice),
// a case variant seen as often as its twin (FORBIDEN, forbidden), a code
// sent only with 200, throttling codes that clients retry; and a package
// that does not type-check, with another that imports it.
var firstDay = map[string]string{
	"go.mod": "module example.com/store\n\ngo 1.22\n",
	"api/api.go": `// Package api answers with error envelopes.
package api

import (
	"encoding/json"
	"net/http"
)

type apiError struct {
	OK      bool   ` + "`json:\"ok\"`" + `
	Code    string ` + "`json:\"code\"`" + `
	Message string ` + "`json:\"message\"`" + `
}

func fail(w http.ResponseWriter, status int, code, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{Code: code, Message: msg})
}

func Product(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("q") {
	case "a":
		fail(w, http.StatusNotFound, "PRODUCT_NOT_FOUND", "no such product")
	case "b":
		fail(w, http.StatusNotFound, "PRODUCT_NOT_FOUND", "no such product")
	case "c":
		fail(w, http.StatusNotFound, "PRODUCT_NOT_FOUN", "no such product")
	case "d":
		fail(w, http.StatusForbidden, "FORBIDEN", "no")
	case "e":
		fail(w, http.StatusForbidden, "FORBIDDEN", "no")
	case "f":
		fail(w, http.StatusOK, "COUPON_APPLIED", "applied")
	case "g":
		fail(w, http.StatusTooManyRequests, "RATE_LIMITED", "slow down")
	default:
		fail(w, http.StatusServiceUnavailable, "UNAVAILABLE", "later")
	}
}
`,
	"broken/broken.go": `// Package broken does not type-check.
package broken

func Count() int { return "three" }
`,
	"uses/uses.go": `// Package uses imports a package that does not load.
package uses

import "example.com/store/broken"

var N = broken.Count()
`,
}

// TestInitDecides: init writes what a human must decide with a DECIDE
// comment instead of taking a service's bugs for its catalog, gives each
// code the retry flag of its status with a comment, and reads what loads:
// the package that does not type-check, and the one importing it, are
// named, the rest written, exit status 1.
func TestInitDecides(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, firstDay)
	r := errlint(t, dir, "init")
	if r.Code != 1 {
		t.Errorf("init with a package that does not load: want exit 1:\n%s", r)
	}
	for _, want := range []string{
		`broken/broken.go:4:27: cannot use "three"`,
		"errlint: example.com/store/uses: not analysed: a package it imports does not load\n",
	} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("init stderr lacks %q:\n%s", want, r)
		}
	}
	for _, want := range []string{
		"wrote errors.yaml (7 codes errlint saw in code positions)\n",
		"2 packages did not load",
		"4 codes are marked DECIDE",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("init output lacks %q:\n%s", want, r)
		}
	}
	catalogText := readFile(t, filepath.Join(dir, "errors.yaml"))
	for _, want := range []string{
		"  # DECIDE: looks like PRODUCT_NOT_FOUND (sent in 2 places; this code in 1): keep one spelling, fix the other in the code\n  - code: PRODUCT_NOT_FOUN\n",
		"  - code: PRODUCT_NOT_FOUND\n    status: 404\n    domain: api\n    retryable: false  # the default for status 404 (true only for 429, 502, 503 and 504): decide\n",
		"  # DECIDE: looks like FORBIDDEN (sent in 1 place; this code in 1): keep one spelling, fix the other in the code\n  - code: FORBIDEN\n",
		"  # DECIDE: looks like FORBIDEN (sent in 1 place; this code in 1): keep one spelling, fix the other in the code\n  - code: FORBIDDEN\n",
		"  # DECIDE: sent only with status 200, no error status (first at api/api.go:33): is it an error code?\n  - code: COUPON_APPLIED\n",
		"  - code: RATE_LIMITED\n    status: 429\n    domain: api\n    retryable: true  # the default for status 429 (clients retry it): decide\n",
		"  - code: UNAVAILABLE\n    status: 503\n    domain: api\n    retryable: true  # the default for status 503 (clients retry it): decide\n",
	} {
		if !strings.Contains(catalogText, want) {
			t.Errorf("errors.yaml lacks %q:\n%s", want, catalogText)
		}
	}
	if strings.Contains(catalogText, "DECIDE: looks like PRODUCT_NOT_FOUN ") {
		t.Errorf("the code sent more often is marked as the look-alike:\n%s", catalogText)
	}
}

// TestInitExitCodes runs errlint init on a CLI with a code-to-exit
// mapping: it proposes exit_codes with the statuses the mapping uses.
func TestInitExitCodes(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/cli\n\ngo 1.26\n",
		"main.go": `package main

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"os"
)

type APIError struct {
	StatusCode int
	Code       string
}

func (e *APIError) Error() string { return e.Code }

func exitCode(err error) int {
	var e *APIError
	var ue *url.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return 5
	case errors.As(err, &ue):
		return 6
	case !errors.As(err, &e):
		return 1
	}
	switch e.Code {
	case "AUTH_REQUIRED":
		return 3
	case "RATE_LIMITED":
		return 4
	}
	return 1
}

func main() {
	_, err := http.Get("http://localhost")
	os.Exit(exitCode(err))
}
`,
	})
	mustRun(t, errlint(t, dir, "init"))
	configText := readFile(t, filepath.Join(dir, ".errlint.yaml"))
	if !strings.Contains(configText, "\nexit_codes: {auth: 3, quota: 4, timeout: 5, network: 6}\n") || !strings.Contains(configText, "main.go:21") {
		t.Errorf(".errlint.yaml proposes no exit_codes from the mapping:\n%s", configText)
	}
}

// A service that sends no code: its errors are plain text, and no
// catalog is declared in Go.
var noCodeService = map[string]string{
	"go.mod": "module example.com/plain\n\ngo 1.22\n",
	"web/web.go": `// Package web answers errors in plain text.
package web

import "net/http"

func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "id is required", http.StatusBadRequest)
		return
	}
	if r.ContentLength > 0 {
		http.Error(w, "conflict", 409)
		return
	}
	http.Error(w, "boom", http.StatusInternalServerError)
}
`,
}

// TestInitNoCode runs errlint init on a service that sends no code: it
// writes catalog: none with a comment saying why, no errors.yaml, and
// errlint then reports no status as sent without a code, while the other
// checks stay on.
func TestInitNoCode(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, noCodeService)
	r := mustRun(t, errlint(t, dir, "init"))
	for _, want := range []string{
		"the service sends no code\n",
		"wrote .errlint.yaml (catalog: none)\n",
		"catalog: none says the service sends no error code",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("init output lacks %q:\n%s", want, r)
		}
	}
	if fileExists(filepath.Join(dir, "errors.yaml")) {
		t.Errorf("init wrote errors.yaml for a service that sends no code:\n%s", r)
	}
	configText := readFile(t, filepath.Join(dir, ".errlint.yaml"))
	if want := "# No catalog: errlint saw no error code at any code position of the module's\n"; !strings.Contains(configText, want) || !strings.Contains(configText, "\ncatalog: none\n") {
		t.Errorf(".errlint.yaml lacks catalog: none and its comment:\n%s", configText)
	}

	r = errlint(t, dir, "./...")
	if r.Code != 3 || strings.Contains(r.Stderr, "no catalog configured") || strings.Contains(r.Stdout+r.Stderr, "without an error code") {
		t.Fatalf("errlint after init:\n%s", r)
	}
	checkFindings(t, r.Stdout+r.Stderr, []string{"web/web.go:12:29: raw status 409"})

	// A configuration there without a catalog: init names the key to add.
	if err := os.WriteFile(filepath.Join(dir, ".errlint.yaml"), []byte("ignore_types: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = mustRun(t, errlint(t, dir, "init"))
	if !strings.Contains(r.Stdout, "to use what init found, add to it: catalog: none") {
		t.Errorf("init with a configuration lacking catalog: none:\n%s", r)
	}
}

// A service whose catalog is one method per error type returning one
// literal (the returns: form), with no other catalog: found by the
// analysis (§11), and written down by init.
var returnsService = map[string]string{
	"go.mod": "module example.com/acct\n\ngo 1.22\n",
	"returns/returns.go": `// Package returns declares one method per error type returning a literal
// (the returns: form): found as the catalog.
package returns

import "net/http"

// HTTPError is what every error of the package turns into.
type HTTPError struct {
	Status int    ` + "`" + `json:"-"` + "`" + `
	Code   int    ` + "`" + `json:"code"` + "`" + `
	Msg    string ` + "`" + `json:"message"` + "`" + `
}

func (e HTTPError) Error() string { return e.Msg }

const (
	ErrCodeTOTPPasscodeUsed  = 1025
	ErrCodeInvalidPassword   = 1026
	ErrCodeAccountLocked     = 1027
	ErrCodeTokenExpired      = 1028
	ErrCodeQuotaExceeded     = 1029
	ErrCodeMaintenanceWindow = 1030
)

type ErrTOTPPasscodeUsed struct{}
type ErrInvalidPassword struct{}
type ErrAccountLocked struct{}
type ErrTokenExpired struct{}
type ErrQuotaExceeded struct{}

func (ErrTOTPPasscodeUsed) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusPreconditionFailed, Code: ErrCodeTOTPPasscodeUsed}
}

func (ErrInvalidPassword) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusUnauthorized, Code: ErrCodeInvalidPassword}
}

func (ErrAccountLocked) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusForbidden, Code: ErrCodeAccountLocked}
}

func (ErrTokenExpired) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusUnauthorized, Code: ErrCodeTokenExpired}
}

func (ErrQuotaExceeded) HTTPError() HTTPError {
	return HTTPError{Status: http.StatusTooManyRequests, Code: ErrCodeQuotaExceeded}
}

func maintenance() error {
	return HTTPError{Status: http.StatusServiceUnavailable, Code: ErrCodeMaintenanceWindow}
}

func locked() error {
	return HTTPError{Status: http.StatusForbidden, Code: ErrCodeAccountLocked}
}
`,
}

// TestInitFoundCatalog runs errlint init on a service whose catalog the
// analysis finds: init names it in go_catalog with a comment saying what
// it was found as and where, writes no errors.yaml, and errlint then
// checks the codes against it, the service's correct codes silent.
func TestInitFoundCatalog(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, returnsService)
	r := mustRun(t, errlint(t, dir, "init"))
	if !strings.Contains(r.Stdout, "wrote .errlint.yaml (go_catalog: 1 declaration") {
		t.Errorf("init output:\n%s", r)
	}
	if fileExists(filepath.Join(dir, "errors.yaml")) {
		t.Errorf("init wrote errors.yaml beside a found catalog:\n%s", readFile(t, filepath.Join(dir, "errors.yaml")))
	}
	configText := readFile(t, filepath.Join(dir, ".errlint.yaml"))
	want := "go_catalog:\n  - {returns: \"(example.com/acct/returns.HTTPError).HTTPError\"}  # found: the 5 values of HTTPError() methods returning returns.HTTPError, declared in returns/returns.go\n"
	if !strings.Contains(configText, want) {
		t.Errorf(".errlint.yaml lacks %q:\n%s", want, configText)
	}

	r = errlint(t, dir, "./...")
	if r.Code != 3 || strings.Contains(r.Stderr, "no catalog configured") {
		t.Fatalf("errlint after init:\n%s", r)
	}
	checkFindings(t, r.Stdout+r.Stderr, []string{"returns/returns.go:52:64: error code 1030 in returns.HTTPError is not in the catalog"})
}

// A service whose error type has fields no shape names: their roles are
// known only by flow, where the central writer sends them.
var flowService = map[string]string{
	"go.mod": "module example.com/flow\n\ngo 1.22\n",
	"api/api.go": `// Package api writes its errors through one function.
package api

import (
	"encoding/json"
	"net/http"
)

// Failure is the service's error.
type Failure struct {
	HTTP  int
	Label string
}

func (f *Failure) Error() string { return f.Label }

func write(w http.ResponseWriter, f *Failure) {
	w.WriteHeader(f.HTTP)
	json.NewEncoder(w).Encode(map[string]string{"code": f.Label})
}

func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		write(w, &Failure{HTTP: http.StatusBadRequest, Label: "MISSING_ID"})
		return
	}
	write(w, &Failure{HTTP: http.StatusNotFound, Label: "NOT_FOUND"})
}
`,
}

// TestInitFlowRoles runs errlint init on a service whose error type's
// roles are known by flow: init writes it in types: with its roles, each
// with a comment saying where its value was seen; errlint then reads the
// service's codes as correct, and a code added later as unknown.
func TestInitFlowRoles(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, flowService)
	r := mustRun(t, errlint(t, dir, "init"))
	for _, want := range []string{
		"wrote .errlint.yaml (catalog: errors.yaml, types: 1 error type by flow, 1 inferred error writer as comments)\n",
		"types: the roles errlint read by flow",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("init output lacks %q:\n%s", want, r)
		}
	}
	configText := readFile(t, filepath.Join(dir, ".errlint.yaml"))
	want := "types:\n" +
		"  # status by flow: HTTP reaches w.WriteHeader at api/api.go:18\n" +
		"  # code by flow: Label reaches a code position at api/api.go:19\n" +
		"  - {type: example.com/flow/api.Failure, code: Label, status: HTTP}\n"
	if !strings.Contains(configText, want) || strings.Contains(configText, "# ignore_types:") {
		t.Errorf(".errlint.yaml lacks %q (and no comment for the type):\n%s", want, configText)
	}

	// With what init wrote, the service's codes are correct.
	if r := errlint(t, dir, "./..."); r.Code != 0 || r.Stdout+r.Stderr != "" {
		t.Fatalf("errlint after init:\n%s", r)
	}
	// And a code added later is not.
	write(t, filepath.Join(dir, "api", "more.go"), `package api

import "net/http"

func Put(w http.ResponseWriter, r *http.Request) {
	write(w, &Failure{HTTP: http.StatusConflict, Label: "IN_USE"})
}
`)
	r = errlint(t, dir, "./...")
	if r.Code != 3 {
		t.Fatalf("errlint with a code outside the catalog:\n%s", r)
	}
	checkFindings(t, r.Stdout+r.Stderr, []string{`api/more.go:6:54: error code "IN_USE" is not in the catalog`})
}

// writerService declares an error writer with a status and a code
// parameter, a fixed-status helper over a response builder and a central
// writer of an error type (SPEC §11).
var writerService = map[string]string{
	"go.mod": "module example.com/wr\n\ngo 1.22\n",
	"api/fail.go": `package api

import (
	"encoding/json"
	"net/http"
)

type apiError struct {
	Code    string ` + "`json:\"code\"`" + `
	Message string ` + "`json:\"message\"`" + `
}

func fail(w http.ResponseWriter, status int, code, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{Code: code, Message: msg})
}

func Get(w http.ResponseWriter, r *http.Request) {
	fail(w, http.StatusNotFound, "NOT_FOUND", "no such thing")
}

func Gone(w http.ResponseWriter, r *http.Request) {
	fail(w, 410, "GONE", "gone")
}
`,
	"api/builder.go": `package api

import (
	"encoding/json"
	"net/http"
)

type Builder struct {
	w          http.ResponseWriter
	statusCode int
	body       any
}

func NewBuilder(w http.ResponseWriter) *Builder { return &Builder{w: w, statusCode: http.StatusOK} }

func (b *Builder) WithStatus(code int) *Builder { b.statusCode = code; return b }

func (b *Builder) WithBody(v any) *Builder { b.body = v; return b }

func (b *Builder) Write() {
	b.w.WriteHeader(b.statusCode)
	json.NewEncoder(b.w).Encode(b.body)
}

func JSONUnauthorized(r *http.Request, w http.ResponseWriter) {
	NewBuilder(w).WithStatus(http.StatusUnauthorized).WithBody(apiError{Code: "UNAUTHORIZED"}).Write()
}

func Account(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", "Bearer")
	JSONUnauthorized(r, w)
}

func Denied(w http.ResponseWriter, r *http.Request) {
	JSONUnauthorized(r, w)
}
`,
	"api/central.go": `package api

import (
	"encoding/json"
	"errors"
	"net/http"
)

type errHTTP struct {
	Code     int    ` + "`json:\"code\"`" + `
	HTTPCode int    ` + "`json:\"http\"`" + `
	Message  string ` + "`json:\"error\"`" + `
}

func (e *errHTTP) Error() string { return e.Message }

var errHTTPTooMany = &errHTTP{42901, http.StatusTooManyRequests, "slow down"}

func handleError(w http.ResponseWriter, err error) {
	var e *errHTTP
	if !errors.As(err, &e) {
		e = &errHTTP{50001, http.StatusInternalServerError, "internal"}
	}
	if e.HTTPCode == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "1")
	}
	w.WriteHeader(e.HTTPCode)
	json.NewEncoder(w).Encode(e)
}

func handle(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			handleError(w, err)
		}
	}
}

func limited(w http.ResponseWriter, r *http.Request) error { return errHTTPTooMany }

func Routes(mux *http.ServeMux) { mux.HandleFunc("/limited", handle(limited)) }
`,
}

// TestInitWriters: init writes the error writers errlint inferred (an
// error writer, a fixed-status helper over a builder, a central writer)
// in the form of writers: entries, commented out with what was inferred
// and where: errlint needs no entry for them, and an entry would replace
// their inference. The findings are the same before and after init's
// .errlint.yaml, and the same again with the entries uncommented where an
// entry says all that was inferred.
func TestInitWriters(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, writerService)
	r := mustRun(t, errlint(t, dir, "init"))
	if want := "3 inferred error writers as comments"; !strings.Contains(r.Stdout, want) {
		t.Errorf("init output lacks %q:\n%s", want, r)
	}
	configText := readFile(t, filepath.Join(dir, ".errlint.yaml"))
	want := "# writers:\n" +
		`#   - {func: "example.com/wr/api.JSONUnauthorized", carries: 401, writer: 1}  # api/builder.go:25: a fixed-status helper over a builder: sends 401 on the response writer of parameter 1` + "\n" +
		`#   # "example.com/wr/api.handleError", at api/central.go:19, is a central writer (no entry says it): writes the error of parameter 1 (example.com/wr/api.errHTTP) with its status field HTTPCode on parameter 0; sets retry-after if HTTPCode==429` + "\n" +
		`#   - {func: "example.com/wr/api.fail", status: 1}  # api/fail.go:13: sends the status of parameter 1` + "\n"
	if !strings.Contains(configText, want) {
		t.Fatalf(".errlint.yaml lacks\n%s\n%s", want, configText)
	}

	// The entries are the truth: uncommented, they change no finding.
	commented := errlint(t, dir, "-json", "./...")
	uncommented := strings.NewReplacer("# writers:\n", "writers:\n", "\n#   - ", "\n  - ", "\n#   # ", "\n  # ").Replace(configText)
	write(t, filepath.Join(dir, ".errlint.yaml"), uncommented)
	if r := errlint(t, dir, "-json", "./..."); r.Stdout != commented.Stdout || r.Stderr != commented.Stderr || r.Code != commented.Code {
		t.Errorf("the entries uncommented change the findings:\n%s\nwith them commented:\n%s", r, commented)
	}
	for _, f := range []string{"401 response without a WWW-Authenticate header", "raw status 410"} {
		if !strings.Contains(commented.Stdout, f) {
			t.Errorf("no finding %q through the inferred writers:\n%s", f, commented)
		}
	}
}
