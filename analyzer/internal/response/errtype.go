package response

import (
	"go/types"

	"github.com/errlint/errlint/config"
	"reflect"
	"slices"
	"strings"
)

// errType describes the fields of an error type by role. An empty name
// means the type has no such field.
type errType struct {
	status    string
	code      string
	ok        string
	retryable string
	message   string
	named     bool   // listed in types: (its roles replace the built-in names)
	name      string // "pkg.Type", for messages on a type recognised by its shape
}

// errTypes recognises error types, by shape or by the configuration's
// types: and ignore_types:, and caches the answer per struct type.
type errTypes struct {
	cache  map[types.Type]*errType
	roles  map[string]config.TypeRoles // types:, by full type name
	ignore map[string]bool             // ignore_types:

	// flow returns the role a field has by flow (§11): its value reaches
	// a status or a code position. nil until the flow step has run.
	flow func(*types.Var) role
}

// setFlow makes the recogniser read the roles fields have by flow, and
// forgets what it recognised without them.
func (c *errTypes) setFlow(flow func(*types.Var) role) {
	c.flow = flow
	clear(c.cache)
}

// newErrTypes returns the recogniser for one package's configuration.
func newErrTypes(roles []config.TypeRoles, ignore []string) *errTypes {
	et := &errTypes{cache: map[types.Type]*errType{}}
	if len(roles) > 0 {
		et.roles = make(map[string]config.TypeRoles, len(roles))
		for _, r := range roles {
			et.roles[r.Type] = r
		}
	}
	if len(ignore) > 0 {
		et.ignore = make(map[string]bool, len(ignore))
		for _, name := range ignore {
			et.ignore[name] = true
		}
	}
	return et
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// lookup returns the error-type description of t (a named or literal struct
// type, possibly behind a pointer), or nil when t is not an error type.
func (c *errTypes) lookup(t types.Type) *errType {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	t = types.Unalias(t)
	if et, ok := c.cache[t]; ok {
		return et
	}
	var et *errType
	key := typeKey(t)
	switch r, named := c.roles[key]; {
	case key != "" && c.ignore[key]:
	case named:
		et = fromRoles(t, r)
	case literalPositions[key] != (literalPosition{}):
		// A framework row's struct (echo.HTTPError): its fields keep the
		// row's roles, whatever flow says.
	default:
		et = recognise(t, c.flow)
		if et != nil {
			et.name = shortName(t)
		}
	}
	c.cache[t] = et
	return et
}

// fromRoles describes t by the roles a types: entry gives it. A role that
// names no field of t is dropped (the configuration is checked against
// the type where it is declared).
func fromRoles(t types.Type, r config.TypeRoles) *errType {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	has := func(name string) string {
		for i := range st.NumFields() {
			if name != "" && st.Field(i).Name() == name {
				return name
			}
		}
		return ""
	}
	et := &errType{code: has(r.Code), status: has(r.Status), ok: has(r.OK), retryable: has(r.Retryable), message: has(r.Message), named: true}
	if et.code == "" {
		return nil
	}
	return et
}

// shortName returns "pkg.Type" for a named type, as a user reads it.
func shortName(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj() == nil {
		return ""
	}
	if n.Obj().Pkg() == nil {
		return n.Obj().Name()
	}
	return n.Obj().Pkg().Name() + "." + n.Obj().Name()
}

// recognise implements the definition of an error type: a struct type with a
// code field that implements error, or also has a status field, or has a
// boolean OK field. Roles from flow (flow, when not nil) come before the
// built-in names (§13): a field whose value reaches a status position is
// the status field, one reaching a code position the code field, and a
// type whose status field is known by flow and that implements error is an
// error type without a code field (its values are written by a central
// writer).
func recognise(t types.Type, flow func(*types.Var) role) *errType {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var et errType
	byFlow := false
	if flow != nil {
		for i := range st.NumFields() {
			f := st.Field(i)
			switch flow(f) {
			case roleStatus:
				if et.status == "" && isKind(f.Type(), types.IsInteger) {
					et.status, byFlow = f.Name(), true
				}
			case roleCode:
				if et.code == "" {
					et.code, byFlow = f.Name(), true
				}
			}
		}
	}
	intCode := "" // an integer field tagged json:"code": a code only beside a separate status field (§13)
	for i := range st.NumFields() {
		f := st.Field(i)
		tag := jsonName(st.Tag(i))
		if f.Name() == et.status || f.Name() == et.code {
			continue // a role from flow
		}
		switch {
		case intCode == "" && tag == "code" && isKind(f.Type(), types.IsInteger) && !isStatusField(f, tag):
			intCode = f.Name()
		case et.code == "" && isCodeField(f, tag):
			et.code = f.Name()
		case et.status == "" && isStatusField(f, tag):
			et.status = f.Name()
		case et.ok == "" && isKind(f.Type(), types.IsBoolean) && (f.Name() == "OK" || tag == "ok"):
			et.ok = f.Name()
		case et.retryable == "" && isKind(f.Type(), types.IsBoolean) && (f.Name() == "Retryable" || tag == "retryable"):
			et.retryable = f.Name()
		}
	}
	if et.code == "" && et.status != "" {
		et.code = intCode
	}
	if et.code == "" {
		if byFlow && et.status != "" && implementsError(t) {
			return &et
		}
		return nil
	}
	if et.status != "" || et.ok != "" || implementsError(t) {
		return &et
	}
	return nil
}

// isCodeField reports whether f is a string-kinded field named Code or
// ErrorCode, or tagged json:"code" / json:"error_code".
func isCodeField(f *types.Var, tag string) bool {
	if !isKind(f.Type(), types.IsString) {
		return false
	}
	return slices.Contains(codeFieldNames, f.Name()) || slices.Contains(codeJSONNames, tag)
}

// isStatusField reports whether f is an integer-kinded field named Status,
// StatusCode, HTTPStatus, HTTPStatusCode or HTTPCode, or tagged
// json:"status".
func isStatusField(f *types.Var, tag string) bool {
	if !isKind(f.Type(), types.IsInteger) {
		return false
	}
	return slices.Contains(statusFieldNames, f.Name()) || tag == statusJSONName
}

// The names that give a field a role by its name or json tag (§4, §11).
// needsource.go reads them too: a package that spells none of them
// declares no code.
var (
	codeFieldNames   = []string{"Code", "ErrorCode"}
	codeJSONNames    = []string{"code", "error_code"}
	statusFieldNames = []string{"Status", "StatusCode", "HTTPStatus", "HTTPStatusCode", "HTTPCode"}
)

const statusJSONName = "status"

// implementsError reports whether t or *t implements error.
func implementsError(t types.Type) bool {
	if types.Implements(t, errorIface) {
		return true
	}
	if _, isPtr := t.(*types.Pointer); !isPtr {
		return types.Implements(types.NewPointer(t), errorIface)
	}
	return false
}

// jsonName returns the name part of a field's json tag.
func jsonName(tag string) string {
	name := reflect.StructTag(tag).Get("json")
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	return name
}

// hasCodeField reports whether the struct type t has a field that would be
// a code field if the type were an error type.
func hasCodeField(st *types.Struct) bool {
	for i := range st.NumFields() {
		if isCodeField(st.Field(i), jsonName(st.Tag(i))) {
			return true
		}
	}
	return false
}

// mayCarryCode reports whether a value of type t, encoded as a response
// body, could contain an error code: anything with an interface, a code
// field, or a field of a type errlint cannot see through.
func mayCarryCode(t types.Type, depth int) bool {
	if t == nil || depth > 6 {
		return true
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		return false
	case *types.Pointer:
		return mayCarryCode(u.Elem(), depth+1)
	case *types.Slice:
		return mayCarryCode(u.Elem(), depth+1)
	case *types.Array:
		return mayCarryCode(u.Elem(), depth+1)
	case *types.Map:
		return mayCarryCode(u.Elem(), depth+1)
	case *types.Struct:
		if hasCodeField(u) {
			return true
		}
		for i := range u.NumFields() {
			if f := u.Field(i); f.Exported() && mayCarryCode(f.Type(), depth+1) {
				return true
			}
		}
		return false
	}
	return true // interfaces, channels, functions, type parameters
}
