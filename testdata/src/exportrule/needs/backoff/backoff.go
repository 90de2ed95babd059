// Package backoff waits between retries and builds a third-party error
// in a function body: worth analysing, so its waiting helper carries a
// fact.
package backoff

import (
	"time"

	"example.org/apierr"
)

// Wait sleeps before the next attempt.
func Wait(attempt int) { time.Sleep(time.Duration(attempt) * time.Second) }

// Quota returns the quota error.
func Quota() error { return &apierr.Error{"QUOTA_EXCEEDED", 429} }
