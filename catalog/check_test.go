package catalog

import (
	"fmt"
	"strings"
	"testing"
)

func TestCheckDefault(t *testing.T) {
	probs := Default().Check()
	var got []string
	for _, p := range probs {
		got = append(got, fmt.Sprintf("%d %s: %s", p.Line, p.Code, p.Msg))
	}
	want := []string{
		`220 GENERATION_CAPACITY_EXCEEDED: status 503 and not retryable, but its default message asks the client to retry ("try again")`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check() on the default catalog:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		e    Entry
		want string // "" for no problem; else a substring of each message, joined by "|"
	}{
		{Entry{Code: "A", Statuses: []int{429}, Retryable: true}, ""},
		{Entry{Code: "A", Statuses: []int{408}, Retryable: true}, ""},
		{Entry{Code: "A", Statuses: []int{425}, Retryable: true}, ""},
		{Entry{Code: "A", Statuses: []int{503}, Retryable: true, Message: "Please try again."}, ""},
		{Entry{Code: "A", Statuses: []int{400}, Retryable: true}, "status 400 is a client error"},
		{Entry{Code: "A", Statuses: []int{409}, Retryable: true}, ""},
		{Entry{Code: "A", Statuses: []int{429, 422}, Retryable: true}, "status 422 is a client error"},
		{Entry{Code: "A", Statuses: []int{404, 410}, Retryable: true}, "status 404 is a client error|status 410 is a client error"},
		{Entry{Code: "A", Statuses: []int{429}, Message: "Slow down and retry later."}, `status 429 and not retryable, but its default message asks the client to retry ("retry")`},
		{Entry{Code: "A", Statuses: []int{400, 503}, Message: "Try again."}, `status 503 and not retryable`},
		{Entry{Code: "A", Statuses: []int{429}, Message: "Rate limit exceeded."}, ""},
		{Entry{Code: "A", Statuses: []int{404}, Retryable: false, Message: "Not found."}, ""},
		{Entry{Code: "A", Statuses: []int{503}, Message: "Please RETRY shortly."}, `("RETRY")`},
		{Entry{Code: "A", Statuses: []int{500}, Message: "Please try again."}, `not retryable, but its default message asks the client to retry ("try again")`},
		{Entry{Code: "A", Statuses: []int{503}, Message: "Try again later."}, `("Try again")`},
		{Entry{Code: "A", Statuses: []int{503}, Message: "Please try later."}, `("try later")`},
		{Entry{Code: "A", Statuses: []int{503}, Message: "Retrying will not help."}, `("Retrying")`},
		{Entry{Code: "A", Statuses: []int{503}, Message: "Entry retrieval failed."}, ""},
		{Entry{Code: "A", Statuses: []int{502}, Message: "Generation service request failed."}, ""},
		{Entry{Code: "A", Statuses: []int{400}, Retryable: true, Message: "Nope."}, "client error"},
	} {
		c := &Catalog{Entries: []Entry{tc.e}}
		probs := c.Check()
		var msgs []string
		for _, p := range probs {
			if p.Code != "A" {
				t.Errorf("problem names %q", p.Code)
			}
			msgs = append(msgs, p.Msg)
		}
		if tc.want == "" {
			if len(msgs) > 0 {
				t.Errorf("%+v: unexpected %q", tc.e, msgs)
			}
			continue
		}
		wants := strings.Split(tc.want, "|")
		if len(msgs) != len(wants) {
			t.Errorf("%+v: got %q, want %d problems", tc.e, msgs, len(wants))
			continue
		}
		for i := range wants {
			if !strings.Contains(msgs[i], wants[i]) {
				t.Errorf("%+v: %q lacks %q", tc.e, msgs[i], wants[i])
			}
		}
	}
}
