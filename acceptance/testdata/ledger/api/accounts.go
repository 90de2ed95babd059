// Package api serves ledger accounts.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/ledger/internal/fail"
)

const statusBusy = http.StatusServiceUnavailable

// Accounts serves /accounts.
func Accounts(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("case") {
	case "missing":
		fail.With(w, http.StatusNotFound, "ledger.account_unknown")
	case "funds":
		fail.With(w, http.StatusConflict, "ledger.insufficient_funds")
	case "funds-wrong":
		fail.With(w, http.StatusBadRequest, "ledger.insufficient_funds") // want `error code ledger.insufficient_funds sent with status 400; the catalog says 402 or 409`
	case "locked":
		fail.With(w, fail.Locked, "ledger.locked")
	case "locked-wrong":
		fail.With(w, fail.Throttled, "ledger.locked") // want `error code ledger.locked sent with status 429; the catalog says 423` `429 response without a Retry-After or rate-limit header`
	case "busy":
		fail.With(w, statusBusy, "ledger.throttled") // want `error code ledger.throttled sent with status 503; the catalog says 429` `503 response with retryable error code ledger.throttled without a Retry-After header`
	case "typo":
		fail.With(w, http.StatusNotFound, "ledger.acount_unknown") // want `error code "ledger.acount_unknown" is not in the catalog; did you mean ledger.account_unknown\?`
	case "default-catalog":
		fail.With(w, http.StatusInternalServerError, "INTERNAL_ERROR") // want `error code "INTERNAL_ERROR" is not in the catalog`
	case "after":
		w.WriteHeader(http.StatusServiceUnavailable) // want `error code ledger.throttled sent with status 503; the catalog says 429` `503 response with retryable error code ledger.throttled without a Retry-After header`
		b, _ := json.Marshal(map[string]any{"ok": false, "code": "ledger.throttled"})
		_, _ = w.Write(b)
	case "invalid":
		fail.With(w, 600, "ledger.internal") // want `status 600 is not a valid HTTP status \(must be 100–599\)`
	case "plain":
		http.Error(w, "locked", http.StatusLocked) // want `error status 423 sent without an error code; the catalog's codes for 423: ledger.locked`
	case "value":
		send := fail.With
		send(w, http.StatusServiceUnavailable, "ledger.throttled") // a call through a function value: not followed
	}
}
