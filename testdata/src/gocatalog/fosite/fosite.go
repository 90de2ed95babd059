// Package fosite declares its errors as variables of one type (go_catalog:
// type), like fosite's ErrX = &RFC6749Error{…}.
package fosite

import (
	"encoding/json"
	"net/http"
)

// RFC6749Error names its roles in types: (code: ErrorField, status: CodeField).
type RFC6749Error struct {
	ErrorField       string
	DescriptionField string
	CodeField        int
}

func (e *RFC6749Error) Error() string { return e.ErrorField }

var (
	ErrInvalidClient  = &RFC6749Error{ErrorField: "invalid_client", DescriptionField: "Client authentication failed.", CodeField: http.StatusUnauthorized}
	ErrInvalidRequest = &RFC6749Error{ErrorField: "invalid_request", DescriptionField: "The request is missing a parameter.", CodeField: http.StatusBadRequest}
)

func writeInvalidClient(w http.ResponseWriter) {
	w.WriteHeader(http.StatusBadRequest) // want `error code invalid_client sent with status 400; the catalog says 401`
	json.NewEncoder(w).Encode(ErrInvalidClient)
}

func adHoc() error {
	return &RFC6749Error{ErrorField: "invalid_grant", CodeField: http.StatusBadRequest} // want `error code "invalid_grant" is not in the catalog`
}
