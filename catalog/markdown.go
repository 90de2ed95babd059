package catalog

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/errlint/errlint/internal/source"
)

// Columns of a Markdown catalog table.
const (
	colCode = iota
	colStatus
	colDomain
	colRetry
	colMessage
	numColumns
)

var columnNames = [numColumns]string{"Code", "Status", "Domain", "Retry?", "Default message"}

// columnAliases maps a lowercased header cell to its column.
var columnAliases = map[string]int{
	"code":            colCode,
	"status":          colStatus,
	"domain":          colDomain,
	"retry?":          colRetry,
	"retry":           colRetry,
	"retryable":       colRetry,
	"default message": colMessage,
	"message":         colMessage,
}

const knownColumns = "Code, Status, Domain, Retry?, Default message"

var markdown = goldmark.New(goldmark.WithExtensions(extension.Table))

// parseMarkdown reads the entries of every GFM table of the document whose
// header has a Code column (other tables are prose and are skipped). The
// Code and Status columns are required; Domain, Retry? (Yes/No) and Default
// message may be left out. Codes may be wrapped in backticks; several
// statuses are written "403, 400".
func parseMarkdown(file string, data []byte) ([]Entry, ErrorList) {
	var errs ErrorList
	lines := source.NewLines(data)
	doc := markdown.Parser().Parse(text.NewReader(data))
	var entries []Entry
	var firstTable *east.Table
	catalogTables := 0
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		walkTables(n, func(t *east.Table) {
			if firstTable == nil {
				firstTable = t
			}
			header, ok := t.FirstChild().(*east.TableHeader)
			if !ok || !hasCodeColumn(header, data) {
				return
			}
			catalogTables++
			entries = append(entries, parseTable(file, data, lines, t, header, &errs)...)
		})
	}
	if catalogTables == 0 {
		if firstTable != nil {
			if header, ok := firstTable.FirstChild().(*east.TableHeader); ok {
				errs.add(file, lines.Line(int64(header.Pos())), `missing column "Code"`)
				return nil, errs
			}
		}
		errs.add(file, 0, "no catalog table (a Markdown table with the columns "+knownColumns+")")
	}
	return entries, errs
}

// walkTables calls f for every table at or below n.
func walkTables(n ast.Node, f func(*east.Table)) {
	if t, ok := n.(*east.Table); ok {
		f(t)
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Type() == ast.TypeBlock || c.Type() == ast.TypeDocument {
			walkTables(c, f)
		}
	}
}

func hasCodeColumn(header *east.TableHeader, src []byte) bool {
	for c := header.FirstChild(); c != nil; c = c.NextSibling() {
		if col, ok := columnAliases[strings.ToLower(cellText(c, src))]; ok && col == colCode {
			return true
		}
	}
	return false
}

// parseTable reads the entries of one catalog table.
func parseTable(file string, src []byte, lines source.Lines, t *east.Table, header *east.TableHeader, errs *ErrorList) []Entry {
	headerLine := lines.Line(int64(header.Pos()))
	// Map the table's columns to ours.
	var cols []int // table column → our column, -1 for an unknown one
	where := [numColumns]int{-1, -1, -1, -1, -1}
	for c := header.FirstChild(); c != nil; c = c.NextSibling() {
		name := cellText(c, src)
		col, ok := columnAliases[strings.ToLower(name)]
		switch {
		case !ok && strings.EqualFold(name, keyBound):
			errs.add(file, headerLine, fmt.Sprintf("column %q: a Markdown catalog has no bound identifiers; a snapshot with them is a .yaml or .json catalog", name))
			col = -1
		case !ok:
			errs.add(file, headerLine, fmt.Sprintf("unknown column %q (known: %s)", name, knownColumns))
			col = -1
		case where[col] >= 0:
			errs.add(file, headerLine, fmt.Sprintf("duplicate column %q", columnNames[col]))
			col = -1
		default:
			where[col] = len(cols)
		}
		cols = append(cols, col)
	}
	for _, col := range []int{colCode, colStatus} {
		if where[col] < 0 {
			errs.add(file, headerLine, fmt.Sprintf("missing column %q", columnNames[col]))
		}
	}
	if n := rawCellCount(src, header.Pos()); n != len(cols) {
		errs.add(file, headerLine, fmt.Sprintf("header has %s, want %d", plural(n, "cell"), len(cols)))
	}

	var entries []Entry
	if header.NextSibling() == nil {
		errs.add(file, headerLine, msgNoCodes+" (the table has no rows)")
	}
	for r := header.NextSibling(); r != nil; r = r.NextSibling() {
		row, ok := r.(*east.TableRow)
		if !ok {
			continue
		}
		line := lines.Line(int64(row.Pos()))
		n := rawCellCount(src, row.Pos())
		if n != len(cols) {
			errs.add(file, line, fmt.Sprintf("row has %s, the header %d", plural(n, "cell"), len(cols)))
		}
		e := Entry{Line: line}
		i := 0
		// Cells goldmark added to pad a short row are not the author's: skip them.
		for c := row.FirstChild(); c != nil && i < len(cols) && i < n; c, i = c.NextSibling(), i+1 {
			cell := cellText(c, src)
			switch cols[i] {
			case colCode:
				e.Code = cell
				e.Int = IsIntCode(cell) // a table cell has no types: digits are a number
				switch {
				case cell == "":
					errs.add(file, line, msgEmptyCode)
				case isZeroCode(cell):
					errs.add(file, line, msgZeroCode)
				}
			case colStatus:
				e.Statuses = parseStatusCell(file, line, cell, errs)
			case colDomain:
				e.Domain = cell
			case colRetry:
				switch strings.ToLower(cell) {
				case "yes":
					e.Retryable = true
				case "no":
				default:
					errs.add(file, line, fmt.Sprintf("Retry? must be Yes or No, not %q", cell))
				}
			case colMessage:
				e.Message = cell
			}
		}
		entries = append(entries, e)
	}
	return entries
}

// parseStatusCell reads "403" or "403, 400"; nil after a problem.
func parseStatusCell(file string, line int, cell string, errs *ErrorList) []int {
	if strings.TrimSpace(cell) == "" {
		errs.add(file, line, "empty status list")
		return nil
	}
	var out []int
	ok := true
	for _, part := range strings.Split(cell, ",") {
		part = strings.TrimSpace(part)
		if !source.IsInteger(part) {
			errs.add(file, line, fmt.Sprintf("a status must be an integer, not %q", part))
			ok = false
			continue
		}
		s, sok := parseStatus(file, line, part, errs)
		ok = ok && sok
		out = append(out, s)
	}
	if !ok {
		return nil
	}
	return out
}

// plural spells "1 cell", "2 cells".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// rawCellCount counts the cells of the table row starting at offset pos of
// src as the source spells it. goldmark pads short rows and drops the extra
// cells of long ones; this count, with the same rules for outer and escaped
// pipes, tells that a row is wrong.
func rawCellCount(src []byte, pos int) int {
	if pos < 0 || pos > len(src) {
		return 0
	}
	line := src[pos:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimSpace(line)
	start, limit := 0, len(line)
	if limit > 0 && line[0] == '|' {
		start++
	}
	if limit > start && line[limit-1] == '|' {
		limit--
	}
	n := 0
	for p := start; p < limit; n++ {
		q := p
		for ; q < limit; q++ {
			if line[q] == '|' && (q == 0 || line[q-1] != '\\') {
				break
			}
		}
		p = q + 1
	}
	return n
}

// cellText returns the text of a table cell as a reader sees it: markup
// removed, code spans verbatim, escapes and entities resolved.
func cellText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				v := c.Segment.Value(src)
				if c.IsRaw() {
					b.Write(v)
				} else {
					b.Write(unescapeMarkdown(v))
				}
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				if c.IsRaw() || c.IsCode() {
					b.Write(c.Value)
				} else {
					b.Write(unescapeMarkdown(c.Value))
				}
			case *ast.RawHTML:
				for i := 0; i < c.Segments.Len(); i++ {
					seg := c.Segments.At(i)
					b.Write(seg.Value(src))
				}
			case *ast.AutoLink:
				b.Write(c.Label(src))
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

// unescapeMarkdown resolves backslash escapes of ASCII punctuation and
// character references in one pass, as a Markdown renderer does ("\&amp;"
// stays "&amp;").
func unescapeMarkdown(v []byte) []byte {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return v
	}
	out := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]):
			out = append(out, v[i+1])
			i++
		case c == '&':
			end := bytes.IndexByte(v[i:], ';')
			if end > 1 && end <= 32 {
				ref := v[i : i+end+1]
				res := util.ResolveEntityNames(util.ResolveNumericReferences(ref))
				if !bytes.Equal(res, ref) {
					out = append(out, res...)
					i += end
					continue
				}
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}
