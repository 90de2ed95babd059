// Package settings holds configuration: literals of its own types, a
// mutex embedded, an interface embedding another.
package settings

import (
	"io"
	"sync"
	"time"
)

type Options struct {
	sync.Mutex
	Timeout time.Duration
	Retries int
	Name    string `json:"name"`
}

var Defaults = Options{Timeout: 5 * time.Second, Retries: 3, Name: "svc"}

type Source interface {
	io.Reader
	Name() string
}

func Load(src Source) (*Options, error) {
	o := &Options{Name: src.Name()}
	return o, nil
}
