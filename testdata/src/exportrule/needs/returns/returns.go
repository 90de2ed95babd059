// Package returns declares error types whose methods return their codes.
package returns

type errExpired struct{}

func (errExpired) Error() string { return "expired" }

func NewExpired() error { return errExpired{} }
