package catalog

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
)

// WriteJSON writes the catalog in the JSON catalog file shape, indented by
// two spaces, with "status" a number for one status and a one-line list for
// several. Parsing the output gives an equal catalog.
func (c *Catalog) WriteJSON(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("{\n  \"codes\": [")
	for i, e := range c.Entries {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    {")
		sep := ""
		writeFields(&b, e, func(key string) {
			b.WriteString(sep + "\n      \"" + key + "\": ")
			sep = ","
		}, writeJSONString)
		if len(e.Bound) > 0 {
			b.WriteString(",\n      \"bound\": [")
			for i, name := range e.Bound {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteString("\n        ")
				writeJSONString(&b, name)
			}
			b.WriteString("\n      ]")
		}
		b.WriteString("\n    }")
	}
	if len(c.Entries) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// WriteYAML writes the catalog in the YAML catalog file shape, one
// mapping per entry, "status" a number for one status and a flow list for
// several. Strings are written plain when YAML would read them back as the
// same string, else double-quoted. Parsing the output gives an equal
// catalog.
func (c *Catalog) WriteYAML(w io.Writer) error {
	var b bytes.Buffer
	if len(c.Entries) == 0 {
		b.WriteString("codes: []\n")
	} else {
		b.WriteString("codes:\n")
	}
	for _, e := range c.Entries {
		lead := "  - "
		writeFields(&b, e, func(key string) {
			b.WriteString(lead + key + ": ")
			lead = "\n    "
		}, writeYAMLString)
		b.WriteString("\n")
		if len(e.Bound) > 0 {
			b.WriteString("    bound:\n")
			for _, name := range e.Bound {
				b.WriteString("      - ")
				writeJSONString(&b, name) // a full name holds '/' and '.': always quoted
				b.WriteString("\n")
			}
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// writeFields writes the fields of e that both file shapes hold, in their
// order, each value after key(its name), its strings with str: an integer
// code is a number, as written.
func writeFields(b *bytes.Buffer, e Entry, key func(string), str func(*bytes.Buffer, string)) {
	key("code")
	if e.Int {
		b.WriteString(e.Code)
	} else {
		str(b, e.Code)
	}
	key("status")
	b.WriteString(statusValue(e.Statuses))
	key("domain")
	str(b, e.Domain)
	key("retryable")
	b.WriteString(strconv.FormatBool(e.Retryable))
	key("message")
	str(b, e.Message)
}

// writeYAMLString writes s as a YAML scalar: plain when it is a word of
// letters, digits, '_', '.' and '-' that YAML reads as a string, else as
// a double-quoted string (JSON's escapes are YAML's).
func writeYAMLString(b *bytes.Buffer, s string) {
	if isPlainYAML(s) {
		b.WriteString(s)
		return
	}
	writeJSONString(b, s)
}

// isPlainYAML reports whether s can be written unquoted in YAML and read
// back as the same string: a token starting with a letter, that no YAML
// version reads as a boolean or null.
func isPlainYAML(s string) bool {
	if s == "" || !unicode.IsLetter(rune(s[0])) || s[0] >= 0x80 {
		return false
	}
	for _, r := range s {
		if !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == '-')) {
			return false
		}
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf":
		return false
	}
	return true
}

// writeJSONString writes s as a JSON string, leaving <, > and & as they are.
func writeJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)       // a string always encodes
	b.Truncate(b.Len() - 1) // Encode's newline
}

// WriteMarkdown writes the catalog as the seed's table: the columns Code,
// Status, Domain, Retry? and Default message, one row per entry, several
// statuses written "403, 400". A table has no place for bound names: they
// are left out (HasBound tells a caller to say so). Characters that Markdown would read as markup
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
			mdCell(e.Code), StatusList(e.Statuses), mdCell(e.Domain), retry, mdCell(e.Message))
	}
	return bw.Flush()
}

// statusList spells statuses as "403, 400".
func StatusList(statuses []int) string {
	parts := make([]string, len(statuses))
	for i, s := range statuses {
		parts[i] = strconv.Itoa(s)
	}
	return strings.Join(parts, ", ")
}

// statusValue spells statuses as a JSON or YAML value: a number for one
// status, a one-line list for several.
func statusValue(statuses []int) string {
	if len(statuses) == 1 {
		return strconv.Itoa(statuses[0])
	}
	return "[" + StatusList(statuses) + "]"
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.Code, StatusList(e.Statuses), domain, retry, msg)
	}
	return tw.Flush()
}

// HasBound reports whether some entry has bound names, which the Markdown
// and text forms do not show.
func (c *Catalog) HasBound() bool {
	for _, e := range c.Entries {
		if len(e.Bound) > 0 {
			return true
		}
	}
	return false
}
