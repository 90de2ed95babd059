package response_test

import (
	"testing"

	"github.com/errlint/errlint/analyzer/internal/response"
)

// ModuleCollisions joins the constants every package of a module reported
// (duplicates included, as re-exported facts repeat them) and pairs each
// later declaration with the first of its code; two sibling packages that
// no importer joins are seen together here.
func TestModuleCollisions(t *testing.T) {
	a := response.CodeConst{Name: "m/a.CodeConflict", Short: "a.CodeConflict", Code: "3001", Int: true, File: "/m/a/a.go", Line: 14}
	b := response.CodeConst{Name: "m/b.CodeVersion", Short: "b.CodeVersion", Code: "3001", Int: true, File: "/m/b/b.go", Line: 3}
	c := response.CodeConst{Name: "m/c.CodeOther", Short: "c.CodeOther", Code: "3002", Int: true, File: "/m/c/c.go", Line: 1}
	s := response.CodeConst{Name: "m/c.Taken", Short: "c.Taken", Code: "TAKEN", File: "/m/c/c.go", Line: 9}
	got := response.ModuleCollisions([]response.CodeConst{b, c, a, s, a, b})
	if len(got) != 1 {
		t.Fatalf("got %d collisions, want 1: %v", len(got), got)
	}
	want := "/m/b/b.go:3: error code 3001 is declared twice: b.CodeVersion here and a.CodeConflict at /m/a/a.go:14"
	if got[0].String() != want {
		t.Errorf("got  %s\nwant %s", got[0], want)
	}
}
