// Package envelopelit imports nothing and has no error type: its error
// bodies are map literals, checked all the same.
package envelopelit

var denied = map[string]any{"ok": false, "code": "DENIED_X"} // want `error code "DENIED_X" is not in the catalog`

func fail(code string) map[string]any {
	return map[string]any{"ok": false, "code": code}
}

func local() map[string]any {
	return fail("ALSO_BOGUS") // want `error code "ALSO_BOGUS" is not in the catalog`
}

// Not an error body: no "ok": false, not written, not passed to a writer.
var country = map[string]any{"code": "US", "name": "United States"}
