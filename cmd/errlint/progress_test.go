package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// fakeClock is a clock the test moves.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestProgressAppearsAfterDelayAndClears(t *testing.T) {
	var buf bytes.Buffer
	clock := &fakeClock{t: time.Unix(0, 0)}
	p := newProgress(&buf, clock.now)

	p.set("listing packages")
	clock.advance(time.Second)
	p.tick()
	if buf.Len() != 0 {
		t.Fatalf("shown before the delay: %q", buf.String())
	}
	clock.advance(1500 * time.Millisecond)
	p.tick()
	if got, want := buf.String(), "\r\x1b[Kerrlint: listing packages (2s)"; got != want {
		t.Fatalf("after the delay: %q, want %q", got, want)
	}
	// Nothing changed on the screen: nothing is redrawn.
	clock.advance(50 * time.Millisecond)
	p.tick()
	if got := buf.String(); got != "\r\x1b[Kerrlint: listing packages (2s)" {
		t.Errorf("redrawn without a change: %q", got)
	}

	// Updates overwrite the line in place, at most ten times a second.
	buf.Reset()
	p.set("183 packages listed, 1 type-checked, 0 analysed")
	if buf.Len() != 0 {
		t.Errorf("redrawn within 100ms: %q", buf.String())
	}
	clock.advance(200 * time.Millisecond)
	p.set("183 packages listed, 2 type-checked, 1 analysed")
	if got := buf.String(); got != "\r\x1b[Kerrlint: 183 packages listed, 2 type-checked, 1 analysed (2s)" {
		t.Errorf("update: %q", got)
	}
	if strings.Contains(buf.String(), "\n") {
		t.Error("the indicator wrote a newline")
	}

	buf.Reset()
	p.done()
	if got := buf.String(); got != "\r\x1b[K" {
		t.Errorf("done: %q, want the line cleared", got)
	}
	buf.Reset()
	p.set("late")
	clock.advance(time.Hour)
	p.tick()
	p.done()
	if buf.Len() != 0 {
		t.Errorf("after done: %q", buf.String())
	}
}

func TestProgressQuickRunWritesNothing(t *testing.T) {
	var buf bytes.Buffer
	clock := &fakeClock{t: time.Unix(0, 0)}
	p := newProgress(&buf, clock.now)
	p.set("listing packages")
	clock.advance(500 * time.Millisecond)
	p.set("3 packages listed, 3 type-checked, 3 analysed")
	p.done()
	if buf.Len() != 0 {
		t.Errorf("a quick run wrote %q", buf.String())
	}
}

// TestProgressNotOnNonTerminal: a pipe or a file gets nothing, whatever
// the run's length.
func TestProgressNotOnNonTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, out := range []*os.File{w, f} {
		p := terminalProgress(out)
		if p.w != nil {
			t.Errorf("%s: indicator enabled on a non-terminal", out.Name())
		}
		p.start = p.start.Add(-time.Hour)
		p.set("listing packages")
		p.tick()
		p.done()
	}
	w.Close()
	var got bytes.Buffer
	got.ReadFrom(r)
	if data, _ := os.ReadFile(f.Name()); got.Len() != 0 || len(data) != 0 {
		t.Errorf("wrote to a non-terminal: pipe %q, file %q", got.String(), data)
	}
	var buf bytes.Buffer
	if p := terminalProgress(&buf); p.w != nil {
		t.Error("indicator enabled on a buffer")
	}
}
