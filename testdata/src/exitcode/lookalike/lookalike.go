// Package lookalike holds switches that are no code-to-exit mappings.
package lookalike

import (
	"net/http"
	"os"
)

type Country struct{ Code string }

func byCountry(c Country) {
	switch c.Code {
	case "US":
		os.Exit(3)
	case "FR":
		os.Exit(5)
	}
}

func byMethod(r *http.Request) {
	switch r.Method {
	case "GET":
		os.Exit(3)
	case "POST":
		os.Exit(5)
	}
}
