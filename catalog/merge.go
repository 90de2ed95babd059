package catalog

import (
	"slices"
	"strings"
)

// Merge returns the union of catalogs, in order: every code of every
// catalog, once. A code in several catalogs keeps every status, those of
// the earlier catalogs first (so the first catalog's default stays the
// default) and every bound name; its domain, retry flag and message are
// the first catalog's.
// The union's Source joins the catalogs' sources with " + ". With one
// catalog Merge returns it unchanged; nil catalogs are skipped. The
// catalogs are not modified.
func Merge(cats ...*Catalog) *Catalog {
	cats = slices.DeleteFunc(slices.Clone(cats), func(c *Catalog) bool { return c == nil })
	switch len(cats) {
	case 0:
		return nil
	case 1:
		return cats[0]
	}
	var sources []string
	out := &Catalog{}
	at := map[string]int{}
	for _, c := range cats {
		sources = append(sources, c.Source)
		for _, e := range c.Entries {
			i, seen := at[e.Code]
			if !seen {
				at[e.Code] = len(out.Entries)
				e.Statuses = slices.Clone(e.Statuses)
				e.Bound = slices.Clone(e.Bound)
				out.Entries = append(out.Entries, e)
				continue
			}
			have := &out.Entries[i]
			for _, s := range e.Statuses {
				if !slices.Contains(have.Statuses, s) {
					have.Statuses = append(have.Statuses, s)
				}
			}
			for _, name := range e.Bound {
				if !slices.Contains(have.Bound, name) {
					have.Bound = append(have.Bound, name)
				}
			}
		}
	}
	out.Source = strings.Join(sources, " + ")
	out.buildIndex()
	return out
}
