// Package errcode registers error descriptors; codes are integers.
package errcode

import (
	"net/http"
	"sync"
)

// ErrorCode is a registered code.
type ErrorCode int

// Descriptor describes a code.
type Descriptor struct {
	Value          string
	Message        string
	HTTPStatusCode int
}

var (
	mu          sync.Mutex
	descriptors = map[ErrorCode]Descriptor{}
)

// Register adds a descriptor under a group and returns its code.
func Register(group string, d Descriptor) ErrorCode {
	mu.Lock()
	defer mu.Unlock()
	c := ErrorCode(len(descriptors) + 1)
	descriptors[c] = d
	return c
}

// Descriptor returns what c was registered with.
func (c ErrorCode) Descriptor() Descriptor { return descriptors[c] }

var ErrorCodeUnknown = Register("errcode", Descriptor{Value: "UNKNOWN", Message: "unknown error", HTTPStatusCode: http.StatusInternalServerError})
