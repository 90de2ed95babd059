// Package huma holds handlers of huma v2: its error bodies are opaque
// (NewError is replaceable), so only the status itself is checked.
package huma

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

// huma.NewError is a package-level variable of function type.
func newError() error {
	return huma.NewError(404, "not found") // want `raw status 404; use http\.StatusNotFound`
}

func newErrorInvalid() error {
	return huma.NewError(0, "no status") // want `status 0 is not a valid HTTP status \(must be 100–599\)`
}

func carried() error {
	return huma.Error404NotFound("no such thing") // a carried status, an opaque body: nothing to say
}

func writeErr(api huma.API, ctx huma.Context) error {
	return huma.WriteErr(api, ctx, 429, "slow down") // want `raw status 429; use http\.StatusTooManyRequests` `429 response without a Retry-After or rate-limit header`
}

func writeErrWithRetry(api huma.API, ctx huma.Context) error {
	ctx.SetHeader("Retry-After", "30")
	return huma.WriteErr(api, ctx, http.StatusTooManyRequests, "slow down")
}

func unauthorized(api huma.API, ctx huma.Context) error {
	return huma.WriteErr(api, ctx, http.StatusUnauthorized, "who are you") // want `401 response without a WWW-Authenticate header`
}

func challenged(api huma.API, ctx huma.Context) error {
	ctx.SetHeader("WWW-Authenticate", `Bearer realm="api"`)
	return huma.WriteErr(api, ctx, http.StatusUnauthorized, "who are you")
}
