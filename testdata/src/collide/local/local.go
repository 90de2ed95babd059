// Package local declares and uses two constants with one value: the later
// declaration is reported, naming the other.
package local

import "net/http"

type apiError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
}

func (e *apiError) Error() string { return e.Code }

const CodeNameTaken = "TAKEN"

const CodeEmailTaken = "TAKEN" // want `error code "TAKEN" is declared twice: CodeEmailTaken here and CodeNameTaken at local/local.go:14`

func name() error  { return &apiError{Status: http.StatusConflict, Code: CodeNameTaken} }
func email() error { return &apiError{Status: http.StatusConflict, Code: CodeEmailTaken} }
