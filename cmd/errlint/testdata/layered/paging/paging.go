// Package paging can carry no fact, and it imports only web, which exports
// none: errlint reads it from export data once web is analysed.
package paging

import "example.com/layered/web"

// Path returns the API path of a page.
func Path(page string) string { return web.Prefix + "/" + page }
