// Package embedded declares an error type by embedding a third-party one;
// roles are read from a type's own fields, so it has none.
package embedded

import "example.org/apierr"

type LimitError struct {
	*apierr.Base
	Limit int
}

var ErrLimit error = &LimitError{Limit: 10}
