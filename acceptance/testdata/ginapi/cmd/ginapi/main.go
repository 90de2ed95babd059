// Command ginapi runs the studio API.
package main

import (
	"log"

	"github.com/gin-gonic/gin"

	"example.com/ginapi/api"
)

func main() {
	r := gin.New()
	api.Register(r)
	log.Fatal(r.Run(":8080"))
}
