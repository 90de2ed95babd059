// Command testprogress reads `go test -json` on its standard input and
// prints what the run is doing as it goes: a line per finished test (and
// first-level subtest) with its time, the full output of every test that
// fails or is skipped, go test's own closing lines ("ok  pkg 12.3s",
// "FAIL pkg"), and, whenever nothing was printed for a minute, the tests
// still running. It ends with the slowest tests and exits 1 when a test,
// a package or a build failed, or when it read no package result at all.
//
//	go test -json ./... | testprogress
//
// The Makefile's check and test targets pipe through it (with pipefail),
// so that CI sees go test's closing lines and a long run is never silent.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action     string
	Package    string
	ImportPath string // build-output and build-fail events
	Test       string
	Elapsed    float64
	Output     string
}

func main() {
	quiet := flag.Duration("heartbeat", time.Minute, "print the running tests after this long without output")
	slowest := flag.Int("slowest", 10, "list this many of the slowest tests at the end")
	flag.Parse()
	p := newPrinter(os.Stdout, *quiet)
	ok := p.read(os.Stdin, *slowest)
	if !ok {
		os.Exit(1)
	}
}

type key struct{ pkg, test string }

type printer struct {
	mu        sync.Mutex
	w         io.Writer
	start     time.Time
	last      time.Time         // last line printed
	running   map[key]time.Time // tests started and not finished
	paused    map[key]bool      // parallel tests waiting for a slot
	closing   map[string]string // a package's "FAIL pkg" line, held until its fail event
	output    map[key][]string  // output of running tests, printed if they fail
	done      []result          // finished tests, for the slowest list
	pkgs      map[string]string // package → pass, fail or skip
	failed    bool              // a test, package or build failed
	heartbeat time.Duration
}

type result struct {
	key
	elapsed float64
}

func newPrinter(w io.Writer, heartbeat time.Duration) *printer {
	now := time.Now()
	return &printer{w: w, start: now, last: now, heartbeat: heartbeat,
		running: map[key]time.Time{}, paused: map[key]bool{}, closing: map[string]string{}, output: map[key][]string{}, pkgs: map[string]string{}}
}

// read consumes the events of r and reports whether the run passed.
func (p *printer) read(r io.Reader, slowest int) bool {
	stop := make(chan struct{})
	go p.beat(stop)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1024*1024), 64*1024*1024)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			p.print(string(line) + "\n") // not an event: go test's own error, say
			continue
		}
		p.event(e)
	}
	close(stop)
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := sc.Err(); err != nil {
		fmt.Fprintf(p.w, "testprogress: reading go test -json: %v\n", err)
		p.failed = true
	}
	p.summary(slowest)
	return !p.failed
}

func (p *printer) event(e event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch e.Action {
	case "build-output":
		p.printLocked(e.Output)
		return
	case "build-fail":
		p.failed = true
		return
	}
	k := key{e.Package, e.Test}
	if e.Test == "" { // the package itself
		switch e.Action {
		case "output":
			// go test's own lines: "ok  pkg 1.2s", "FAIL pkg", "PASS",
			// panics and timeouts outside any test.
			switch s := strings.TrimSpace(e.Output); {
			case s == "PASS" || s == "FAIL":
			case strings.HasPrefix(s, "FAIL\t"+e.Package):
				p.closing[e.Package] = e.Output // after what the failure interrupted
			default:
				p.printLocked(e.Output)
			}
		case "pass", "fail", "skip":
			p.pkgs[e.Package] = e.Action
			if e.Action == "fail" {
				p.failed = true
				p.interrupted(e.Package)
			}
			p.printLocked(p.closing[e.Package])
			delete(p.closing, e.Package)
		}
		return
	}
	switch e.Action {
	case "run":
		p.running[k] = time.Now()
	case "pause":
		p.paused[k] = true
	case "cont":
		delete(p.paused, k)
	case "output":
		if _, ok := p.running[k]; ok {
			p.output[k] = append(p.output[k], e.Output)
		}
	case "pass", "fail", "skip":
		out := p.output[k]
		delete(p.running, k)
		delete(p.output, k)
		delete(p.paused, k)
		p.done = append(p.done, result{k, e.Elapsed})
		switch {
		case e.Action == "fail":
			p.failed = true
			p.printLocked(strings.Join(out, ""))
		case e.Action == "skip" && strings.Count(e.Test, "/") == 0:
			p.printLocked(strings.Join(out, ""))
		case strings.Count(e.Test, "/") <= 1:
			p.printLocked(fmt.Sprintf("--- %s: %s %s (%.1fs)\n", strings.ToUpper(e.Action), short(e.Package), e.Test, e.Elapsed))
		}
	}
}

// interrupted prints the output of the tests of pkg that never ended: a
// timeout or a crash stopped the test binary, and its message (a panic,
// "test timed out", the goroutines) is in their output.
func (p *printer) interrupted(pkg string) {
	var keys []key
	for k := range p.running {
		if k.pkg == pkg {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b key) int { return strings.Compare(a.test, b.test) })
	for _, k := range keys {
		if out := p.output[k]; slices.ContainsFunc(out, said) {
			p.printLocked(fmt.Sprintf("--- %s %s did not end; its output:\n", short(pkg), k.test))
			p.printLocked(strings.Join(out, ""))
		}
		delete(p.running, k)
		delete(p.output, k)
	}
}

// said reports whether an output line is the test's own, not go test's
// "=== RUN", "=== PAUSE" or "=== CONT".
func said(line string) bool { return !strings.HasPrefix(line, "=== ") }

// short drops the module path from a package path.
func short(pkg string) string {
	if rest, ok := strings.CutPrefix(pkg, "github.com/errlint/errlint/"); ok {
		return rest
	}
	return pkg
}

func (p *printer) print(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.printLocked(s)
}

func (p *printer) printLocked(s string) {
	if s == "" {
		return
	}
	io.WriteString(p.w, s)
	p.last = time.Now()
}

// beat prints the running tests whenever nothing was printed for a while.
func (p *printer) beat(stop <-chan struct{}) {
	tick := time.NewTicker(p.heartbeat / 4)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case now := <-tick.C:
			p.mu.Lock()
			if now.Sub(p.last) >= p.heartbeat {
				p.printLocked(p.status(now))
			}
			p.mu.Unlock()
		}
	}
}

// status names the longest-running top-level tests of each package.
func (p *printer) status(now time.Time) string {
	// Top-level tests, each with its first-level subtests that are
	// running (not paused waiting for a parallel slot).
	subs := map[key][]string{}
	for k, t := range p.running {
		parent, name, ok := strings.Cut(k.test, "/")
		if ok && !strings.Contains(name, "/") && !p.paused[k] {
			pk := key{k.pkg, parent}
			subs[pk] = append(subs[pk], fmt.Sprintf("%s %s", name, now.Sub(t).Round(time.Second)))
		}
	}
	byPkg := map[string][]string{}
	waiting := map[string]int{}
	for k, t := range p.running {
		if strings.Contains(k.test, "/") {
			continue
		}
		if p.paused[k] {
			waiting[k.pkg]++
			byPkg[k.pkg] = append(byPkg[k.pkg], []string{}...) // the package shows
			continue
		}
		s := fmt.Sprintf("%s (%s)", k.test, now.Sub(t).Round(time.Second))
		if list := subs[k]; len(list) > 0 {
			slices.Sort(list)
			s += " [" + strings.Join(list, ", ") + "]"
		}
		byPkg[k.pkg] = append(byPkg[k.pkg], s)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "... %s elapsed", now.Sub(p.start).Round(time.Second))
	if len(byPkg) == 0 {
		b.WriteString(": building and linking test binaries\n")
		return b.String()
	}
	b.WriteString("; running:\n")
	for _, pkg := range slices.Sorted(maps.Keys(byPkg)) {
		tests := byPkg[pkg]
		slices.Sort(tests)
		more := ""
		if n := waiting[pkg]; n > 0 {
			more = fmt.Sprintf(" (%d more waiting for a parallel slot)", n)
		}
		fmt.Fprintf(&b, "...   %s: %s%s\n", short(pkg), strings.Join(tests, ", "), more)
	}
	return b.String()
}

func (p *printer) summary(n int) {
	slices.SortFunc(p.done, func(a, b result) int {
		switch {
		case a.elapsed > b.elapsed:
			return -1
		case a.elapsed < b.elapsed:
			return 1
		}
		return strings.Compare(a.pkg+" "+a.test, b.pkg+" "+b.test)
	})
	var top []result
	for _, r := range p.done {
		if len(top) == n {
			break
		}
		if strings.Count(r.test, "/") <= 1 { // tests and their first-level subtests
			top = append(top, r)
		}
	}
	if len(top) > 0 {
		fmt.Fprintf(p.w, "testprogress: slowest tests:\n")
		for _, r := range top {
			fmt.Fprintf(p.w, "  %7.1fs  %s %s\n", r.elapsed, short(r.pkg), r.test)
		}
	}
	counts := map[string]int{}
	for _, a := range p.pkgs {
		counts[a]++
	}
	if len(p.pkgs) == 0 {
		fmt.Fprintln(p.w, "testprogress: no package result in the input (did go test run?)")
		p.failed = true
	}
	verdict := "ok"
	if p.failed {
		verdict = "FAIL"
	}
	fmt.Fprintf(p.w, "testprogress: %d packages passed, %d failed, %d without tests, in %s\n",
		counts["pass"], counts["fail"], counts["skip"], time.Since(p.start).Round(time.Second))
	if p.failed {
		fmt.Fprintln(p.w, verdict) // as go test ends a failed run
	}
}
