package catalog

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
)

// jsonEntry is an entry in the catalog file shape; Status is an int for one
// status and a list for several.
type jsonEntry struct {
	Code      string `json:"code"`
	Status    any    `json:"status"`
	Domain    string `json:"domain"`
	Retryable bool   `json:"retryable"`
	Message   string `json:"message"`
}

// WriteJSON writes the catalog in the JSON catalog file shape, indented by
// two spaces: parsing the output gives an equal catalog.
func (c *Catalog) WriteJSON(w io.Writer) error {
	file := struct {
		Codes []jsonEntry `json:"codes"`
	}{Codes: make([]jsonEntry, 0, len(c.Entries))}
	for _, e := range c.Entries {
		var status any = e.Statuses
		if len(e.Statuses) == 1 {
			status = e.Statuses[0]
		}
		file.Codes = append(file.Codes, jsonEntry{e.Code, status, e.Domain, e.Retryable, e.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(file)
}

// WriteMarkdown writes the catalog as the seed's table: the columns Code,
// Status, Domain, Retry? and Default message, one row per entry, several
// statuses written "403, 400". Characters that Markdown would read as markup
// are escaped with a backslash, so the .md loader reads the cells back.
func (c *Catalog) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("| Code | Status | Domain | Retry? | Default message |\n")
	bw.WriteString("|---|---|---|---|---|\n")
	for _, e := range c.Entries {
		retry := "No"
		if e.Retryable {
			retry = "Yes"
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %s |\n",
			mdCell(e.Code), statusList(e.Statuses), mdCell(e.Domain), retry, mdCell(e.Message))
	}
	return bw.Flush()
}

// statusList spells statuses as "403, 400".
func statusList(statuses []int) string {
	parts := make([]string, len(statuses))
	for i, s := range statuses {
		parts[i] = strconv.Itoa(s)
	}
	return strings.Join(parts, ", ")
}

// mdCell escapes s for a table cell: markup characters get a backslash,
// line breaks become spaces (a row is one line). An underscore inside a word
// (RATE_LIMITED) is no markup and stays as it is.
func mdCell(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case '_':
			if i == 0 || i == len(rs)-1 || !isWordRune(rs[i-1]) || !isWordRune(rs[i+1]) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case '\\', '|', '`', '*', '[', ']', '<', '>', '&', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// WriteText writes a readable listing: one line per code with its statuses,
// domain, retry flag and default message, in aligned columns.
func (c *Catalog) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tSTATUS\tDOMAIN\tRETRY\tMESSAGE")
	for _, e := range c.Entries {
		retry := "no"
		if e.Retryable {
			retry = "yes"
		}
		domain := e.Domain
		if domain == "" {
			domain = "-"
		}
		msg := strings.Join(strings.Fields(e.Message), " ")
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.Code, statusList(e.Statuses), domain, retry, msg)
	}
	return tw.Flush()
}
