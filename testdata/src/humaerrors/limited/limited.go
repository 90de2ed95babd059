// Package limited answers 429 through huma's default error response,
// which sets no Retry-After.
package limited

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
)

type In struct{ Name string }

type Out struct{ Body string }

func main() {
	api := humago.New(http.NewServeMux(), huma.DefaultConfig("API", "1.0.0"))
	huma.Get(api, "/limited", func(ctx context.Context, in *In) (*Out, error) {
		if in.Name == "" {
			return nil, huma.Error429TooManyRequests("slow down") // want `^429 response without a Retry-After or rate-limit header: this huma\.StatusError value is written by huma's default error response, which sets none$`
		}
		// Good: Retry-After travels with the error.
		return nil, huma.ErrorWithHeaders(huma.NewError(http.StatusTooManyRequests, "slow down"), http.Header{"Retry-After": {"30"}})
	})
}
