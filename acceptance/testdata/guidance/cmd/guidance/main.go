// Command guidance serves the example API.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"

	"example.com/guidance/api"
)

func main() {
	r := chi.NewRouter()
	api.Accounts(r)
	g := gin.New()
	api.Studio(g)
	e := echo.New()
	api.Voices(e)
	r.Mount("/studio", g)
	r.Mount("/voices", e)
	_ = http.ListenAndServe(":8080", r)
}
