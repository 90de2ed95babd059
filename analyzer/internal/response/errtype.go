package response

import (
	"go/types"
	"reflect"
	"strings"
)

// errType describes the fields of an error type that hold a status and a
// code. An empty name means the type has no such field.
type errType struct {
	status string
	code   string
}

// errTypes caches error-type recognition per struct type.
type errTypes map[types.Type]*errType

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// lookup returns the error-type description of t (a named or literal struct
// type, possibly behind a pointer), or nil when t is not an error type.
func (c errTypes) lookup(t types.Type) *errType {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	t = types.Unalias(t)
	if et, ok := c[t]; ok {
		return et
	}
	et := recognise(t)
	c[t] = et
	return et
}

// recognise implements the definition of an error type: a struct type with a
// code field that implements error, or also has a status field, or has a
// boolean OK field.
func recognise(t types.Type) *errType {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var et errType
	hasOK := false
	for i := range st.NumFields() {
		f := st.Field(i)
		tag := jsonName(st.Tag(i))
		switch {
		case et.code == "" && isCodeField(f, tag):
			et.code = f.Name()
		case et.status == "" && isStatusField(f, tag):
			et.status = f.Name()
		case isKind(f.Type(), types.IsBoolean) && (f.Name() == "OK" || tag == "ok"):
			hasOK = true
		}
	}
	if et.code == "" {
		return nil
	}
	if et.status != "" || hasOK || implementsError(t) {
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
	return f.Name() == "Code" || f.Name() == "ErrorCode" || tag == "code" || tag == "error_code"
}

// isStatusField reports whether f is an integer-kinded field named Status,
// StatusCode or HTTPStatus, or tagged json:"status".
func isStatusField(f *types.Var, tag string) bool {
	if !isKind(f.Type(), types.IsInteger) {
		return false
	}
	switch f.Name() {
	case "Status", "StatusCode", "HTTPStatus":
		return true
	}
	return tag == "status"
}

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
