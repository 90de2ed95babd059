// Package errcode registers descriptors with a function (go_catalog: func),
// like distribution's errcode; its codes are integers.
package errcode

import "net/http"

// ErrorCode is an integer: the code is the descriptor's Value.
type ErrorCode int

// ErrorDescriptor names its roles in types: (code: Value, status: HTTPStatusCode).
type ErrorDescriptor struct {
	Value          string
	Message        string
	HTTPStatusCode int
}

var next ErrorCode

// Register adds a descriptor and returns its code.
func Register(group string, d ErrorDescriptor) ErrorCode {
	next++
	return next
}

var ErrorCodeUnknown = Register("errcode", ErrorDescriptor{Value: "UNKNOWN", Message: "unknown error", HTTPStatusCode: http.StatusInternalServerError})
