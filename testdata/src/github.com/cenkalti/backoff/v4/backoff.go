// Package backoff is a stub of github.com/cenkalti/backoff/v4: the
// signatures errlint's rows name.
package backoff

import "time"

// BackOff is a backoff policy.
type BackOff interface {
	NextBackOff() time.Duration
	Reset()
}

// Operation is what Retry repeats.
type Operation func() error

// ExponentialBackOff grows its delays.
type ExponentialBackOff struct{}

func (b *ExponentialBackOff) NextBackOff() time.Duration { return time.Second }
func (b *ExponentialBackOff) Reset()                     {}

// NewExponentialBackOff returns a policy.
func NewExponentialBackOff() *ExponentialBackOff { return &ExponentialBackOff{} }

// Retry runs o until it succeeds or returns a permanent error.
func Retry(o Operation, b BackOff) error { return o() }

// PermanentError stops Retry.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }

// Permanent wraps err so that Retry stops.
func Permanent(err error) error { return &PermanentError{err} }

// Notify is called with each error and the wait before the next try.
type Notify func(error, time.Duration)

// RetryNotify is Retry, telling notify of each failure.
func RetryNotify(o Operation, b BackOff, notify Notify) error { return o() }
