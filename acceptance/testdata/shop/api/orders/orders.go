// Package orders serves /orders.
package orders

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/shop/internal/apierr"
	"example.com/shop/internal/codes"
	"example.com/shop/internal/httpx"
	"example.com/shop/internal/oapi"
	"example.com/shop/internal/render"
	"example.com/shop/internal/shoperr"
)

// codeRL is declared here, so its fix edits the declaration.
const codeRL = "RATE_LIMIT"

const codeConflict = "CONFLICT"

// Order is what the store keeps.
type Order struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Store is the orders backend.
type Store interface {
	Get(ctx context.Context, id string) (*Order, error)
	Put(ctx context.Context, o *Order) error
}

// ErrNotFound is returned by Store.Get.
var ErrNotFound = errors.New("not found")

var errBusy = errors.New("busy")

type handler struct {
	rs    *httpx.Responder
	store Store
}

// Routes mounts the order endpoints.
func Routes(rs *httpx.Responder, store Store) http.Handler {
	h := &handler{rs: rs, store: store}
	r := chi.NewRouter()
	r.Get("/{id}", h.get)
	r.Post("/", h.create)
	r.Delete("/{id}", h.cancel)
	r.Get("/{id}/invoice", h.invoice)
	return r
}

func (h *handler) get(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	o, err := h.store.Get(r.Context(), id)
	switch {
	case errors.Is(err, ErrNotFound):
		h.rs.Fail(w, http.StatusNotFound, codes.OrderMissing, err) // want `error code "ORDER_NOT_FOUND" is not in the catalog`
		return
	case errors.Is(err, context.Canceled):
		w.WriteHeader(499) // want `error status 499 sent without an error code; the catalog has no code for 499` `raw status 499`
		return
	case errors.Is(err, context.DeadlineExceeded):
		h.rs.Unavailable(w, codes.RateLimited) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
		return
	case errors.Is(err, errBusy):
		h.rs.Unavailable(w, "GENERATION_CAPACITY_EXCEEDED")
		return
	case err != nil:
		h.rs.Fail(w, http.StatusServiceUnavailable, codes.RateLimited, err) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
		return
	}
	render.JSON(w, http.StatusOK, o)
}

func (h *handler) create(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		h.rs.Fail(w, 400, "BAD_REQUEST", err) // want `raw status 400; use http.StatusBadRequest`
		return
	}
	if o.ID == "" {
		h.rs.Fail(w, http.StatusUnprocessableEntity, "VALIDATION_ERROR", nil)
		return
	}
	if err := h.store.Put(r.Context(), &o); err != nil {
		h.rs.Fail(w, http.StatusTooManyRequests, codeRL, err) // want `error code "RATE_LIMIT" is not in the catalog; did you mean RATE_LIMITED\?` `429 response without a Retry-After or rate-limit header`
		return
	}
	render.JSON(w, 201, o) // want `raw status 201; use http.StatusCreated`
}

func (h *handler) cancel(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	o, err := h.store.Get(r.Context(), id)
	if err != nil {
		h.rs.Render(w, shoperr.MissingProduct("NOT_FOUND")) // want `error code "NOT_FOUND" is not in the catalog; did you mean RESOURCE_NOT_FOUND\?`
		return
	}
	if o.Status == "shipped" {
		h.rs.Render(w, apierr.Conflict(codeConflict))
		return
	}
	if o.Status == "locked" {
		h.rs.Render(w, apierr.NotFound("CONFLICT")) // want `error code CONFLICT sent with status 404; the catalog says 409`
		return
	}
	if o.Status == "busy" {
		h.rs.Render(w, shoperr.MissingProduct(string(codes.RateLimited))) // want `error code RATE_LIMITED sent with status 404; the catalog says 429`
		return
	}
	if o.Status == "retry" {
		h.rs.Render(w, shoperr.Throttled(http.StatusTooManyRequests, codeRL)) // want `error code "RATE_LIMIT" is not in the catalog; did you mean RATE_LIMITED\?`
		return
	}
	if o.Status == "hold" {
		h.rs.Render(w, apierr.WithMessage(http.StatusConflict, "RATE_LIMITED", "on hold")) // want `error code RATE_LIMITED sent with status 409; the catalog says 429`
		return
	}
	render.Status(w, 204) // want `raw status 204; use http.StatusNoContent`
}

func (h *handler) invoice(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("format") == "pdf" {
		http.NotFound(w, r) // want `error status 404 sent without an error code; the catalog's codes for 404: RESOURCE_NOT_FOUND`
		return
	}
	if r.URL.Query().Get("legacy") != "" {
		http.Redirect(w, r, "/v2"+r.URL.Path, 302) // want `raw status 302; use http.StatusFound`
		return
	}
	if r.URL.Query().Get("old") != "" {
		http.Redirect(w, r, "/v2"+r.URL.Path, http.StatusPermanentRedirect)
		return
	}
	if r.URL.Query().Get("v") == "oapi" {
		oapi.WriteError(w, http.StatusServiceUnavailable, "UPSTREAM_BILLING_ERROR") // want `error code UPSTREAM_BILLING_ERROR sent with status 503; the catalog says 502` `503 response with retryable error code UPSTREAM_BILLING_ERROR without a Retry-After header`
		return
	}
	if r.URL.Query().Get("v") == "2" {
		render.Problem(w, http.StatusBadGateway, codes.UpstreamBill)
		return
	}
	if r.URL.Query().Get("v") == "3" {
		render.Problem(w, http.StatusServiceUnavailable, codes.UpstreamBill) // want `error code UPSTREAM_BILLING_ERROR sent with status 503; the catalog says 502` `503 response with retryable error code UPSTREAM_BILLING_ERROR without a Retry-After header`
		return
	}
	if r.URL.Query().Get("v") == "4" {
		render.Problem(w, http.StatusBadGateway, "UPSTREAM_BILLING_EROR") // want `error code "UPSTREAM_BILLING_EROR" is not in the catalog; did you mean UPSTREAM_BILLING_ERROR\?`
		return
	}
	render.Error(w, http.StatusBadGateway, string(codes.UpstreamBill), "billing is down")
}
