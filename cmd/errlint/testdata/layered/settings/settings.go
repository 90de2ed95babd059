// Package settings holds options.
package settings

import (
	"sync"
	"time"
)

type Options struct {
	sync.Mutex
	Timeout time.Duration
}

var Defaults = Options{Timeout: time.Second}
