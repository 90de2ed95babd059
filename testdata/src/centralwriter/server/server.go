package server

import (
	"net/http"

	"centralwriter/web"
)

func serve(w http.ResponseWriter, r *http.Request) {
	if err := account(r); err != nil {
		web.WriteError(w, err)
	}
}

func account(r *http.Request) error {
	if err := web.Authenticate(r); err != nil {
		return err // want `^401 response without a WWW-Authenticate header: web\.ErrTokenExpired is written by web\.WriteError, which sets none$`
	}
	if r.Header.Get("Authorization") == "" {
		return web.ErrUnauthorized // want `^401 response without a WWW-Authenticate header: web\.ErrUnauthorized is written by web\.WriteError, which sets none$`
	}
	return web.ErrNotFound
}
