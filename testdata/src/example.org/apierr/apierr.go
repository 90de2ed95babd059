// Package apierr stands for a third-party error library, outside the
// user's module, whose fields a user package's syntax cannot show.
package apierr

type Error struct {
	Code   string
	Status int
}

func (e *Error) Error() string { return e.Code }

// Base is embedded by error types that add their own fields.
type Base struct {
	Reason string
}

func (b *Base) Error() string { return b.Reason }
