// Package thirdparty declares values of a third-party error type, with
// positional fields this package's syntax does not name.
package thirdparty

import "example.org/apierr"

var ErrQuota = &apierr.Error{"QUOTA_EXCEEDED", 429}
