// Package api is the billing service.
package api

import (
	"net/http"

	"example.com/platform/problem"
)

// Invoices serves /invoices.
func Invoices(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("state") {
	case "unpaid":
		problem.Send(w, http.StatusPaymentRequired, "BILLING_INSUFFICIENT_CREDITS", "pay first")
	case "unpaid-wrong":
		problem.Send(w, http.StatusForbidden, "BILLING_INSUFFICIENT_CREDITS", "pay first") // want `error code BILLING_INSUFFICIENT_CREDITS sent with status 403; the catalog says 402`
	case "upstream":
		problem.Unavailable(w, "UPSTREAM_BILLING_ERROR") // want `error code UPSTREAM_BILLING_ERROR sent with status 503; the catalog says 502` `503 response with retryable error code UPSTREAM_BILLING_ERROR without a Retry-After header`
	case "storage":
		problem.Unavailable(w, "UPSTREAM_ASSET_STORAGE_ERROR") // want `503 response with retryable error code UPSTREAM_ASSET_STORAGE_ERROR without a Retry-After header`
	case "typo":
		problem.Send(w, 402, "BILLING_INSUFICIENT_CREDITS", "pay first") // want `raw status 402; use http.StatusPaymentRequired` `error code "BILLING_INSUFICIENT_CREDITS" is not in the catalog; did you mean BILLING_INSUFFICIENT_CREDITS\?`
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}
