// Package pairdirective regresses issue 19: a render.Status then
// render.JSON pair is reported on the render.Status line, and a directive
// on the render.JSON line, where the code is, must silence it.
package pairdirective

import (
	"net/http"

	"github.com/go-chi/render"
)

func onBodyLine(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusServiceUnavailable)
	render.JSON(w, r, render.M{"code": "RATE_LIMITED"}) //errlint:ignore statusmismatch,retryafter the gateway retries on its own
}

func aboveBodyLine(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusServiceUnavailable)
	//errlint:ignore statusmismatch,retryafter the gateway retries on its own
	render.JSON(w, r, render.M{"code": "RATE_LIMITED"})
}

func onStatusLine(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusServiceUnavailable) //errlint:ignore statusmismatch,retryafter the gateway retries on its own
	render.JSON(w, r, render.M{"code": "RATE_LIMITED"})
}

// A code on its own line of a multi-line body is a line of the pair too.
func codeLine(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusServiceUnavailable)
	render.JSON(w, r, render.M{
		"code": "RATE_LIMITED", //errlint:ignore statusmismatch,retryafter the gateway retries on its own
	})
}

// A directive naming another analyzer silences nothing, and says so.
func otherAnalyzer(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusServiceUnavailable)     // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	render.JSON(w, r, render.M{"code": "RATE_LIMITED"}) //errlint:ignore unknowncode not this one // want `//errlint:ignore unknowncode silenced no finding`
}

// A directive on a line outside the pair silences nothing of it.
func outside(w http.ResponseWriter, r *http.Request) {
	_ = r.URL                                       //errlint:ignore statusmismatch,retryafter not this pair // want `//errlint:ignore statusmismatch,retryafter silenced no finding`
	render.Status(r, http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	render.JSON(w, r, render.M{"code": "RATE_LIMITED"})
}
