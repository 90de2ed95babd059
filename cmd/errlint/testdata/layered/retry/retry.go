// Package retry spells nothing a fact is made of, but its function waits
// through clock's, whose fact it inherits: errlint must read it from
// source.
package retry

import "example.com/layered/clock"

// Pause waits before the next attempt.
func Pause(attempt int) { clock.Nap(attempt) }
