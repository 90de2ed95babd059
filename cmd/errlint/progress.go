package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progress is the one-line indicator of a long standalone run: after
// delay, it shows on a terminal what is happening (packages listed,
// type-checked, analysed), overwriting itself in place, and is cleared at
// the end. Nothing of it is written when it is disabled (standard error is
// not a terminal).
type progress struct {
	w     io.Writer // nil: disabled
	now   func() time.Time
	delay time.Duration
	start time.Time

	mu    sync.Mutex
	line  string    // the state to show
	shown bool      // a line is on the screen
	drawn time.Time // when it was last drawn
	text  string    // what was last drawn
	ended bool      // done was called: nothing more is drawn
	stop  chan struct{}
}

// progressDelay is how long a run goes before the indicator appears.
const progressDelay = 2 * time.Second

// newProgress returns an indicator writing to w, or a disabled one when w
// is nil.
func newProgress(w io.Writer, now func() time.Time) *progress {
	return &progress{w: w, now: now, delay: progressDelay, start: now()}
}

// terminalProgress returns an indicator on stderr when it is a terminal
// (and TERM is not "dumb"), else a disabled one. It redraws every 200 ms
// until done is called, so a long go list shows too.
func terminalProgress(stderr io.Writer) *progress {
	f, ok := stderr.(*os.File)
	if !ok || !isTerminal(f) || os.Getenv("TERM") == "dumb" {
		return newProgress(nil, time.Now)
	}
	p := newProgress(f, time.Now)
	p.stop = make(chan struct{})
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.tick()
			}
		}
	}()
	return p
}

// isTerminal reports whether f is a character device (a terminal), not a
// pipe or a file.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// set records what is happening and shows it once the delay has passed
// (at most ten times a second).
func (p *progress) set(format string, args ...any) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ended {
		return
	}
	p.line = fmt.Sprintf(format, args...)
	if now := p.now(); !p.shown || now.Sub(p.drawn) >= 100*time.Millisecond {
		p.draw(now)
	}
}

// tick shows the current state if the delay has passed.
func (p *progress) tick() {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw(p.now())
}

// draw shows the state with the seconds elapsed, unless it is what the
// screen shows already.
func (p *progress) draw(now time.Time) {
	elapsed := now.Sub(p.start)
	if p.ended || p.line == "" || elapsed < p.delay {
		return
	}
	text := fmt.Sprintf("errlint: %s (%ds)", p.line, int(elapsed/time.Second))
	if p.shown && text == p.text {
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", text)
	p.shown, p.drawn, p.text = true, now, text
}

// done stops the indicator and clears its line, so that what is printed
// next starts on a clean line.
func (p *progress) done() {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stop != nil {
		close(p.stop)
		p.stop = nil
	}
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
		p.shown = false
	}
	p.ended = true
}
