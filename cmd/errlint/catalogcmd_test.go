package main

import (
	"flag"
	"strings"
	"testing"
)

// TestParseInterleaved reads flags after positional arguments
// (errlint catalog -check FILE -go ENTRY), and nothing after "--".
func TestParseInterleaved(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	check := fs.Bool("check", false, "")
	goEntry := fs.String("go", "", "")
	pos, err := parseInterleaved(fs, []string{"-check", "snap.yaml", "-go", "var:a/b.c", "pkg1", "--", "-odd"})
	if err != nil || !*check || *goEntry != "var:a/b.c" || strings.Join(pos, " ") != "snap.yaml pkg1 -odd" {
		t.Errorf("check=%v go=%q pos=%q err=%v", *check, *goEntry, pos, err)
	}
}
