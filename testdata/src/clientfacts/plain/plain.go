// Package plain holds nothing the client step reads: no request, wait,
// exit or header read, no error type or response, no function that could
// be a predicate or a mapping. The step skips it.
package plain

import (
	"os"
	"strings"
	"time"
)

// Timeout uses time, but waits for nothing.
const Timeout = 5 * time.Second

// Name reads the environment.
func Name() string { return strings.ToUpper(os.Getenv("NAME")) }

// Count has an integer result, but no parameter that could be a code.
func Count(items []string) int { return len(items) }

// Country is a look-alike: its code is never read here.
type Country struct{ Code string }
