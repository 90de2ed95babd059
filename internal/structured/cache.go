package structured

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Cache holds, for each file, the result of parsing its latest version
// read: a file is read once per process however many packages use it,
// and again when its modification time or size changes. The zero Cache is
// ready to use.
type Cache[T any] struct {
	mu sync.Mutex
	m  map[string]cached[T] // by absolute path
}

type version struct {
	modTime time.Time
	size    int64
}

type cached[T any] struct {
	v   version
	val T
	err error
}

// Load returns parse's result, errors included, for the file at path,
// which parse receives as an absolute path. A file that cannot be read is
// reported by fail, given the path it concerns (path itself when it has no
// absolute form, else the absolute path) and the cause without the path.
func (c *Cache[T]) Load(path string, parse func(abs string, data []byte) (T, error), fail func(file string, cause error) error) (T, error) {
	var zero T
	abs, err := filepath.Abs(path)
	if err != nil {
		return zero, fail(path, err)
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return zero, fail(abs, WithoutPath(err))
	}
	if fi.IsDir() {
		return zero, fail(abs, errors.New("is a directory"))
	}
	v := version{fi.ModTime(), fi.Size()}
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.m[abs]; ok && r.v == v {
		return r.val, r.err
	}
	val := zero
	data, err := os.ReadFile(abs)
	if err != nil {
		err = fail(abs, WithoutPath(err))
	} else {
		val, err = parse(abs, data)
	}
	if c.m == nil {
		c.m = make(map[string]cached[T])
	}
	c.m[abs] = cached[T]{v, val, err}
	return val, err
}

// WithoutPath drops the path from an *os.PathError, for messages that name
// the path already.
func WithoutPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
