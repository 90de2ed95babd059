// Package embedded declares an error type by embedding a third-party one.
package embedded

import "example.org/apierr"

type LimitError struct {
	*apierr.Base
	Limit int
}

var ErrLimit error = &LimitError{Base: &apierr.Base{Reason: "limit"}, Limit: 10}
