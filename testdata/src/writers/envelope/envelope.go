// Package envelope builds error bodies without importing any HTTP package: // want package:`gocatalog\(sends (default )?codes.*\)`
// its writer is found all the same.
package envelope

// Fail is the body of every error response.
func Fail(code string) map[string]any { // want Fail:`errwriter\(code=0\)`
	return map[string]any{"ok": false, "code": code}
}
