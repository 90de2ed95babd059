// Package clock waits: its function carries a fact (it sleeps).
package clock

import "time"

// Nap sleeps longer on each attempt.
func Nap(attempt int) { time.Sleep(time.Duration(attempt) * time.Second) }
