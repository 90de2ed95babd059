package catalog

import (
	"bytes"
	"errors"
	"testing"
)

func TestWriteText(t *testing.T) {
	c, err := New("t", []Entry{
		{Code: "RATE_LIMITED", Statuses: []int{429}, Domain: "common", Retryable: true, Message: "Rate limit exceeded."},
		{Code: "A", Statuses: []int{403, 400}, Message: "two\nlines"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"CODE          STATUS    DOMAIN  RETRY  MESSAGE\n" +
		"RATE_LIMITED  429       common  yes    Rate limit exceeded.\n" +
		"A             403, 400  -       no     two lines\n"
	if buf.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestWriteJSONShape(t *testing.T) {
	c, err := New("t", []Entry{
		{Code: "A", Statuses: []int{403, 400}, Message: "<&>"},
		{Code: "B", Statuses: []int{500}, Retryable: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	want := `{
  "codes": [
    {
      "code": "A",
      "status": [403, 400],
      "domain": "",
      "retryable": false,
      "message": "<&>"
    },
    {
      "code": "B",
      "status": 500,
      "domain": "",
      "retryable": true,
      "message": ""
    }
  ]
}
`
	if buf.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestErrorFormatting(t *testing.T) {
	l := ErrorList{{File: "a.json", Line: 3, Msg: "x"}, {File: "a.json", Msg: "y"}}
	if got := l.Error(); got != "a.json:3: x\na.json: y" {
		t.Errorf("Error() = %q", got)
	}
	var e *Error
	if !errors.As(error(l), &e) || e.Msg != "x" {
		t.Errorf("errors.As = %v", e)
	}
}

// TestWriteYAMLRoundTrip: the YAML output is a catalog file that loads
// back to the same entries, for the embedded default and for strings YAML
// would misread unquoted.
func TestWriteYAMLRoundTrip(t *testing.T) {
	odd, err := New("t", []Entry{
		{Code: "NO", Statuses: []int{403, 400}, Domain: "true", Message: "Say \"no\": #1 — a: b\nnext"},
		{Code: "1x.y-z", Statuses: []int{500}, Retryable: true, Domain: "", Message: "null"},
		{Code: "blob_unknown", Statuses: []int{404}, Domain: "blobs", Message: "  spaced  "},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*Catalog{Default(), odd} {
		var buf bytes.Buffer
		if err := c.WriteYAML(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := Parse("codes.yaml", buf.Bytes())
		if err != nil {
			t.Fatalf("%v\n%s", err, buf.String())
		}
		if len(back.Entries) != len(c.Entries) {
			t.Fatalf("%d entries back, want %d", len(back.Entries), len(c.Entries))
		}
		for i, e := range c.Entries {
			g := back.Entries[i]
			if g.Code != e.Code || g.Domain != e.Domain || g.Retryable != e.Retryable || g.Message != e.Message || StatusList(g.Statuses) != StatusList(e.Statuses) {
				t.Errorf("entry %d: got %+v, want %+v", i, g, e)
			}
		}
	}
}
