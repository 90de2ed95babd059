// Package sdk is a small client of a service that answers the seed's
// envelope: its error type, and the body it decodes.
package sdk

import (
	"encoding/json"
	"io"
	"net/http"
)

// APIError is the client's error: an error type by its shape.
type APIError struct {
	StatusCode int    `json:"-"`
	Code       string `json:"code"`
	Detail     string `json:"detail"`
}

func (e *APIError) Error() string { return e.Code + ": " + e.Detail }

// Problem is the decoded body: not an error type by its shape, a code
// field because it is decoded from a response body.
type Problem struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// Envelope nests the code one level down.
type Envelope struct {
	Error struct {
		Code string `json:"code"`
	} `json:"error"`
}

// Decode reads a problem from a response.
func Decode(resp *http.Response) (*Problem, error) {
	var p Problem
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

// DecodeEnvelope reads the nested shape through io.ReadAll.
func DecodeEnvelope(resp *http.Response) (string, error) {
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	var env Envelope
	if err := json.Unmarshal(b, &env); err != nil {
		return "", err
	}
	if env.Error.Code == "RATE_LIMTED" { // want `error code "RATE_LIMTED" is not in the catalog; did you mean RATE_LIMITED\?`
		return "wait", nil
	}
	return env.Error.Code, nil
}

// NumError carries an integer code beside its status (§13): a code field.
type NumError struct {
	Status int `json:"status"`
	Code   int `json:"code"`
}

func (e *NumError) Error() string { return "numeric error" }
