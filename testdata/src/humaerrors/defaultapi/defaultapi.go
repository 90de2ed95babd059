// Package defaultapi creates a huma API and leaves huma.NewError as it
// is: the errors its handlers return are written by huma's default error
// response, which sets no header of its own (§11, §13).
package defaultapi

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
)

type GreetingInput struct{ Name string }

type GreetingOutput struct{ Body string }

func main() {
	api := humago.New(http.NewServeMux(), huma.DefaultConfig("API", "1.0.0"))
	huma.Register(api, huma.Operation{OperationID: "greet", Method: http.MethodGet, Path: "/greet"}, greet)
	huma.Get(api, "/me", func(ctx context.Context, in *GreetingInput) (*GreetingOutput, error) {
		return nil, huma.Error401Unauthorized("who are you") // want `^401 response without a WWW-Authenticate header: this huma\.StatusError value is written by huma's default error response, which sets none$`
	})
	huma.Post(api, "/page", page)
}

func greet(ctx context.Context, in *GreetingInput) (*GreetingOutput, error) {
	if in.Name == "" {
		return nil, huma.Error401Unauthorized("log in") // want `^401 response without a WWW-Authenticate header: this huma\.StatusError value is written by huma's default error response, which sets none$`
	}
	if in.Name == "root" {
		return nil, huma.NewError(http.StatusUnauthorized, "not root") // want `^401 response without a WWW-Authenticate header: this huma\.StatusError value is written by huma's default error response, which sets none$`
	}
	if in.Name == "guest" {
		// Good: the challenge travels with the error.
		return nil, huma.ErrorWithHeaders(huma.Error401Unauthorized("log in"), http.Header{"WWW-Authenticate": {`Bearer realm="api"`}})
	}
	return nil, huma.Error404NotFound("no such name")
}

// Good: an error value only logged, not returned.
func page(ctx context.Context, in *GreetingInput) (*GreetingOutput, error) {
	logged(huma.Error401Unauthorized("expired"))
	return &GreetingOutput{Body: "hello"}, nil
}

func logged(err error) {}
