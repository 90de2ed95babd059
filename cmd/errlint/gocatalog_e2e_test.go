package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A module whose catalog is a map of descriptors keyed by an enum (§5's
// var form, minio's shape), with one descriptor errlint cannot read.
var shop = map[string]string{
	"go.mod": "module example.com/shop\n\ngo 1.22\n",
	".errlint.yaml": `go_catalog:
  - var: example.com/shop/apierr.errorCodes
`,
	"apierr/apierr.go": `// Package apierr declares the shop's errors in a table keyed by an enum.
package apierr

import "net/http"

// APIError is the shop's error body.
type APIError struct {
	Code   string
	Status int
}

func (e *APIError) Error() string { return e.Code }

// ErrorCode indexes the table.
type ErrorCode int

const (
	ErrOutOfStock ErrorCode = iota
	ErrNoSuchItem
	ErrPaymentDeclined
	ErrDynamic
)

var dynamicStatus = http.StatusTeapot

var errorCodes = map[ErrorCode]APIError{
	ErrOutOfStock:      {Code: "OutOfStock", Status: http.StatusConflict},
	ErrNoSuchItem:      {Code: "NoSuchItem", Status: http.StatusNotFound},
	ErrPaymentDeclined: {Code: "PaymentDeclined", Status: http.StatusPaymentRequired},
	ErrDynamic:         {Code: "Dynamic", Status: dynamicStatus},
}

// unread holds no descriptor errlint can read.
var unread = []APIError{{Code: "Dynamic", Status: dynamicStatus}}

// Get returns the error of a code.
func Get(c ErrorCode) *APIError { e := errorCodes[c]; return &e }
`,
	"api/api.go": `// Package api answers with the shop's errors.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/shop/apierr"
)

func Buy(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusConflict)
	json.NewEncoder(w).Encode(&apierr.APIError{Code: "NoSuchItem", Status: http.StatusBadRequest})
}
`,
}

// TestCatalogCommandGo prints a catalog declared in Go in every format,
// then joined with a catalog file.
func TestCatalogCommandGo(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, shop)
	const source = "go: example.com/shop/apierr.errorCodes (3 codes, 1 declarations skipped)"

	// From a subdirectory too: the configuration in effect there decides.
	r := mustRun(t, errlint(t, filepath.Join(dir, "api"), "catalog"))
	first, rest, _ := strings.Cut(r.Stdout, "\n")
	if first != "# catalog: "+source+" (from "+filepath.Join(dir, ".errlint.yaml")+")" {
		t.Errorf("text source line = %q", first)
	}
	for _, row := range []string{"OutOfStock       409", "NoSuchItem       404", "PaymentDeclined  402"} {
		if !strings.Contains(rest, row) {
			t.Errorf("text lacks %q:\n%s", row, rest)
		}
	}
	if strings.Contains(rest, "Dynamic") {
		t.Errorf("a descriptor with a variable status is an entry:\n%s", rest)
	}

	// json and yaml are catalog files, with the bound identifiers, that
	// errlint reads back to the same catalog.
	var printed []string
	for _, format := range []string{"json", "yaml"} {
		r := mustRun(t, errlint(t, dir, "catalog", "-format", format))
		if !strings.Contains(r.Stderr, source) {
			t.Errorf("%s: source not on stderr:\n%s", format, r)
		}
		if !strings.Contains(r.Stdout, `"example.com/shop/apierr.ErrNoSuchItem"`) {
			t.Errorf("%s: bound identifier missing:\n%s", format, r.Stdout)
		}
		file := filepath.Join(dir, "printed."+format)
		write(t, file, r.Stdout)
		back := mustRun(t, errlint(t, dir, "catalog", "-format", "json", file))
		printed = append(printed, back.Stdout)
	}
	if printed[0] != printed[1] {
		t.Errorf("json and yaml differ:\n%s\n---\n%s", printed[0], printed[1])
	}

	// markdown documents it, and says that bound identifiers are left out.
	r = mustRun(t, errlint(t, dir, "catalog", "-format", "markdown"))
	if !strings.Contains(r.Stdout, "| NoSuchItem | 404 | apierr | No |  |") || !strings.Contains(r.Stderr, "bound identifiers are not written in Markdown") {
		t.Errorf("markdown:\n%s", r)
	}

	// A catalog file and a Go catalog together: their union, files first.
	write(t, filepath.Join(dir, "extra.yaml"), "codes:\n  - {code: Throttled, status: 429, retryable: true}\n  - {code: NoSuchItem, status: 410}\n")
	write(t, filepath.Join(dir, ".errlint.yaml"), "catalog: extra.yaml\n"+shop[".errlint.yaml"])
	r = mustRun(t, errlint(t, dir, "catalog"))
	first, rest, _ = strings.Cut(r.Stdout, "\n")
	if !strings.Contains(first, filepath.Join(dir, "extra.yaml")+" + "+source) || !strings.Contains(first, "(4 codes)") {
		t.Errorf("union source line = %q", first)
	}
	if !strings.Contains(rest, "Throttled        429") || !strings.Contains(rest, "NoSuchItem       410, 404") {
		t.Errorf("union:\n%s", rest)
	}

	// A declaration with no readable descriptor is an error, not an
	// empty catalog, at its line (the words of errlint ./..., issue 19);
	// so is one that names nothing.
	write(t, filepath.Join(dir, ".errlint.yaml"), "go_catalog:\n  - var: example.com/shop/apierr.unread\n")
	if r := errlint(t, dir, "catalog"); r.Code != 1 || !strings.Contains(r.Stderr, `.errlint.yaml:2: go_catalog var "example.com/shop/apierr.unread" yields no entry: example.com/shop/apierr declares no descriptor with a constant code and status there`) {
		t.Errorf("declaration with no entry:\n%s", r)
	}
	// A declaration that names nothing is an error, not an empty catalog.
	write(t, filepath.Join(dir, ".errlint.yaml"), "go_catalog:\n  - var: example.com/shop/apierr.nothing\n")
	if r := errlint(t, dir, "catalog"); r.Code != 1 || !strings.Contains(r.Stderr, `.errlint.yaml:2: go_catalog var "example.com/shop/apierr.nothing" names nothing: example.com/shop/apierr declares no variable nothing`) {
		t.Errorf("unknown declaration:\n%s", r)
	}
}

// A dependency that registers its codes with a function (distribution's
// errcode), and a module that uses it through a local replace.
var depModules = map[string]string{
	"dep/go.mod": "module example.com/dep\n\ngo 1.22\n",
	"dep/errcode/errcode.go": `// Package errcode registers error codes.
package errcode

import "net/http"

// ErrorCode is an integer; its descriptor holds the code.
type ErrorCode int

// ErrorDescriptor describes one code.
type ErrorDescriptor struct {
	Value          string
	Message        string
	HTTPStatusCode int
}

var next ErrorCode

// Register adds a descriptor and returns its code.
func Register(group string, d ErrorDescriptor) ErrorCode {
	next++
	return next
}

var (
	ErrorCodeUnknown     = Register("errcode", ErrorDescriptor{Value: "UNKNOWN", Message: "unknown error", HTTPStatusCode: http.StatusInternalServerError})
	ErrorCodeBlobUnknown = Register("errcode", ErrorDescriptor{Value: "BLOB_UNKNOWN", Message: "blob unknown", HTTPStatusCode: http.StatusNotFound})
	ErrorCodeDenied      = Register("errcode", ErrorDescriptor{Value: "DENIED", Message: "access denied", HTTPStatusCode: http.StatusForbidden})
)
`,
	"app/go.mod": "module example.com/app\n\ngo 1.22\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n",
	"app/.errlint.yaml": `types:
  - {type: example.com/dep/errcode.ErrorDescriptor, code: Value, status: HTTPStatusCode, message: Message}
`,
	"app/api/api.go": `// Package api writes the dependency's codes as bodies.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/dep/errcode"
)

func Blob(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(errcode.ErrorCodeBlobUnknown)
}

func Denied(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusForbidden)
	json.NewEncoder(w).Encode(errcode.ErrorCodeDenied)
}
`,
}

// TestSnapshot snapshots a dependency's Go catalog, lints with the
// snapshot, and checks the snapshot against the dependency as it changes.
func TestSnapshot(t *testing.T) {
	t.Parallel()
	root := writeTree(t, depModules)
	app := filepath.Join(root, "app")
	const entry = "func:example.com/dep/errcode.Register:1"

	// A go_catalog entry naming the dependency says how to snapshot it,
	// with the command that does.
	write(t, filepath.Join(app, "bad", ".errlint.yaml"), "go_catalog:\n  - func: example.com/dep/errcode.Register\n    arg: 1\n")
	write(t, filepath.Join(app, "bad", "bad.go"), "package bad\n")
	r := errlint(t, filepath.Join(app, "bad"), "./...")
	if r.Code != 1 || !strings.Contains(r.Stderr, "errlint catalog -go '"+entry+"' -format yaml > FILE") {
		t.Errorf("go_catalog naming a dependency:\n%s", r)
	}
	if err := os.RemoveAll(filepath.Join(app, "bad")); err != nil {
		t.Fatal(err)
	}

	r = mustRun(t, errlint(t, app, "catalog", "-go", entry, "-format", "yaml"))
	if !strings.Contains(r.Stderr, "go: example.com/dep/errcode.Register (3 codes, 0 declarations skipped)") {
		t.Errorf("snapshot source:\n%s", r)
	}
	for _, want := range []string{
		"  - code: BLOB_UNKNOWN\n    status: 404\n    domain: errcode\n    retryable: false\n    message: \"blob unknown\"\n    bound:\n      - \"example.com/dep/errcode.ErrorCodeBlobUnknown\"\n",
		"\"example.com/dep/errcode.ErrorCodeDenied\"",
		"\"example.com/dep/errcode.ErrorCodeUnknown\"",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("snapshot lacks %q:\n%s", want, r.Stdout)
		}
	}
	write(t, filepath.Join(app, "snapshot.yaml"), r.Stdout)
	write(t, filepath.Join(app, ".errlint.yaml"), depModules["app/.errlint.yaml"]+"catalog: snapshot.yaml\n")

	// The dependency's error variable written as a body with the wrong
	// status pairs with it; the right one is clean.
	r = errlint(t, app, "./...")
	if r.Code != 3 {
		t.Fatalf("lint with the snapshot:\n%s", r)
	}
	checkFindings(t, r.Stdout+r.Stderr, []string{"api/api.go:12:16: error code BLOB_UNKNOWN sent with status 400; the catalog says 404"})

	// -check -go: 0 while they agree, 3 with each difference once the
	// dependency changes, 1 on errors.
	r = errlint(t, app, "catalog", "-check", "snapshot.yaml", "-go", entry)
	if r.Code != 0 || r.Stdout != "" {
		t.Errorf("-check -go of a fresh snapshot:\n%s", r)
	}
	// A message edited in the snapshot is documentation, not drift.
	snapText := readFile(t, filepath.Join(app, "snapshot.yaml"))
	write(t, filepath.Join(app, "snapshot.yaml"), strings.Replace(snapText, `message: "blob unknown"`, `message: "The blob is unknown to the registry."`, 1))
	if r := errlint(t, app, "catalog", "-check", "snapshot.yaml", "-go", entry); r.Code != 0 {
		t.Errorf("-check -go after editing a message:\n%s", r)
	}
	depFile := filepath.Join(root, "dep", "errcode", "errcode.go")
	src := strings.NewReplacer("http.StatusForbidden", "http.StatusUnauthorized", `"BLOB_UNKNOWN"`, `"BLOB_MISSING"`).Replace(depModules["dep/errcode/errcode.go"])
	write(t, depFile, src)
	r = errlint(t, app, "catalog", "-check", "snapshot.yaml", "-go", entry)
	snap := filepath.Join(app, "snapshot.yaml")
	want := []string{
		snap + ":9: BLOB_UNKNOWN: not in the dependency's catalog",
		snap + ":16: DENIED: status 403; the dependency says 401",
		snap + ": BLOB_MISSING: in the dependency's catalog (status 404), not in the snapshot",
	}
	if r.Code != 3 || r.Stdout != strings.Join(want, "\n")+"\n" {
		t.Errorf("-check -go after the dependency changed:\n%s\nwant stdout:\n%s", r, strings.Join(want, "\n"))
	}
	// A bound identifier renamed is a difference too.
	write(t, depFile, strings.ReplaceAll(depModules["dep/errcode/errcode.go"], "ErrorCodeDenied ", "ErrorCodeDeny   "))
	r = errlint(t, app, "catalog", "-check", "snapshot.yaml", "-go", entry)
	if r.Code != 3 || !strings.Contains(r.Stdout, "DENIED: bound example.com/dep/errcode.ErrorCodeDeny missing") ||
		!strings.Contains(r.Stdout, "DENIED: bound example.com/dep/errcode.ErrorCodeDenied is not bound to it in the dependency") {
		t.Errorf("-check -go after a rename:\n%s", r)
	}
	if r := errlint(t, app, "catalog", "-check", "missing.yaml", "-go", entry); r.Code != 1 {
		t.Errorf("-check -go of a missing file:\n%s", r)
	}
	if r := errlint(t, app, "catalog", "-go", "var:example.com/dep/errcode.nothing"); r.Code != 1 || !strings.Contains(r.Stderr, "no descriptor") {
		t.Errorf("-go naming nothing:\n%s", r)
	}
}

// TestSnapshotExtraPackages reads a func's calls in another package of the
// dependency, named after the entry (distribution registers most of its
// codes from registry/api/v2).
func TestSnapshotExtraPackages(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"dep/v2/v2.go": `// Package v2 registers more codes.
package v2

import (
	"net/http"

	"example.com/dep/errcode"
)

var ErrorCodeManifestUnknown = errcode.Register("v2", errcode.ErrorDescriptor{Value: "MANIFEST_UNKNOWN", HTTPStatusCode: http.StatusNotFound})
`,
	}
	for name, content := range depModules {
		files[name] = content
	}
	app := filepath.Join(writeTree(t, files), "app")
	const entry = "func:example.com/dep/errcode.Register:1"
	r := mustRun(t, errlint(t, app, "catalog", "-go", entry, "-format", "json", "example.com/dep/v2"))
	if !strings.Contains(r.Stderr, "go: example.com/dep/errcode.Register (4 codes, 0 declarations skipped)") ||
		!strings.Contains(r.Stdout, `"code": "MANIFEST_UNKNOWN"`) || !strings.Contains(r.Stdout, `"example.com/dep/v2.ErrorCodeManifestUnknown"`) {
		t.Errorf("snapshot with an extra package:\n%s", r)
	}
	write(t, filepath.Join(app, "snapshot.json"), r.Stdout)
	// Checked against the declaring package alone, the code registered
	// elsewhere is not in the dependency's catalog; with the package, it is.
	if r := errlint(t, app, "catalog", "-check", "snapshot.json", "-go", entry); r.Code != 3 || !strings.Contains(r.Stdout, "MANIFEST_UNKNOWN: not in the dependency's catalog") {
		t.Errorf("-check -go without the extra package:\n%s", r)
	}
	if r := errlint(t, app, "catalog", "-check", "snapshot.json", "-go", entry, "example.com/dep/v2"); r.Code != 0 {
		t.Errorf("-check -go with the extra package:\n%s", r)
	}
}
