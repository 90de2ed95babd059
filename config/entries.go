package config

import (
	"fmt"
	"strconv"
	"strings"
)

// Writer names an error writer: a function whose parameters carry the
// status, the code and/or the body of an error response.
type Writer struct {
	Func    string // types.Func.FullName(), e.g. "(*example.com/svc/httpx.Responder).Fail"
	Status  *int   // 0-based parameter index, receiver not counted; nil: none
	Code    *int
	Body    *int // the parameter that is a structured response body; nil: none
	Carries int  // the constant status always sent (100–599); 0: none. Exclusive with Status.
	Writer  *int // the parameter that is the response writer; nil: not said

	File string // the configuration file that declares it; "" for a driver's setting
	Line int
}

// String formats the writer as in a config file, for messages and keys. It
// leaves out where the writer was declared.
func (w Writer) String() string {
	s := "{func: " + strconv.Quote(w.Func)
	if w.Status != nil {
		s += ", status: " + strconv.Itoa(*w.Status)
	}
	if w.Code != nil {
		s += ", code: " + strconv.Itoa(*w.Code)
	}
	if w.Body != nil {
		s += ", body: " + strconv.Itoa(*w.Body)
	}
	if w.Carries != 0 {
		s += ", carries: " + strconv.Itoa(w.Carries)
	}
	if w.Writer != nil {
		s += ", writer: " + strconv.Itoa(*w.Writer)
	}
	return s + "}"
}

// Validate reports what is wrong with the writer, in the words a config
// file's errors use; nil if nothing.
func (w Writer) Validate() error { return invalid("writer", w, w.problem()) }

// invalid returns the error of the entry e of a kind whose problem is msg
// ("" for none: nil), in the words a config file's errors use.
func invalid(kind string, e fmt.Stringer, msg string) error {
	if msg == "" {
		return nil
	}
	return fmt.Errorf("%s %s: %s", kind, e, msg)
}

func (w Writer) problem() string {
	roles := []struct {
		name string
		p    *int
	}{{"status", w.Status}, {"code", w.Code}, {"body", w.Body}, {"writer", w.Writer}}
	switch {
	case w.Func == "":
		return `"func" is empty`
	case !isFullName(w.Func):
		return fmt.Sprintf(`"func" %q is not a full function name like "example.com/pkg.Func" or "(*example.com/pkg.Type).Method"`, w.Func)
	case w.Status == nil && w.Code == nil && w.Body == nil && w.Carries == 0:
		return `a writer needs "status", "code", "body" or "carries"`
	}
	for i, r := range roles {
		if r.p == nil {
			continue
		}
		if msg := indexProblem(r.name, *r.p); msg != "" {
			return msg
		}
		for _, q := range roles[:i] {
			if q.p != nil && *q.p == *r.p {
				return fmt.Sprintf(`%q and %q are both parameter %d`, q.name, r.name, *r.p)
			}
		}
	}
	switch {
	case w.Carries != 0 && (w.Carries < 100 || w.Carries > 599):
		return fmt.Sprintf(`"carries" must be an HTTP status (100–599), not %d`, w.Carries)
	case w.Carries != 0 && w.Status != nil:
		return `"carries" and "status" exclude each other: a writer either takes its status as a parameter or always sends one`
	}
	return ""
}

// indexProblem says what is wrong with i as the parameter index of role;
// an index that looks like an HTTP status gets a hint at carries.
func indexProblem(role string, i int) string {
	switch {
	case i >= 100 && i <= 599:
		return fmt.Sprintf(`%q is a parameter index (0-based), and %d looks like an HTTP status: for a writer that always sends %d, write carries: %d`, role, i, i, i)
	case i < 0 || i > maxParam:
		return fmt.Sprintf(`%q must be a parameter index (0 or more), not %d`, role, i)
	}
	return ""
}

// maxParam bounds a parameter index: no function has more parameters.
const maxParam = 1 << 16

// TypeRoles is an entry of `types:`: an error type and the fields that play
// each role in it. A role left "" means the type has no such field.
type TypeRoles struct {
	Type      string // full name as go/types prints it: "github.com/minio/minio/cmd.APIError"
	Code      string // field names; Code is required
	Status    string
	OK        string
	Retryable string
	Message   string

	File string // the configuration file that declares it; "" for a driver's setting
	Line int
}

// roles returns the role names and the fields they name, in a fixed order.
func (t TypeRoles) roles() [][2]string {
	return [][2]string{{"code", t.Code}, {"status", t.Status}, {"ok", t.OK}, {"retryable", t.Retryable}, {"message", t.Message}}
}

// String formats the entry as in a config file, for messages and keys. It
// leaves out where the entry was declared.
func (t TypeRoles) String() string {
	s := "{type: " + strconv.Quote(t.Type)
	for _, r := range t.roles() {
		if r[1] != "" {
			s += ", " + r[0] + ": " + r[1]
		}
	}
	return s + "}"
}

// Validate reports what is wrong with the entry; nil if nothing.
func (t TypeRoles) Validate() error { return invalid("type", t, t.problem()) }

func (t TypeRoles) problem() string {
	if msg := typeNameProblem("type", t.Type); msg != "" {
		return msg
	}
	if t.Code == "" {
		return `a type needs "code", the field that holds the error code`
	}
	seen := map[string]string{}
	for _, r := range t.roles() {
		if r[1] == "" {
			continue
		}
		if !isIdent(r[1]) {
			return fmt.Sprintf("%q must be a field name (a Go identifier), not %q", r[0], r[1])
		}
		if other, dup := seen[r[1]]; dup {
			return fmt.Sprintf("%q and %q both name the field %s", other, r[0], r[1])
		}
		seen[r[1]] = r[0]
	}
	return ""
}

// ValidateIgnoreType reports what is wrong with an entry of `ignore_types`.
func ValidateIgnoreType(name string) error {
	if msg := typeNameProblem("ignore_types", name); msg != "" {
		return fmt.Errorf("%s", msg)
	}
	return nil
}

// typeNameProblem says what is wrong with a full type name given under key.
func typeNameProblem(key, name string) string {
	switch {
	case name == "":
		return fmt.Sprintf("%q is empty", key)
	case !isQualified(name) || strings.ContainsAny(name, " \t\r\n*[]"):
		return fmt.Sprintf(`%q %q is not a full type name like "example.com/pkg.Type"`, key, name)
	}
	return ""
}

// Kinds of a Go-catalog declaration (§5 of the SPEC).
const (
	GoVar    = "var"    // a package-level map, slice or array literal of descriptors
	GoFunc   = "func"   // every constant descriptor passed to the function
	GoType   = "type"   // every package-level variable initialised with a literal of the type
	GoMethod = "method" // a switch from code constants to constant statuses
)

// GoCatalogKinds are the keys of a go_catalog entry that name a declaration.
var GoCatalogKinds = []string{GoVar, GoFunc, GoType, GoMethod, GoReturns}

// GoCatalogDecl is an entry of `go_catalog:`: a catalog declared in Go.
type GoCatalogDecl struct {
	Kind string // GoVar, GoFunc, GoType or GoMethod
	Name string // full name: "github.com/minio/minio/cmd.errorCodes", "(github.com/x/y.ErrorCode).Status"
	Arg  int    // GoFunc: which argument is the descriptor (0-based); 0 otherwise

	File string // the configuration file that declares it; "" for a driver's setting
	Line int
}

// String formats the entry as in a config file, for messages and keys. It
// leaves out where the entry was declared.
func (d GoCatalogDecl) String() string {
	s := "{" + d.Kind + ": " + strconv.Quote(d.Name)
	if d.Kind == GoFunc && d.Arg != 0 {
		s += ", arg: " + strconv.Itoa(d.Arg)
	}
	return s + "}"
}

// Flag spells the entry as the value of `errlint catalog -go`:
// KIND:NAME, and KIND:NAME:ARG for a function whose descriptor is not its
// first argument. ParseGoCatalogFlag reads it back.
func (d GoCatalogDecl) Flag() string {
	s := d.Kind + ":" + d.Name
	if d.Kind == GoFunc && d.Arg != 0 {
		s += ":" + strconv.Itoa(d.Arg)
	}
	return s
}

// ParseGoCatalogFlag reads an entry spelled as GoCatalogDecl.Flag does
// ("var:example.com/svc/apierr.codes", "func:example.com/x/errcode.register:1")
// and validates it.
func ParseGoCatalogFlag(s string) (GoCatalogDecl, error) {
	kind, rest, ok := strings.Cut(s, ":")
	if !ok {
		return GoCatalogDecl{}, fmt.Errorf("go catalog %q: want KIND:NAME, KIND one of %s (e.g. var:example.com/svc/apierr.codes)", s, strings.Join(GoCatalogKinds, ", "))
	}
	d := GoCatalogDecl{Kind: kind, Name: rest}
	if name, arg, ok := strings.Cut(rest, ":"); ok {
		n, err := strconv.Atoi(arg)
		if err != nil || !isDigits(arg) {
			return GoCatalogDecl{}, fmt.Errorf("go catalog %q: the argument index after the name must be an integer (0 or more), not %q", s, arg)
		}
		if kind != GoFunc {
			return GoCatalogDecl{}, fmt.Errorf("go catalog %q: an argument index is only for func", s)
		}
		d.Name, d.Arg = name, n
	}
	if err := d.Validate(); err != nil {
		return GoCatalogDecl{}, err
	}
	return d, nil
}

func isDigits(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Validate reports what is wrong with the entry; nil if nothing.
func (d GoCatalogDecl) Validate() error { return invalid("go_catalog entry", d, d.problem()) }

func (d GoCatalogDecl) problem() string {
	if d.Name == "" {
		return fmt.Sprintf("%q is empty", d.Kind)
	}
	switch d.Kind {
	case GoVar, GoType:
		if !isQualified(d.Name) || strings.ContainsAny(d.Name, " \t\r\n*[]") {
			return fmt.Sprintf(`%q %q is not a full name like "example.com/pkg.Name"`, d.Kind, d.Name)
		}
	case GoFunc:
		if !isFullName(d.Name) {
			return fmt.Sprintf(`"func" %q is not a full function name like "example.com/pkg.Func" or "(*example.com/pkg.Type).Method"`, d.Name)
		}
	case GoMethod, GoReturns:
		if !strings.HasPrefix(d.Name, "(") || !isFullName(d.Name) {
			return fmt.Sprintf(`%q %q is not a full method name like "(example.com/pkg.Type).Method"`, d.Kind, d.Name)
		}
	default:
		return fmt.Sprintf("unknown kind %q%s", d.Kind, didYouMean(d.Kind, GoCatalogKinds))
	}
	if d.Arg < 0 || d.Arg > maxParam {
		return fmt.Sprintf(`"arg" must be an argument index (0 or more), not %d`, d.Arg)
	}
	if d.Arg != 0 && d.Kind != GoFunc {
		return `"arg" is only for "func"`
	}
	return ""
}

// PkgPath returns the import path of the package that declares d's name.
func (d GoCatalogDecl) PkgPath() string { return PkgPathOf(d.Name) }

// PkgPathOf returns the package path of a full name "pkg/path.Name" or
// "(*pkg/path.T).M"; "" if it is not one.
func PkgPathOf(name string) string {
	if strings.HasPrefix(name, "(") {
		end := strings.Index(name, ").")
		if end < 0 {
			return ""
		}
		name = strings.TrimPrefix(name[1:end], "*")
	}
	dot := strings.LastIndex(name, ".")
	if dot <= 0 {
		return ""
	}
	return name[:dot]
}

// isFullName reports whether s is spelled like types.Func.FullName of a
// function ("pkg/path.Name") or method ("(pkg/path.T).M", "(*pkg/path.T).M").
func isFullName(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ").")
		if end < 0 {
			return false
		}
		recv, name := strings.TrimPrefix(s[1:end], "*"), s[end+2:]
		return isQualified(recv) && isIdent(name)
	}
	return isQualified(s)
}

// isQualified reports whether s is "pkg/path.Name" with a non-empty path.
func isQualified(s string) bool {
	dot := strings.LastIndex(s, ".")
	if dot <= 0 || strings.ContainsAny(s, "()") {
		return false
	}
	return isIdent(s[dot+1:]) && !strings.HasSuffix(s[:dot], "/")
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 127 || (i > 0 && r >= '0' && r <= '9')) {
			return false
		}
	}
	return true
}
