// Package cleanrender holds go-chi/render look-alikes: nothing here may be
// reported.
package cleanrender

import (
	"net/http"

	"github.com/go-chi/render"
)

// Status and JSON with render's names, in the user's own package.
func Status(r *http.Request, status int)                 {}
func JSON(w http.ResponseWriter, r *http.Request, v any) {}

func ownFuncs(w http.ResponseWriter, r *http.Request) {
	Status(r, 404)
	JSON(w, r, render.M{"code": "NOT_FOUND"})
}

// A status set on a different request.
func otherRequest(w http.ResponseWriter, r, r2 *http.Request) {
	render.Status(r, http.StatusConflict)
	render.JSON(w, r2, render.M{"code": "RESOURCE_NOT_FOUND"})
}

// A status inside an if does not pair with a body after it.
func statusInIf(w http.ResponseWriter, r *http.Request, missing bool) {
	if missing {
		render.Status(r, http.StatusConflict)
	}
	render.JSON(w, r, render.M{"code": "RESOURCE_NOT_FOUND"})
}

// A Renderer sets the status on the request; render.Render writes it later.
type payload struct{ status int }

func (p *payload) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, http.StatusAccepted)
	return nil
}

func right(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusNotFound)
	render.JSON(w, r, render.M{"code": "RESOURCE_NOT_FOUND"})
}
