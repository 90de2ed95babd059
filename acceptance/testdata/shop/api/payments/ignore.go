package payments

import (
	"encoding/json"
	"net/http"

	"example.com/shop/internal/render"
)

// Legacy endpoints whose clients depend on exact bytes.
func legacyPing(w http.ResponseWriter, r *http.Request) {
	//errlint:ignore rawstatus the legacy pinger treats a bare 503 as "drain"
	w.WriteHeader(http.StatusServiceUnavailable)
}

func legacyTeapot(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(418) //errlint:ignore rawstatus April-fools endpoint kept for the status page
}

func legacyGone(w http.ResponseWriter, r *http.Request) {
	/* want `//errlint:ignore rawstatus has no reason, so it silences nothing` */ //errlint:ignore rawstatus
	w.WriteHeader(http.StatusGone)                                                // want `error status 410 sent without an error code`
}

func legacyWrongName(w http.ResponseWriter, r *http.Request) {
	//errlint:ignore unknowncode wrong analyzer named: does not silence rawstatus // want `//errlint:ignore unknowncode silenced no finding`
	w.WriteHeader(http.StatusLocked) // want `error status 423 sent without an error code`
}

func legacyBoth(w http.ResponseWriter, r *http.Request) {
	//errlint:ignore rawstatus,statusmismatch the old mobile app parses this exact body
	w.WriteHeader(http.StatusServiceUnavailable)
	_, _ = w.Write([]byte(`{"ok":false,"code":"RATE_LIMITED"}`))
}

func legacyTrailing(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Legacy", "1")  //errlint:ignore rawstatus a trailing directive covers only its own line // want `//errlint:ignore rawstatus silenced no finding`
	w.WriteHeader(http.StatusTeapot) // want `error status 418 sent without an error code`
}

func legacyJSON(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusInternalServerError) // want `error status 500 sent without an error code`
	_ = json.NewEncoder(w).Encode(map[string]string{"error": "boom"})
}

func legacyMismatch(w http.ResponseWriter, r *http.Request) {
	//errlint:ignore statusmismatch the old app retries on 503 only
	render.Error(w, 503, "RATE_LIMITED", "slow down") // want `raw status 503; use http.StatusServiceUnavailable` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	render.Error(w, 503, "RATE_LIMITED", "slow down") //errlint:ignore statusmismatch,rawstatus,retryafter the old app retries on 503 only
}

func opaqueBody(w http.ResponseWriter, r *http.Request) {
	body := map[string]any{"detail": r.URL.Path}
	render.JSON(w, http.StatusNotFound, body)
}

var _ = []http.HandlerFunc{legacyMismatch, opaqueBody, legacyTrailing, legacyJSON, legacyPing, legacyTeapot, legacyGone, legacyWrongName, legacyBoth}
