// Command gateway serves both API generations.
package main

import (
	"log"

	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"

	"example.com/gateway/v4api"
	"example.com/gateway/v5api"
)

func main() {
	e4 := echo4.New()
	v4api.Register(e4)
	e5 := echo5.New()
	v5api.Register(e5)
	go func() { log.Fatal(e5.Start(":8081")) }()
	log.Fatal(e4.Start(":8080"))
}
