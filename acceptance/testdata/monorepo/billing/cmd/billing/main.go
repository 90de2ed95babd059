// Command billing serves invoices.
package main

import (
	"log"
	"net/http"

	"example.com/billing/api"
)

func main() {
	http.HandleFunc("/invoices", api.Invoices)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
