// Package chirender holds handlers of go-chi/render: a status recorded on
// the request with render.Status, sent by the body call on the same
// request in the same block.
package api

import (
	"net/http"

	"github.com/go-chi/render"
)

func notFound(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 404) // want `raw status 404; use http\.StatusNotFound`

	render.JSON(w, r, render.M{"code": "NOT_FOUND"}) // want `error code "NOT_FOUND" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
}

func mismatch(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	render.JSON(w, r, render.M{"code": "RATE_LIMITED"})
}

func xml(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusBadRequest) // want `error code RESOURCE_NOT_FOUND sent with status 400; the catalog says 404`
	render.XML(w, r, render.M{"code": "RESOURCE_NOT_FOUND"})
}

func text(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusInternalServerError) // want `error status 500 sent without an error code`
	render.PlainText(w, r, "boom")
}

func noContent(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusNotFound) // want `error status 404 sent without an error code`
	render.NoContent(w, r)
}

func unauthorized(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusUnauthorized) // want `401 response without a WWW-Authenticate header`
	render.JSON(w, r, render.M{"code": "AUTH_REQUIRED"})
}

func challenged(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	render.Status(r, http.StatusUnauthorized)
	render.JSON(w, r, render.M{"code": "AUTH_REQUIRED"})
}

// ErrResponse is the error type of render's docs, with a string Code: an
// error type through its HTTPStatusCode field.
type ErrResponse struct {
	Err            error  `json:"-"`
	HTTPStatusCode int    `json:"-"`
	Code           string `json:"code"`
	StatusText     string `json:"status"`
}

func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func errInvalidRequest(err error) render.Renderer {
	return &ErrResponse{Err: err, HTTPStatusCode: 400, Code: "INVALID_REQUEST", StatusText: "Invalid request."} // want `raw status 400; use http\.StatusBadRequest` `error code "INVALID_REQUEST" in api\.ErrResponse is not in the catalog`
}

func errNotFound() render.Renderer {
	return &ErrResponse{HTTPStatusCode: http.StatusNotFound, Code: "RESOURCE_NOT_FOUND"}
}

func rendered(w http.ResponseWriter, r *http.Request) {
	render.Render(w, r, errNotFound())
}

// An error writer on render: inferred, and checked at every call.
func renderErr(w http.ResponseWriter, r *http.Request, status int, code string) {
	render.Status(r, status)
	render.JSON(w, r, render.M{"ok": false, "code": code})
}

func useRenderErr(w http.ResponseWriter, r *http.Request) {
	renderErr(w, r, http.StatusConflict, "RESOURCE_NOT_FOUND") // want `error code RESOURCE_NOT_FOUND sent with status 409; the catalog says 404`
}

// render.Respond is a package-level variable of function type.
func respond(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusBadRequest) // want `error code RATE_LIMITED sent with status 400; the catalog says 429`
	render.Respond(w, r, render.M{"code": "RATE_LIMITED"})
}
