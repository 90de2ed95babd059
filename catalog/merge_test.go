package catalog

import (
	"slices"
	"testing"
)

func TestMerge(t *testing.T) {
	a, err := New("a.yaml", []Entry{
		{Code: "DENIED", Statuses: []int{403}, Domain: "auth", Message: "Denied."},
		{Code: "GONE", Statuses: []int{410}},
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New("b.yaml", []Entry{
		{Code: "DENIED", Statuses: []int{400, 403}, Domain: "other", Retryable: true, Message: "Other."},
		{Code: "NEW", Statuses: []int{418}},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := Merge(a, nil, b)
	if m.Source != "a.yaml + b.yaml" {
		t.Errorf("Source = %q", m.Source)
	}
	var codes []string
	for _, e := range m.Entries {
		codes = append(codes, e.Code)
	}
	if !slices.Equal(codes, []string{"DENIED", "GONE", "NEW"}) {
		t.Errorf("codes = %v", codes)
	}
	d, ok := m.Lookup("DENIED")
	if !ok || !slices.Equal(d.Statuses, []int{403, 400}) || d.Domain != "auth" || d.Retryable || d.Message != "Denied." {
		t.Errorf("DENIED = %+v", d)
	}
	if n, ok := m.Lookup("NEW"); !ok || n.Statuses[0] != 418 {
		t.Errorf("NEW = %+v", n)
	}
	// The inputs are left alone.
	if e, _ := a.Lookup("DENIED"); !slices.Equal(e.Statuses, []int{403}) {
		t.Errorf("a modified: %v", e.Statuses)
	}
	if Merge(a) != a || Merge(nil, a) != a || Merge() != nil {
		t.Error("Merge of one catalog is not that catalog")
	}
}
