// Command server runs the example service: chi for the account API, gin for
// billing and echo for the studio, each mounted under its own prefix.
package main

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"

	"example.com/service/api/billing"
	"example.com/service/api/studio"
	"example.com/service/api/users"
)

func main() {
	r := chi.NewRouter()
	users.Routes(r)

	g := gin.New()
	billing.Register(g)
	r.Mount("/billing", g)

	e := echo.New()
	studio.Register(e)
	r.Mount("/studio", e)

	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", r))
}
