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
