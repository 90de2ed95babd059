// Package store keeps items; its errors carry no code.
package store

import (
	"errors"

	"example.com/layered/util"
)

var ErrMissing = errors.New("missing")

type Item struct{ ID, Name string }

type Store struct{ items map[string]Item }

func (s *Store) Get(id string) (Item, error) {
	it, ok := s.items[util.Clean(id)]
	if !ok {
		return Item{}, ErrMissing
	}
	return it, nil
}
