// Package s3err writes S3-style XML errors.
package s3err

import (
	"encoding/xml"
	"net/http"
)

// xmlError is the XML body; it is not an error type (no status, no Error
// method), so inference sees no code position in it.
type xmlError struct {
	XMLName  xml.Name `xml:"Error"`
	Code     string   `xml:"Code"`
	Message  string   `xml:"Message"`
	Resource string   `xml:"Resource"`
}

// Encoder writes a reply; tests swap it.
type Encoder func(w http.ResponseWriter, status int, body any)

// Responder sends S3 errors through its encoder.
type Responder struct {
	Encode Encoder
}

// Send writes an S3 error. The status and code reach the wire through the
// function value r.Encode, which inference does not follow: .errlint.yaml
// names this writer.
func (r *Responder) Send(w http.ResponseWriter, status int, code, resource string) {
	r.Encode(w, status, xmlError{Code: code, Resource: resource})
}

// auditHook records denials and writes the 403 reply.
var auditHook = func(w http.ResponseWriter, code string) {
	w.WriteHeader(http.StatusForbidden)
	_ = xml.NewEncoder(w).Encode(xmlError{Code: code})
}

// Deny refuses the request with a 403 and the code.
func Deny(w http.ResponseWriter, code string) {
	auditHook(w, code)
}

// XML is the default encoder.
func XML(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(status)
	_ = xml.NewEncoder(w).Encode(body)
}

// Error is an S3 error returned by the storage layer.
type Error struct {
	HTTPStatus int    `json:"-"`
	Code       string `json:"code"`
	Message    string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }
