package catalog

import (
	"bytes"
	"strings"
	"testing"
)

// Integer codes (revision 4): a catalog file may write a code as a number;
// it is kept as its canonical decimal text, marked Int, and written back
// as a number.
func TestIntegerCodes(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"c.json", `{"codes": [{"code": 40101, "status": 401, "message": "unauthorized"}, {"code": "RATE_LIMITED", "status": 429}]}`},
		{"c.yaml", "codes:\n  - code: 40101\n    status: 401\n    message: unauthorized\n  - code: RATE_LIMITED\n    status: 429\n"},
		{"c.md", "| Code | Status | Default message |\n|---|---|---|\n| 40101 | 401 | unauthorized |\n| RATE_LIMITED | 429 | |\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse(tc.name, []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			e, ok := c.Lookup("40101")
			if !ok || !e.Int || e.Statuses[0] != 401 {
				t.Fatalf("Lookup(40101) = %+v, %v; want an integer entry with 401", e, ok)
			}
			if e, _ := c.Lookup("RATE_LIMITED"); e.Int {
				t.Errorf("RATE_LIMITED marked as an integer")
			}
			var js, ym bytes.Buffer
			if err := c.WriteJSON(&js); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(js.String(), `"code": 40101,`) || !strings.Contains(js.String(), `"code": "RATE_LIMITED"`) {
				t.Errorf("JSON does not write 40101 as a number:\n%s", js.String())
			}
			if err := c.WriteYAML(&ym); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(ym.String(), "- code: 40101\n") {
				t.Errorf("YAML does not write 40101 as a number:\n%s", ym.String())
			}
			for name, out := range map[string][]byte{"x.json": js.Bytes(), "x.yaml": ym.Bytes()} {
				back, err := Parse(name, out)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if e, ok := back.Lookup("40101"); !ok || !e.Int {
					t.Errorf("%s: 40101 read back as %+v", name, e)
				}
			}
		})
	}
}

func TestIntegerCodeCanonical(t *testing.T) {
	c, err := Parse("c.yaml", []byte("codes:\n  - code: 0x10\n    status: 400\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Entries[0].Code != "16" || !c.Entries[0].Int {
		t.Errorf("0x10 read as %+v; want 16, an integer", c.Entries[0])
	}
	// An integer and the same digits as a string are one code.
	m := Merge(c, &Catalog{Source: "s", Entries: []Entry{{Code: "16", Statuses: []int{409}}}})
	if len(m.Entries) != 1 || len(m.Entries[0].Statuses) != 2 {
		t.Errorf("16 and \"16\" merged into %+v; want one entry with two statuses", m.Entries)
	}
	_, err = Parse("c.json", []byte(`{"codes": [{"code": 0, "status": 400}]}`))
	if err == nil || !strings.Contains(err.Error(), "c.json:1: empty code") {
		t.Errorf("code 0: got %v, want an empty-code error", err)
	}
	// The same digits as a string are the same code, so "0" is no code
	// either (found by FuzzParseJSON: WriteMarkdown wrote "0" as a cell,
	// which Markdown refuses).
	for name, src := range map[string]string{
		"c.json": `{"codes": [{"code": "0", "status": 400}]}`,
		"c.yaml": "codes:\n  - code: \"-0\"\n    status: 400\n",
	} {
		_, err = Parse(name, []byte(src))
		if err == nil || !strings.Contains(err.Error(), name+":") || !strings.Contains(err.Error(), "empty code (0 is the empty integer code)") {
			t.Errorf("%s: string code 0: got %v, want an empty-code error", name, err)
		}
	}
	// A Markdown cell's digits are a number: 0 is no code there either
	// (found by FuzzParseMarkdown: it was accepted, and WriteJSON's output
	// of it was refused).
	for _, cell := range []string{"0", "-0"} {
		_, err = Parse("c.md", []byte("| Code | Status |\n|---|---|\n| "+cell+" | 400 |\n"))
		if err == nil || !strings.Contains(err.Error(), "c.md:3: empty code (0 is the empty integer code)") {
			t.Errorf("Markdown code %s: got %v, want an empty-code error", cell, err)
		}
	}
}

func TestIntegerCodeNoSuggestion(t *testing.T) {
	c := &Catalog{Entries: []Entry{{Code: "40101", Statuses: []int{401}, Int: true}, {Code: "40301", Statuses: []int{403}, Int: true}}}
	for _, code := range []string{"40102", "4010", "401010"} {
		if near, ok := c.Nearest(code, 401); ok {
			t.Errorf("Nearest(%s) = %s; integer codes get no suggestion", code, near)
		}
	}
}
