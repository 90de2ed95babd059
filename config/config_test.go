package config

import (
	"errors"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/internal/wantfile"
)

var update = flag.Bool("update", false, "rewrite the .want files of testdata/bad")

func TestBadConfigs(t *testing.T) {
	n := wantfile.CheckBad(t, filepath.Join("testdata", "bad"), *update, func(t *testing.T, name string, data []byte) error {
		f, err := Parse(name, data)
		if err == nil {
			t.Fatalf("accepted: %+v", f)
		}
		if f != nil {
			t.Error("a File and an error")
		}
		var list catalog.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %T is not a catalog.ErrorList", err)
		}
		return err
	})
	if n < 10 {
		t.Errorf("only %d bad configs", n)
	}
}

func TestClientKeys(t *testing.T) {
	f, err := Parse("/x/.errlint.yaml", []byte("exit_codes: {auth: 3, quota: 4}\nclasses: {PAYMENT_REQUIRED: quota, billing: auth}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.ExitCodes["auth"] != 3 || f.ExitCodes["quota"] != 4 || f.Classes["billing"] != "auth" {
		t.Errorf("got %v %v", f.ExitCodes, f.Classes)
	}
	for src, want := range map[string]string{
		"exit_codes: {auth: x}\n":   `the exit status of "auth" must be an integer 0–255`,
		"exit_codes: {login: 3}\n":  `unknown class "login" in exit_codes`,
		"classes: {X: nowhere}\n":   `the class of "X" must be one of`,
		"exit_codes: [3]\n":         `"exit_codes" must be a mapping`,
		"exit_codes: {auth: 300}\n": `must be an integer 0–255`,
	} {
		if _, err := Parse("/x/.errlint.yaml", []byte(src)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", src, err, want)
		}
	}
}

func TestClassesConflict(t *testing.T) {
	f, err := Parse("/x/.errlint.yaml", []byte("classes:\n  billing: quota\n  AUTH: auth\n"))
	if err != nil {
		t.Fatal(err)
	}
	k := resolveClientKeys([]*File{f})
	isCode := func(s string) bool { return s == "AUTH" || s == "RATE_LIMITED" }
	isDomain := func(s string) bool { return s == "AUTH" || s == "billing" }
	if err := k.ClassesConflict(isCode, isDomain); err == nil || err.Error() != `/x/.errlint.yaml:3: classes: "AUTH" is both a code and a domain of the catalog; name the codes one by one` {
		t.Errorf("got %v", err)
	}
	if err := k.ClassesConflict(isCode, func(string) bool { return false }); err != nil {
		t.Errorf("no domain: got %v", err)
	}
}
