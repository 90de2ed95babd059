// Package render is a minimal stand-in for github.com/go-chi/render with the
// signatures errlint knows.
package render

import "net/http"

// M is a shortcut for map[string]interface{}.
type M map[string]interface{}

// Renderer renders a payload.
type Renderer interface {
	Render(w http.ResponseWriter, r *http.Request) error
}

// Status sets the status of the response to the request r, written later
// by JSON, XML, PlainText, … on the same request.
func Status(r *http.Request, status int) {}

func JSON(w http.ResponseWriter, r *http.Request, v interface{})      {}
func XML(w http.ResponseWriter, r *http.Request, v interface{})       {}
func PlainText(w http.ResponseWriter, r *http.Request, v string)      {}
func Data(w http.ResponseWriter, r *http.Request, v []byte)           {}
func HTML(w http.ResponseWriter, r *http.Request, v string)           {}
func NoContent(w http.ResponseWriter, r *http.Request)                {}
func Render(w http.ResponseWriter, r *http.Request, v Renderer) error { return nil }

// DefaultResponder writes v as JSON (or XML, by the request's Accept).
func DefaultResponder(w http.ResponseWriter, r *http.Request, v interface{}) {}

// Respond is the responder render's calls use; services may replace it.
var Respond = DefaultResponder
