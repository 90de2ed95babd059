// Package unseen registers huma handlers on an API created elsewhere: it
// cannot see whether huma.NewError is replaced, so nothing is reported.
package unseen

import (
	"context"

	"github.com/danielgtaylor/huma/v2"
)

type In struct{ Name string }

type Out struct{ Body string }

func Routes(api huma.API) {
	huma.Get(api, "/greet", func(ctx context.Context, in *In) (*Out, error) {
		return nil, huma.Error401Unauthorized("log in")
	})
}
