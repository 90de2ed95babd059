package catalog

import (
	"fmt"
	"strings"
	"testing"
)

func TestLooksLike(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"PRODUCT_NOT_FOUND", "PRODUCT_NOT_FOUN", true}, // a dropped letter
		{"FORBIDDEN", "FORBIDEN", true},
		{"FORBIDDEN", "forbidden", true}, // a case variant
		{"RATE_LIMITED", "RateLimited", true},
		{"NOT_FOUND", "NOT_FOUND", false}, // the same code
		{"NOT_FOUND", "RESOURCE_NOT_FOUND", false},
		{"AUTH_REQUIRED", "AUTH_EXPIRED", false},
		{"GENERATION_FAILED", "GENERATION_TIMEOUT", false},
		{"ABC", "ABD", false},     // too short to call a typo
		{"40101", "40102", false}, // numbered codes
		{"", "A", false},
		{"unsupported_response_mode", "unsupported_response_type", false}, // a word for another (fosite's OAuth codes)
		{"request_uri_not_supported", "request_not_supported", false},     // a word added
		{"PRODUKT_NOT_FOUN", "PRODUCT_NOT_FOUND", false},                  // typos in two words: too far
		{"invalid_grant", "invalid_grnat", true},                          // swapped letters in one word
		{"InvalidGrant", "invalid_grnat", true},
	} {
		if got := LooksLike(tc.a, tc.b); got != tc.want {
			t.Errorf("LooksLike(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := LooksLike(tc.b, tc.a); got != tc.want {
			t.Errorf("LooksLike(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestCheckCodes: catalog -check reports a code that looks like an
// earlier one, once, at the later entry, and an error code whose only
// statuses are 1xx–3xx.
func TestCheckCodes(t *testing.T) {
	c := &Catalog{Source: "errors.yaml", Entries: []Entry{
		{Code: "PRODUCT_NOT_FOUND", Statuses: []int{404}, Line: 2},
		{Code: "FORBIDDEN", Statuses: []int{403}, Line: 7},
		{Code: "PRODUCT_NOT_FOUN", Statuses: []int{404}, Line: 12},
		{Code: "forbidden", Statuses: []int{403}, Line: 17},
		{Code: "COUPON_APPLIED", Statuses: []int{200}, Line: 22},
		{Code: "MOVED", Statuses: []int{301, 404}, Line: 27},
		{Code: "CONTINUE_LATER", Statuses: []int{100, 302}},
	}}
	var got []string
	for _, p := range c.Check() {
		got = append(got, fmt.Sprintf("%d %s: %s", p.Line, p.Code, p.Msg))
	}
	want := []string{
		"12 PRODUCT_NOT_FOUN: looks like PRODUCT_NOT_FOUND (line 2): one code spelled two ways, or a misspelling",
		"17 forbidden: looks like FORBIDDEN (line 7): one code spelled two ways, or a misspelling",
		"22 COUPON_APPLIED: status 200 is no error status (1xx–3xx): a client reads the response as a success",
		"0 CONTINUE_LATER: statuses 100, 302 are no error statuses (1xx–3xx): a client reads the response as a success",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check():\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
