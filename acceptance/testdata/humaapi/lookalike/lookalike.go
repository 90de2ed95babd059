// Package cleanhuma holds huma look-alikes: nothing here may be reported.
package cleanhuma

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

// NewError is the user's own variable of function type.
var NewError = func(status int, msg string) error { return nil }

func own() error { return NewError(404, "not found") }

// huma's error bodies are opaque: a constant message is no proof that the
// response carries no code.
func opaque() error {
	return huma.NewError(http.StatusNotFound, "not found")
}

func carried() error {
	return huma.Error503ServiceUnavailable("down")
}

func variable(status int) error {
	return huma.NewError(status, "whatever")
}
