package catalog

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedRow is one row of the seed document's table, as text cells.
type seedRow struct {
	line                           int
	code, status, domain, retry, m string
}

// readSeedRows returns the table rows of the seed document. The seed is prose
// around a table whose header starts with a pipe and whose rows do not:
// "BAD_REQUEST | 400 | common | No | The request is invalid. |".
func readSeedRows(t *testing.T) []seedRow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []seedRow
	sc := bufio.NewScanner(bytes.NewReader(data))
	inTable := false
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "| Code |"):
			inTable = true
			continue
		case line == "|---|---|---|---|---|":
			continue
		case !inTable:
			continue
		case !strings.HasSuffix(line, " |"):
			inTable = false
			continue
		}
		cells := strings.Split(strings.TrimSuffix(line, "|"), "|")
		if len(cells) != 5 {
			t.Fatalf("seed line %d: %d cells", n, len(cells))
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, seedRow{n, cells[0], cells[1], cells[2], cells[3], cells[4]})
	}
	return rows
}

func TestDefaultMatchesSeed(t *testing.T) {
	rows := readSeedRows(t)
	if len(rows) != 40 {
		t.Fatalf("seed has %d rows, want 40", len(rows))
	}
	def := Default()
	if def.Source != DefaultSource {
		t.Errorf("Source = %q", def.Source)
	}
	if len(def.Entries) != len(rows) {
		t.Fatalf("default has %d entries, seed %d", len(def.Entries), len(rows))
	}
	for i, r := range rows {
		e := def.Entries[i]
		if e.Code != r.code {
			t.Errorf("entry %d: code %q, seed line %d has %q", i, e.Code, r.line, r.code)
		}
		if got := StatusList(e.Statuses); got != r.status {
			t.Errorf("%s: status %q, seed %q", r.code, got, r.status)
		}
		if e.Domain != r.domain {
			t.Errorf("%s: domain %q, seed %q", r.code, e.Domain, r.domain)
		}
		wantRetry := map[string]bool{"Yes": true, "No": false}
		if want, ok := wantRetry[r.retry]; !ok || e.Retryable != want {
			t.Errorf("%s: retryable %v, seed %q", r.code, e.Retryable, r.retry)
		}
		if e.Message != r.m {
			t.Errorf("%s: message %q, seed %q", r.code, e.Message, r.m)
		}
	}
	e, ok := def.Lookup("GENERATION_CONCURRENCY_EXCEEDED")
	if !ok || !strings.Contains(e.Message, "plan\u2019s") {
		t.Errorf("GENERATION_CONCURRENCY_EXCEEDED message lost its typographic apostrophe: %+v", e)
	}
}

// TestSeedCopy checks that testdata/seed.txt is the shared seed, word for
// word, when the shared directory sits beside the repository.
func TestSeedCopy(t *testing.T) {
	shared := filepath.Join("..", "..", "shared", "seeds", "000_8d9c29504e8b050d.txt")
	want, err := os.ReadFile(shared)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", shared)
	}
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("testdata/seed.txt differs from %s", shared)
	}
}

// TestDefaultFileIsCanonical keeps default.json in the form WriteJSON
// writes, so the file and the command's json output never drift apart.
func TestDefaultFileIsCanonical(t *testing.T) {
	var buf bytes.Buffer
	if err := Default().WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), defaultJSON) {
		t.Errorf("default.json is not in WriteJSON's form; got:\n%s", buf.String())
	}
}

func TestDefaultMarkdownRowsAreTheSeeds(t *testing.T) {
	var buf bytes.Buffer
	if err := Default().WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 42 {
		t.Fatalf("%d lines, want 42", len(lines))
	}
	if lines[0] != "| Code | Status | Domain | Retry? | Default message |" || lines[1] != "|---|---|---|---|---|" {
		t.Errorf("header:\n%s\n%s", lines[0], lines[1])
	}
	for i, r := range readSeedRows(t) {
		want := "| " + strings.Join([]string{r.code, r.status, r.domain, r.retry, r.m}, " | ") + " |"
		if lines[i+2] != want {
			t.Errorf("row %d:\n got %s\nwant %s", i, lines[i+2], want)
		}
	}
}

func TestDefaultLookups(t *testing.T) {
	def := Default()
	e, ok := def.Lookup("RATE_LIMITED")
	if !ok || !e.HasStatus(429) || e.HasStatus(503) || !e.Retryable || e.Domain != "common" || e.Line == 0 {
		t.Errorf("Lookup(RATE_LIMITED) = %+v, %v", e, ok)
	}
	if _, ok := def.Lookup("rate_limited"); ok {
		t.Error("Lookup is not exact")
	}
	var codes []string
	for _, e := range def.ByStatus(401) {
		codes = append(codes, e.Code)
	}
	if got := strings.Join(codes, " "); got != "AUTH_INVALID_SESSION AUTH_REQUIRED AUTH_SESSION_EXPIRED AUTH_USER_UNAVAILABLE" {
		t.Errorf("ByStatus(401) = %s", got)
	}
	if got := def.ByStatus(418); len(got) != 0 {
		t.Errorf("ByStatus(418) = %v", got)
	}
	// A Catalog literal has no index: Lookup still works.
	lit := &Catalog{Entries: []Entry{{Code: "A", Statuses: []int{400}}}}
	if _, ok := lit.Lookup("A"); !ok {
		t.Error("Lookup on a literal catalog")
	}
	var nilCat *Catalog
	if _, ok := nilCat.Lookup("A"); ok {
		t.Error("Lookup on nil")
	}
}

func TestDigest(t *testing.T) {
	def := Default()
	d := def.Digest()
	if len(d) != 64 || strings.Trim(d, "0123456789abcdef") != "" {
		t.Fatalf("Digest = %q", d)
	}
	other, err := Parse("x.json", defaultJSON)
	if err != nil {
		t.Fatal(err)
	}
	if other.Digest() != d {
		t.Error("equal catalogs, different digests")
	}
	changed := *other
	changed.Entries = append([]Entry(nil), other.Entries...)
	changed.Entries[3].Message += " "
	if changed.Digest() == d {
		t.Error("a changed message keeps the digest")
	}
	changed.Entries[3].Message = other.Entries[3].Message
	changed.Entries[3].Statuses = []int{401, 403}
	if changed.Digest() == d {
		t.Error("a changed status keeps the digest")
	}
}

func TestNew(t *testing.T) {
	c, err := New("mem", []Entry{{Code: "A", Statuses: []int{400}}, {Code: "B", Statuses: []int{404, 410}}})
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := c.Lookup("B"); !ok || !e.HasStatus(410) {
		t.Errorf("Lookup(B) = %v, %v", e, ok)
	}
	_, err = New("mem", []Entry{{Code: "", Statuses: []int{400}, Line: 1}, {Code: "A B", Statuses: nil, Line: 2}, {Code: "C", Statuses: []int{99}, Line: 3}})
	want := "mem:1: empty code\n" +
		"mem:2: empty status list\n" +
		"mem:2: bad code \"A B\": a code is letters, digits, '_', '.' and '-'\n" +
		"mem:3: status 99 is outside 100–599"
	if err == nil || err.Error() != want {
		t.Errorf("New error:\n%v\nwant:\n%s", err, want)
	}
}

func TestStatusListSpelling(t *testing.T) {
	for _, tc := range []struct {
		in   []int
		want string
	}{{[]int{400}, "400"}, {[]int{403, 400}, "403, 400"}} {
		if got := StatusList(tc.in); got != tc.want {
			t.Errorf("StatusList(%v) = %q", tc.in, got)
		}
	}
}
