// Command bucket serves the blob store.
package main

import (
	"log"
	"net/http"

	"example.com/bucket/api"
)

func main() {
	mux := http.NewServeMux()
	mux.Handle("/", api.New())
	mux.HandleFunc("/admin/", api.Admin)
	log.Fatal(http.ListenAndServe(":9000", mux))
}
