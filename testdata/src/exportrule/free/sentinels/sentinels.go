// Package sentinels declares plain error values: no code, no status.
package sentinels

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound = errors.New("not found")
	ErrConflict = fmt.Errorf("conflict: %w", ErrNotFound)
)

// Find returns ErrNotFound for a missing key.
func Find(m map[string]string, k string) (string, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return "", fmt.Errorf("find %q: %w", k, ErrNotFound)
}
