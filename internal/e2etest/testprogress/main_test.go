package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func runPrinter(t *testing.T, input string) (string, bool) {
	t.Helper()
	var out bytes.Buffer
	p := newPrinter(&out, time.Hour)
	ok := p.read(strings.NewReader(input), 3)
	return out.String(), ok
}

const passing = `{"Action":"start","Package":"github.com/errlint/errlint/acceptance"}
{"Action":"run","Package":"github.com/errlint/errlint/acceptance","Test":"TestAcceptance"}
{"Action":"output","Package":"github.com/errlint/errlint/acceptance","Test":"TestAcceptance","Output":"=== RUN   TestAcceptance\n"}
{"Action":"run","Package":"github.com/errlint/errlint/acceptance","Test":"TestAcceptance/bucket"}
{"Action":"run","Package":"github.com/errlint/errlint/acceptance","Test":"TestAcceptance/bucket/vet"}
{"Action":"pass","Package":"github.com/errlint/errlint/acceptance","Test":"TestAcceptance/bucket/vet","Elapsed":14.2}
{"Action":"pass","Package":"github.com/errlint/errlint/acceptance","Test":"TestAcceptance/bucket","Elapsed":51.3}
{"Action":"pass","Package":"github.com/errlint/errlint/acceptance","Test":"TestAcceptance","Elapsed":60}
{"Action":"run","Package":"github.com/errlint/errlint/acceptance","Test":"TestTool"}
{"Action":"output","Package":"github.com/errlint/errlint/acceptance","Test":"TestTool","Output":"    x_test.go:3: needs gopls: left out under -short\n"}
{"Action":"skip","Package":"github.com/errlint/errlint/acceptance","Test":"TestTool","Elapsed":0}
{"Action":"output","Package":"github.com/errlint/errlint/acceptance","Output":"PASS\n"}
{"Action":"output","Package":"github.com/errlint/errlint/acceptance","Output":"ok  \tgithub.com/errlint/errlint/acceptance\t61.0s\n"}
{"Action":"pass","Package":"github.com/errlint/errlint/acceptance","Elapsed":61}
`

func TestPassingRun(t *testing.T) {
	out, ok := runPrinter(t, passing)
	if !ok {
		t.Errorf("a passing run failed:\n%s", out)
	}
	for _, want := range []string{
		"--- PASS: acceptance TestAcceptance/bucket (51.3s)\n",
		"--- PASS: acceptance TestAcceptance (60.0s)\n",
		"x_test.go:3: needs gopls: left out under -short\n",    // a skip says why
		"ok  \tgithub.com/errlint/errlint/acceptance\t61.0s\n", // go test's closing line
		"     60.0s  acceptance TestAcceptance\n",              // the slowest
		"     51.3s  acceptance TestAcceptance/bucket\n",       // and first-level subtests
		"testprogress: 1 packages passed, 0 failed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "bucket/vet") {
		t.Errorf("output names a second-level subtest:\n%s", out)
	}
}

func TestFailingRun(t *testing.T) {
	in := `{"Action":"run","Package":"example.com/p","Test":"TestX"}
{"Action":"output","Package":"example.com/p","Test":"TestX","Output":"=== RUN   TestX\n"}
{"Action":"output","Package":"example.com/p","Test":"TestX","Output":"    x_test.go:9: got 1, want 2\n"}
{"Action":"output","Package":"example.com/p","Test":"TestX","Output":"--- FAIL: TestX (0.00s)\n"}
{"Action":"fail","Package":"example.com/p","Test":"TestX","Elapsed":0}
{"Action":"output","Package":"example.com/p","Output":"FAIL\n"}
{"Action":"output","Package":"example.com/p","Output":"FAIL\texample.com/p\t0.1s\n"}
{"Action":"fail","Package":"example.com/p","Elapsed":0.1}
`
	out, ok := runPrinter(t, in)
	if ok {
		t.Errorf("a failing run passed:\n%s", out)
	}
	for _, want := range []string{"x_test.go:9: got 1, want 2\n", "--- FAIL: TestX (0.00s)\n", "FAIL\texample.com/p\t0.1s\n", "\nFAIL\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestBuildFailure(t *testing.T) {
	in := `{"ImportPath":"example.com/p [example.com/p.test]","Action":"build-output","Output":"p_test.go:3:1: syntax error\n"}
{"ImportPath":"example.com/p [example.com/p.test]","Action":"build-fail"}
{"Action":"start","Package":"example.com/p"}
{"Action":"output","Package":"example.com/p","Output":"FAIL\texample.com/p [build failed]\n"}
{"Action":"fail","Package":"example.com/p","Elapsed":0}
`
	out, ok := runPrinter(t, in)
	if ok || !strings.Contains(out, "p_test.go:3:1: syntax error\n") || !strings.Contains(out, "[build failed]") {
		t.Errorf("build failure: ok=%v, output:\n%s", ok, out)
	}
}

func TestNothingRead(t *testing.T) {
	out, ok := runPrinter(t, "go: cannot find main module\n")
	if ok {
		t.Errorf("a run without package results passed:\n%s", out)
	}
	if !strings.Contains(out, "go: cannot find main module\n") {
		t.Errorf("a line that is not an event was not printed:\n%s", out)
	}
}

func TestHeartbeat(t *testing.T) {
	var out bytes.Buffer
	p := newPrinter(&out, time.Minute)
	p.event(event{Action: "run", Package: "github.com/errlint/errlint/acceptance", Test: "TestAcceptance"})
	p.event(event{Action: "run", Package: "github.com/errlint/errlint/acceptance", Test: "TestAcceptance/gin"})
	p.event(event{Action: "run", Package: "github.com/errlint/errlint/acceptance", Test: "TestAcceptance/shop"})
	p.event(event{Action: "pause", Package: "github.com/errlint/errlint/acceptance", Test: "TestAcceptance/shop"})
	p.event(event{Action: "run", Package: "github.com/errlint/errlint/acceptance", Test: "TestAcceptance/gin/vet"})
	p.event(event{Action: "run", Package: "github.com/errlint/errlint/acceptance", Test: "TestLater"})
	p.event(event{Action: "pause", Package: "github.com/errlint/errlint/acceptance", Test: "TestLater"})
	for k := range p.running {
		p.running[k] = p.start
	}
	got := p.status(p.start.Add(3 * time.Minute))
	want := "... 3m0s elapsed; running:\n...   acceptance: TestAcceptance (3m0s) [gin 3m0s] (1 more waiting for a parallel slot)\n"
	if got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
}

func TestTimeout(t *testing.T) {
	in := `{"Action":"run","Package":"example.com/p","Test":"TestSlow"}
{"Action":"run","Package":"example.com/p","Test":"TestSlow/vet"}
{"Action":"output","Package":"example.com/p","Test":"TestSlow/vet","Output":"panic: test timed out after 10m0s\n"}
{"Action":"output","Package":"example.com/p","Output":"FAIL\texample.com/p\t600.1s\n"}
{"Action":"fail","Package":"example.com/p","Elapsed":600.1}
`
	out, ok := runPrinter(t, in)
	if ok || !strings.Contains(out, "panic: test timed out after 10m0s\n") || !strings.Contains(out, "p TestSlow/vet did not end") ||
		strings.Index(out, "FAIL\texample.com/p") < strings.Index(out, "test timed out") {
		t.Errorf("timeout: ok=%v, output:\n%s", ok, out)
	}
}
