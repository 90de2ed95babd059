// Package legacy inherits the catalog of the module's root configuration.
package legacy

import (
	"net/http"

	"example.com/catalogs/apierr"
)

func Old(w http.ResponseWriter) error {
	w.WriteHeader(400)
	return apierr.APIError{Code: "AccessDenied", HTTPStatusCode: 401} // want `error code AccessDenied in apierr.APIError sent with status 401; the catalog says 403`
}
