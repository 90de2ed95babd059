// Package problem builds the shop's error values.
package problem

import "net/http"

// Problem is an error response.
type Problem struct {
	Status int    `json:"status"`
	Code   string `json:"code"`
}

func (p *Problem) Error() string { return p.Code }

// New returns a problem: a writer of status and code.
func New(status int, code string) *Problem { return &Problem{Status: status, Code: code} }

// NotFound returns a problem that carries 404.
func NotFound(code string) *Problem { return New(http.StatusNotFound, code) }
