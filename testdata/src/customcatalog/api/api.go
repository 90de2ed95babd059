// Package api has a writer inference cannot see: it stores into a table.
package api

var table = map[string]int{}

// Register records the status a code is sent with.
func Register(code string, status int) { table[code] = status }
