package config

import (
	"fmt"
	"path/filepath"
)

// Find returns the nearest config file in dir or a directory above it,
// loaded; nil, nil when there is none. Two config files in one directory
// are an error. It is the tests' view of discovery: Resolve applies every
// file of the chain (see Chain).
func Find(dir string) (*File, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", dir, err)
	}
	for d := abs; ; {
		path, err := configIn(d)
		if err != nil {
			return nil, err
		}
		if path != "" {
			return Load(path)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return nil, nil
		}
		d = parent
	}
}
