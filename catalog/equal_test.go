package catalog

import "slices"

// Equal reports whether c and d have the same entries in the same order,
// ignoring Source and line numbers.
func (c *Catalog) Equal(d *Catalog) bool {
	if c == nil || d == nil {
		return c == d
	}
	return slices.EqualFunc(c.Entries, d.Entries, func(a, b Entry) bool {
		return a.Code == b.Code && slices.Equal(a.Statuses, b.Statuses) &&
			a.Domain == b.Domain && a.Retryable == b.Retryable && a.Message == b.Message &&
			slices.Equal(a.Bound, b.Bound)
	})
}
