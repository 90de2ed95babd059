package config

import (
	"strings"
	"testing"
)

func TestGoCatalogFlag(t *testing.T) {
	for _, tc := range []struct {
		flag string
		want GoCatalogDecl
		err  string
	}{
		{"var:github.com/minio/minio/cmd.errorCodes", GoCatalogDecl{Kind: GoVar, Name: "github.com/minio/minio/cmd.errorCodes"}, ""},
		{"func:example.com/x/errcode.register:1", GoCatalogDecl{Kind: GoFunc, Name: "example.com/x/errcode.register", Arg: 1}, ""},
		{"func:example.com/x/errcode.register", GoCatalogDecl{Kind: GoFunc, Name: "example.com/x/errcode.register"}, ""},
		{"type:github.com/ory/fosite.RFC6749Error", GoCatalogDecl{Kind: GoType, Name: "github.com/ory/fosite.RFC6749Error"}, ""},
		{"method:(*example.com/x.Code).Status", GoCatalogDecl{Kind: GoMethod, Name: "(*example.com/x.Code).Status"}, ""},
		{"example.com/x.codes", GoCatalogDecl{}, "want KIND:NAME"},
		{"const:example.com/x.codes", GoCatalogDecl{}, `unknown kind "const"`},
		{"var:example.com/x.codes:1", GoCatalogDecl{}, "only for func"},
		{"func:example.com/x.f:-1", GoCatalogDecl{}, "must be an integer"},
		{"func:example.com/x.f:one", GoCatalogDecl{}, "must be an integer"},
		{"method:example.com/x.Code.Status", GoCatalogDecl{}, "not a full method name"},
		{"var:", GoCatalogDecl{}, `"var" is empty`},
	} {
		d, err := ParseGoCatalogFlag(tc.flag)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: %v, want an error containing %q", tc.flag, err, tc.err)
			}
			continue
		}
		if err != nil || d != tc.want {
			t.Errorf("%q = %+v, %v; want %+v", tc.flag, d, err, tc.want)
		}
		if d.Flag() != tc.flag && !(tc.want.Arg == 0 && strings.HasSuffix(tc.flag, ":0")) {
			t.Errorf("%q spelled back as %q", tc.flag, d.Flag())
		}
		if d.PkgPath() == "" || strings.ContainsAny(d.PkgPath(), "()*") {
			t.Errorf("%q: PkgPath %q", tc.flag, d.PkgPath())
		}
	}
}

func TestTypeRolesValidate(t *testing.T) {
	for _, tc := range []struct {
		t    TypeRoles
		want string
	}{
		{TypeRoles{Type: "github.com/minio/minio/cmd.APIError", Code: "Code", Status: "HTTPStatusCode", Message: "Description"}, ""},
		{TypeRoles{Type: "example.com/x.E", Code: "code"}, ""},
		{TypeRoles{Type: "example.com/x.E"}, `needs "code"`},
		{TypeRoles{Type: "E", Code: "Code"}, "not a full type name"},
		{TypeRoles{Type: "example.com/x.E[T]", Code: "Code"}, "not a full type name"},
		{TypeRoles{Type: "example.com/x.E", Code: "Code", OK: "Code"}, `"code" and "ok" both name the field Code`},
		{TypeRoles{Type: "example.com/x.E", Code: "Code", Retryable: "1st"}, `"retryable" must be a field name`},
	} {
		err := tc.t.Validate()
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.t, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.t, err, tc.want)
		}
	}
}

// TestTypeKeys reads a types entry naming every key of typeKeys: each
// lands in its own field.
func TestTypeKeys(t *testing.T) {
	src := "types:\n  - {type: example.com/x.E, code: C, status: S, ok: O, retryable: R, message: M}\n"
	if len(typeKeys) != 6 {
		t.Fatalf("typeKeys = %v: read the new key in parseType and name it here", typeKeys)
	}
	f, err := Parse("/x/.errlint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := TypeRoles{Type: "example.com/x.E", Code: "C", Status: "S", OK: "O", Retryable: "R", Message: "M"}
	if len(f.Types) != 1 {
		t.Fatalf("Types = %+v", f.Types)
	}
	got := f.Types[0]
	got.File, got.Line = "", 0
	if got != want {
		t.Errorf("Types[0] = %+v, want %+v", got, want)
	}
}
