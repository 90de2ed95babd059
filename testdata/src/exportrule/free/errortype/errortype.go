// Package errortype declares an error type with no code: no role, no fact.
package errortype

type errExpired struct{}

func (errExpired) Error() string { return "expired" }

func NewExpired() error { return errExpired{} }
