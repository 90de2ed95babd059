package retryafter

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/errlint/errlint/analyzer/internal/response"
	"golang.org/x/tools/go/analysis"
)

// retryHeaders are the headers that tell a client when to retry.
var retryHeaders = response.RateLimitHeaders()

func run(sink *response.Sink, res *response.Result) {
	for _, r := range res.Written() {
		var msg string
		switch {
		case r.Value == response.StatusTooManyRequests:
			msg = "429 response without a Retry-After or rate-limit header (RFC 6585 §4)"
		case r.Value == response.StatusServiceUnavailable:
			code, ok := retryable(res, r.Code)
			if !ok {
				continue
			}
			msg = fmt.Sprintf("503 response with retryable error code %s without a Retry-After header (RFC 9110 §10.2.3)", code)
		default:
			continue
		}
		if set, known := res.HeaderSet(r, retryHeaders...); set || !known {
			continue
		}
		if r.Via != nil { // an error value written by a central writer (§11)
			msg = strings.TrimSuffix(strings.TrimSuffix(msg, " (RFC 6585 §4)"), " (RFC 9110 §10.2.3)") + ": " + r.Via.Note(lower(retryHeaders)...)
		}
		sink.Once(r.At, analysis.Diagnostic{Message: msg})
	}

	for _, p := range res.PairedHeaders("Retry-After") {
		c := p.Response.Code
		if c == nil || !c.Const {
			continue
		}
		if e, ok := res.Catalog.Lookup(c.Value); ok && !e.Retryable {
			sink.Once(p.At, analysis.Diagnostic{Message: fmt.Sprintf("Retry-After set on a response with error code %s, which the catalog marks not retryable", c.Value)})
		}
	}
}

// lower returns names in lower case, as header sets are recorded.
func lower(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ToLower(n)
	}
	return out
}

// retryable returns the code of c when it is a constant catalog code whose
// entry is retryable.
func retryable(res *response.Result, c *response.Code) (string, bool) {
	if c == nil || !c.Const {
		return "", false
	}
	e, ok := res.Catalog.Lookup(c.Value)
	return c.Value, ok && e.Retryable
}

//go:embed doc.go
var doc string

// Reporter is retryafter: its name, its doc and its findings.
var Reporter = response.Reporter{Name: "retryafter", Src: doc, Report: run}

// Analyzer is retryafter on the default base, on the discovered configuration.
var Analyzer = Reporter.New(response.Default)
