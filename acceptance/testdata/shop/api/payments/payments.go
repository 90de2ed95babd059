// Package payments serves /payments with plain net/http.
package payments

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"example.com/shop/internal/codes"
	"example.com/shop/internal/render"
	"example.com/shop/internal/wire"
)

// Problem is the error type of the payments provider adapter.
type Problem struct {
	StatusCode int    `json:"-"`
	ErrorCode  string `json:"error_code"`
	Title      string `json:"title"`
}

func (p *Problem) Error() string { return p.Title }

// gatewayError is not an error (no Error method) but carries a status.
type gatewayError struct {
	HTTPStatus int    `json:"-"`
	Reason     string `json:"code"`
}

// legacyError is tagged instead of named.
type legacyError struct {
	HTTP int    `json:"status"`
	Kind string `json:"error_code"`
}

// Mux serves the payment endpoints.
func Mux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /payments", charge)
	mux.HandleFunc("GET /payments/quota", quota)
	mux.HandleFunc("GET /payments/{id}", show)
	mux.HandleFunc("POST /payments/{id}/refund", refund)
	return mux
}

func charge(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Idempotency-Key") == "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "BAD_REQUEST", "error": "missing key"})
		return
	}
	if r.ContentLength > 1<<20 {
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		_ = json.NewEncoder(w).Encode(map[string]any{"code": "PAYLOAD_TOO_LARGE"}) // want `error code "PAYLOAD_TOO_LARGE" is not in the catalog`
		return
	}
	if r.URL.Query().Has("slow") {
		w.WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": codes.RateLimited})
		return
	}
	body, err := json.Marshal(wire.Envelope{Code: "UPSTREAM_TIMEOUT", Detail: "provider timed out"})
	if err != nil {
		http.Error(w, "encoding failed", http.StatusInternalServerError) // want `error status 500 sent without an error code; the catalog's codes for 500: INTERNAL_ERROR, STUDIO_AUDIO_EXPORT_FAILED`
		return
	}
	w.WriteHeader(http.StatusBadGateway) // want `error code UPSTREAM_TIMEOUT sent with status 502; the catalog says 504`
	_, _ = w.Write(body)
}

func retryLater(w http.ResponseWriter, r *http.Request) {
	const statusBusy = http.StatusServiceUnavailable
	w.Header().Set("Retry-After", "30")
	w.WriteHeader(statusBusy) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
	b, _ := json.Marshal(map[string]any{"ok": false, "code": "RATE_LIMITED"})
	_, _ = w.Write(b)
}

func sendLater(w http.ResponseWriter, r *http.Request) {
	send := render.Error // a function value: calls through it are not followed
	send(w, http.StatusServiceUnavailable, "RATE_LIMITED", "later")
	if r.URL.Query().Has("x") {
		return
	}
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.URL.Query().Has("y") {
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

func badProblem() error {
	return &Problem{StatusCode: 1000, ErrorCode: "INTERNAL_ERROR"} // a row, not a response (revision 3): Problem is recognised by its shape
}

func maintenance(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Drain") != "" {
		w.WriteHeader(http.StatusServiceUnavailable) // want `error status 503 sent without an error code`
	}
}

// streamErrors keeps one encoder for the whole response.
func streamErrors(w http.ResponseWriter, r *http.Request) {
	enc := json.NewEncoder(w)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	_ = enc.Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

// prettyError indents the body for humans.
func prettyError(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	b, _ := json.MarshalIndent(map[string]any{"ok": false, "code": "RATE_LIMITED"}, "", "  ")
	_, _ = w.Write(b)
}

var _ = []any{retryLater, sendLater, badProblem, maintenance, streamErrors, prettyError}

func quota(w http.ResponseWriter, r *http.Request) {
	overQuota := r.URL.Query().Has("over")
	if overQuota {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

func show(w http.ResponseWriter, r *http.Request) {
	switch r.PathValue("id") {
	case "":
		w.WriteHeader(http.StatusConflict) // want `error code RESOURCE_NOT_FOUND sent with status 409; the catalog says 404`
		render.Body(w, "RESOURCE_NOT_FOUND", "no such payment")
	case "legacy":
		w.WriteHeader(http.StatusGone) // want `error status 410 sent without an error code; the catalog has no code for 410`
		io.WriteString(w, "this payment API is gone")
	case "teapot":
		w.WriteHeader(http.StatusTeapot) // want `error status 418 sent without an error code; the catalog has no code for 418`
		fmt.Fprint(w, "I'm a teapot")
	case "busy":
		w.WriteHeader(http.StatusTooManyRequests) // want `error status 429 sent without an error code; the catalog's codes for 429: GENERATION_CONCURRENCY_EXCEEDED, RATE_LIMITED` `429 response without a Retry-After or rate-limit header`
		w.Write([]byte("slow down"))
	case "down":
		w.WriteHeader(503) // want `error status 503 sent without an error code; the catalog's codes for 503: AUTH_CONFIG_MISSING` `raw status 503`
	case "unset":
		const statusUnset = 0
		w.WriteHeader(statusUnset) // want `status 0 is not a valid HTTP status \(must be 100–599\)`
	default:
		w.WriteHeader(http.StatusOK)
		_ = json.NewEncoder(w).Encode(map[string]any{"id": r.PathValue("id")})
	}
}

func refund(w http.ResponseWriter, r *http.Request) {
	var err error
	switch r.URL.Query().Get("case") {
	case "provider":
		err = &Problem{StatusCode: http.StatusBadGateway, ErrorCode: "UPSTREAM_TIMEOUT", Title: "provider timeout"} // want `error code UPSTREAM_TIMEOUT in payments.Problem sent with status 502; the catalog says 504`
	case "billing":
		err = &Problem{StatusCode: 502, ErrorCode: string(codes.UpstreamBill)} // want `raw status 502; use http.StatusBadGateway`
	case "gateway":
		ge := gatewayError{HTTPStatus: http.StatusBadGateway, Reason: "UPSTREAM_BILLING_EROR"} // want `error code "UPSTREAM_BILLING_EROR" in payments.gatewayError is not in the catalog; did you mean UPSTREAM_BILLING_ERROR\?`
		render.JSON(w, ge.HTTPStatus, ge)
		return
	case "legacy":
		le := legacyError{HTTP: http.StatusPaymentRequired, Kind: "BILLING_INSUFFICIENT_CREDITS"}
		render.JSON(w, le.HTTP, le)
		return
	case "legacy-wrong":
		le := legacyError{HTTP: http.StatusForbidden, Kind: "BILLING_INSUFFICIENT_CREDITS"} // want `error code BILLING_INSUFFICIENT_CREDITS in payments.legacyError sent with status 403; the catalog says 402`
		render.JSON(w, le.HTTP, le)
		return
	case "map":
		render.JSON(w, http.StatusServiceUnavailable, map[string]any{"code": "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
		return
	case "empty":
		render.Error(w, http.StatusBadRequest, "", "no code") // want `empty error code|error code "" is not in the catalog`
		return
	case "lower":
		render.Error(w, http.StatusTooManyRequests, "rate_limited", "slow down") // want `error code "rate_limited" is not in the catalog; did you mean RATE_LIMITED\?` `429 response without a Retry-After or rate-limit header`
		return
	case "payments":
		render.Error(w, http.StatusServiceUnavailable, string(codes.PaymentsFailed), "payments down") // want `error code "PAYMENTS_DOWN" is not in the catalog`
		return
	case "okfalse":
		resp := map[string]any{"ok": false, "code": "RATE_LIMIT", "error": "slow down"} // want `error code "RATE_LIMIT" is not in the catalog; did you mean RATE_LIMITED\?`
		// No Retry-After either.
		render.JSON(w, http.StatusTooManyRequests, resp) // want `429 response without a Retry-After or rate-limit header`
		return
	case "int":
		render.Error(w, 499, "INTERNAL_ERROR", "client went away") // want `error code INTERNAL_ERROR sent with status 499; the catalog says 500`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `error status 500 sent without an error code`
	}
}
