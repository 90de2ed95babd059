// Package backoff waits between tries and imports only time: its Waits
// fact makes its callers' loops retry loops.
package backoff

import "time"

// Pause sleeps longer on each attempt.
func Pause(attempt uint) {
	time.Sleep(time.Duration(attempt) * time.Second)
}
