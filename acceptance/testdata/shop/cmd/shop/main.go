// Command shop runs the shop API.
package main

import (
	"log"
	"log/slog"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"example.com/shop/api/health"
	"example.com/shop/api/orders"
	"example.com/shop/api/payments"
	"example.com/shop/internal/httpx"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	rs := &httpx.Responder{Log: logger}
	r := chi.NewRouter()
	r.Use(func(next http.Handler) http.Handler { return health.AccessLog(logger, next) })
	r.Mount("/orders", orders.Routes(rs, nil))
	r.Mount("/payments", payments.Mux())
	r.Get("/status", health.Status)
	r.Get("/ready", health.Ready)
	r.NotFound(http.NotFound)
	log.Fatal(http.ListenAndServe(":8080", r))
}
