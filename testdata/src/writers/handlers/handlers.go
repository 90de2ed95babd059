// Package handlers calls the writers of three levels.
package handlers

import (
	"net/http"

	"writers/apierr"
	"writers/httpx"
	"writers/svc"
)

func limited(w http.ResponseWriter) {
	svc.Respond(w, "RATE_LIMITED", http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
}

func limitedOK(w http.ResponseWriter) {
	svc.Respond(w, "RATE_LIMITED", http.StatusTooManyRequests)
}

func conflict(w http.ResponseWriter) {
	httpx.WriteError(w, http.StatusBadRequest, "CONFLICT") // want `error code CONFLICT sent with status 400; the catalog says 409`
}

func carried() error {
	return svc.NotFound("RATE_LIMITED") // want `error code RATE_LIMITED sent with status 404; the catalog says 429`
}

func carriedOK() error {
	return apierr.NotFound("RESOURCE_NOT_FOUND")
}

func gone(w http.ResponseWriter) {
	httpx.Gone(w, "RESOURCE_NOT_FOUND") // want `error code RESOURCE_NOT_FOUND sent with status 410; the catalog says 404`
}

func method(r *httpx.Responder) {
	r.Send("FORBIDDEN", http.StatusUnauthorized) // want `error code FORBIDDEN sent with status 401; the catalog says 403`
}

func wrapped() error {
	return apierr.Wrap("VALIDATION_ERROR", http.StatusBadRequest) // want `error code VALIDATION_ERROR sent with status 400; the catalog says 422`
}

func changed() error {
	return apierr.Changed(http.StatusBadRequest, "INTERNAL_ERROR") // status not paired: Changed assigns it
}
