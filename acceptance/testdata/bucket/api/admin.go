package api

import "net/http"

// Admin endpoints answer in plain text.
func Admin(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/admin/drain":
		http.Error(w, "draining", http.StatusServiceUnavailable) // want `error status 503 sent without an error code; the catalog's codes for 503: SlowDown`
	case "/admin/teapot":
		http.Error(w, "teapot", http.StatusTeapot) // want `error status 418 sent without an error code; the catalog has no code for 418`
	case "/admin/legacy":
		//errlint:ignore rawstatus,statusmismatch the v1 admin CLI matches this text
		http.Error(w, "not here", http.StatusNotFound)
	case "/admin/bad":
		http.Error(w, "bad request", http.StatusBadRequest) // want `error status 400 sent without an error code; the catalog's codes for 400: InvalidArgument, PreconditionFailed`
	case "/admin/precondition":
		http.Error(w, "precondition", http.StatusPreconditionFailed) // want `error status 412 sent without an error code; the catalog's codes for 412: PreconditionFailed`
	case "/admin/forbidden":
		http.Error(w, "forbidden", http.StatusForbidden) // want `error status 403 sent without an error code; the catalog's codes for 403: AccessDenied`
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}
