// Package replaced creates a huma API and replaces huma.NewError: the
// error values are then the service's own, which errlint does not read
// through huma, so nothing here is reported.
package replaced

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
)

type MyError struct {
	status int
	Msg    string
}

func (e *MyError) Error() string  { return e.Msg }
func (e *MyError) GetStatus() int { return e.status }

type In struct{ Name string }

type Out struct{ Body string }

func main() {
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		return &MyError{status: status, Msg: msg}
	}
	api := humago.New(http.NewServeMux(), huma.DefaultConfig("API", "1.0.0"))
	huma.Register(api, huma.Operation{OperationID: "greet", Method: http.MethodGet, Path: "/greet"}, greet)
}

func greet(ctx context.Context, in *In) (*Out, error) {
	if in.Name == "" {
		return nil, huma.Error401Unauthorized("log in")
	}
	return nil, huma.NewError(http.StatusTooManyRequests, "slow down")
}
