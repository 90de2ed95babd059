// Package b gives 3001 another meaning: reported here, at its declaration,
// naming a's.
package b

import (
	"net/http"

	"collide/a"
)

const CodeVersionMismatch = 3001 // want `error code 3001 is declared twice: CodeVersionMismatch here and a.CodeConflict at a/a.go:14`

var ErrVersion = &a.APIError{Status: http.StatusConflict, Code: CodeVersionMismatch}
