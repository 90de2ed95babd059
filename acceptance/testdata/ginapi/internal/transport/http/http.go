// Package http holds the studio's transport constants. Its name collides
// with net/http's: a fix adding net/http to a file importing it must pick
// another name.
package http

// Version is the API version header value.
const Version = "2024-06-01"
