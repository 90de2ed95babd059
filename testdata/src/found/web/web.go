// Package web uses the catalog found in its dependency server.
package web // want `using the 6 values of server.ErrHTTP declared in server/errors.go`

import (
	"net/http"

	"found/server"
)

func unknown() error {
	return &server.ErrHTTP{Code: 42999, Status: http.StatusTooManyRequests} // want `error code 42999 in server.ErrHTTP is not in the catalog$`
}

func known() error {
	return &server.ErrHTTP{Code: 42901, Status: http.StatusTooManyRequests}
}

// An integer code one digit away from a catalog code is another error:
// no suggestion (and no fix under a found catalog in any case).
func near() error {
	return &server.ErrHTTP{Code: 40102, Status: http.StatusUnauthorized} // want `error code 40102 in server.ErrHTTP is not in the catalog$`
}
