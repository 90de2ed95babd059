// Package clean: one constant in several descriptors (one multi-status
// entry), and a copy of a code used only in comparisons (an SDK's): no
// collision.
package clean

import (
	"net/http"

	"collide/codes"
)

type apiError struct {
	Status int `json:"-"`
	Code   int `json:"code"`
}

func (e *apiError) Error() string { return "api" }

const CodeBadInput = 2001

// CodeSDKCopy mirrors 2001 for a client: compared, never a descriptor's code.
const CodeSDKCopy = 2001

var (
	errBad      = &apiError{Status: http.StatusBadRequest, Code: CodeBadInput}
	errBadState = &apiError{Status: http.StatusConflict, Code: CodeBadInput}
	errLocked   = &apiError{Status: http.StatusNotFound, Code: codes.ErrCodeAccountLocked}
)

func isBad(e *apiError) bool { return e.Code == CodeSDKCopy }

// A variable status makes no descriptor.
func dynamic(status int) error { return &apiError{Status: status, Code: CodeSDKCopy} }
