package config

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/internal/structured"
)

// ExitClasses are the classes exit_codes may map to process exit codes
// (SPEC §12): the seed's "auth, quota, timeout, network, and dependency".
var ExitClasses = []string{"auth", "quota", "timeout", "network", "dependency"}

// ClientKeys are the directory-scoped keys of §12's client checks: which
// process exit code a CLI uses for each class of error, and which class a
// code or domain belongs to where its default status does not say.
//
//	exit_codes: {auth: 3, quota: 4, timeout: 5, network: 6, dependency: 7}
//	classes: {PAYMENT_REQUIRED: quota, billing: quota}   # a code or a domain
//
// The nearest file that sets a key decides it as a whole (SPEC §13: a
// module may hold CLIs with different conventions).
type ClientKeys struct {
	ExitCodes map[string]int    // class → process exit code; nil when unset
	Classes   map[string]string // code or domain → class; nil when unset

	ClassesFile string         // the file that set classes
	ClassLines  map[string]int // the line of each classes key
}

// ClassesConflict returns the error for a classes key that names both a
// code and a domain of the catalog (SPEC §13: ambiguous), nil when none
// does. isCode and isDomain ask the package's catalog.
func (k ClientKeys) ClassesConflict(isCode, isDomain func(string) bool) error {
	var bad []string
	for key := range k.Classes {
		if isCode(key) && isDomain(key) {
			bad = append(bad, key)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	slices.Sort(bad)
	return &catalog.Error{File: k.ClassesFile, Line: k.ClassLines[bad[0]],
		Msg: fmt.Sprintf("classes: %q is both a code and a domain of the catalog; name the codes one by one", bad[0])}
}

// parseExitCodes reads the value of "exit_codes": a mapping from a class to
// an exit status, 0–255.
func (f *File) parseExitCodes(p *problems, v *structured.Node) {
	add := p.add
	if v.Kind != structured.Map {
		add(v, `"exit_codes" must be a mapping from a class (%s) to an exit status, not %s`, strings.Join(ExitClasses, ", "), v.Describe(structured.YAMLWords))
		return
	}
	f.ExitCodes = map[string]int{}
	for i, k := range v.Keys {
		val := v.Values[i]
		if dupKey(p, v, i) {
			continue
		}
		if !slices.Contains(ExitClasses, k.Str) {
			add(k, "unknown class %q in exit_codes%s", k.Str, didYouMean(k.Str, ExitClasses))
			continue
		}
		n, err := strconv.Atoi(val.Str)
		if val.Kind != structured.Int || err != nil || n < 0 || n > 255 {
			add(val, "the exit status of %q must be an integer 0–255, not %s", k.Str, val.Describe(structured.YAMLWords))
			continue
		}
		f.ExitCodes[k.Str] = n
	}
}

// parseClasses reads the value of "classes": a mapping from a code or a
// domain to a class.
func (f *File) parseClasses(p *problems, v *structured.Node) {
	add := p.add
	if v.Kind != structured.Map {
		add(v, `"classes" must be a mapping from a code or domain to a class (%s), not %s`, strings.Join(ExitClasses, ", "), v.Describe(structured.YAMLWords))
		return
	}
	f.Classes = map[string]string{}
	f.ClassesFile, f.ClassLines = f.Path, map[string]int{}
	for i, k := range v.Keys {
		if dupKey(p, v, i) {
			continue
		}
		f.ClassLines[k.Str] = k.Line
		val := v.Values[i]
		if val.Kind != structured.String || !slices.Contains(ExitClasses, val.Str) {
			add(val, "the class of %q must be one of %s, not %s%s", k.Str, strings.Join(ExitClasses, ", "), val.Describe(structured.YAMLWords), nearClass(val))
			continue
		}
		f.Classes[k.Str] = val.Str
	}
}

// nearClass says which class a misspelled class most likely means.
func nearClass(v *structured.Node) string {
	if v.Kind != structured.String {
		return ""
	}
	if near := catalog.NearestName(v.Str, ExitClasses); near != "" {
		return fmt.Sprintf("; did you mean %q?", near)
	}
	return ""
}

// ClassOf returns the class classes gives the error code code of domain
// domain, "" if none: an entry for the code beats one for its domain
// (SPEC §13).
func (k ClientKeys) ClassOf(code, domain string) string {
	if c, ok := k.Classes[code]; ok {
		return c
	}
	if domain != "" {
		return k.Classes[domain]
	}
	return ""
}

// resolveClientKeys returns the client keys for a directory: for each key,
// the nearest file of chain that sets it.
func resolveClientKeys(chain []*File) ClientKeys {
	var k ClientKeys
	for _, f := range chain {
		if k.ExitCodes == nil && f.ExitCodes != nil {
			k.ExitCodes = f.ExitCodes
		}
		if k.Classes == nil && f.Classes != nil {
			k.Classes, k.ClassesFile, k.ClassLines = f.Classes, f.ClassesFile, f.ClassLines
		}
	}
	return k
}
