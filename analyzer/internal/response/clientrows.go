package response

// The client side's knowledge (SPEC §12, §13 "Clients"): what makes a
// request, what waits before a retry, what ends the process, which errors
// are transport failures, and the retry libraries. Keyed like the
// positions table by full name (types.Func.FullName(), or pkgpath.Name for
// a package-level variable); after the flow step lands these become the
// `request`, `exit` and wait columns of positions.go.

// clientRole is what a row says a call does on the client side.
type clientRole uint8

const (
	roleRequest    clientRole = iota + 1 // sends an HTTP request and returns its response
	roleWait                             // sleeps, waits for a timer, or asks a backoff for the next delay
	roleExit                             // ends the process with the status of argument 0
	roleExit1                            // ends the process with status 1 (log.Fatal*)
	roleHeaderGet                        // reads a header of an http.Header by its name, argument 0
	roleRetry                            // a retry library's loop: argument 0 is the operation it repeats
	rolePermanent                        // a retry library's "do not retry this error"
	roleDecode                           // decodes into argument 0 (a *json.Decoder's Decode)
	roleNewDecoder                       // returns a decoder reading argument 0
	roleUnmarshal                        // decodes argument 0 into argument 1
	roleReadAll                          // returns the bytes of the reader in argument 0
	roleIs                               // errors.Is: argument 1 is the target value
	roleAs                               // errors.As: argument 1 points to the target type
	roleContains                         // slices.Contains: argument 1 is looked for in argument 0
)

// The types the client side reads by name.
const (
	responseType = "net/http.Response" // its StatusCode is a status-role expression, its Body a response body
	headerType   = "net/http.Header"   // indexing it with a constant name reads a header
	durationType = "time.Duration"     // a user function returning one computes a backoff
)

var clientRows = map[string]clientRole{
	"(*net/http.Client).Do":       roleRequest,
	"(*net/http.Client).Get":      roleRequest,
	"(*net/http.Client).Head":     roleRequest,
	"(*net/http.Client).Post":     roleRequest,
	"(*net/http.Client).PostForm": roleRequest,
	"net/http.Get":                roleRequest,
	"net/http.Head":               roleRequest,
	"net/http.Post":               roleRequest,
	"net/http.PostForm":           roleRequest,

	"(*github.com/hashicorp/go-retryablehttp.Client).Do":  roleRequest,
	"(*github.com/hashicorp/go-retryablehttp.Client).Get": roleRequest,

	"time.Sleep":          roleWait,
	"time.After":          roleWait,
	"time.NewTimer":       roleWait,
	"time.Tick":           roleWait,
	"time.NewTicker":      roleWait,
	"(*time.Timer).Reset": roleWait,
	"(github.com/cenkalti/backoff/v4.BackOff).NextBackOff": roleWait,

	"os.Exit":               roleExit,
	"log.Fatal":             roleExit1,
	"log.Fatalf":            roleExit1,
	"log.Fatalln":           roleExit1,
	"(*log.Logger).Fatal":   roleExit1,
	"(*log.Logger).Fatalf":  roleExit1,
	"(*log.Logger).Fatalln": roleExit1,

	"(net/http.Header).Get":    roleHeaderGet,
	"(net/http.Header).Values": roleHeaderGet,

	"github.com/cenkalti/backoff/v4.Retry":       roleRetry,
	"github.com/cenkalti/backoff/v4.RetryNotify": roleRetry,
	"github.com/cenkalti/backoff/v4.Permanent":   rolePermanent,

	"(*encoding/json.Decoder).Decode": roleDecode,
	"encoding/json.NewDecoder":        roleNewDecoder,
	"encoding/json.Unmarshal":         roleUnmarshal,
	"io.ReadAll":                      roleReadAll,

	"errors.Is":       roleIs,
	"errors.As":       roleAs,
	"slices.Contains": roleContains,
}

// retryCheckFields are function-typed fields a retry library calls to ask
// whether to retry (retryablehttp's CheckRetry): a function assigned to one
// is a retry predicate.
var retryCheckFields = map[string]bool{
	"github.com/hashicorp/go-retryablehttp.Client.CheckRetry": true,
}

// transportTypes are the error types of a failed request (SPEC §12): a
// branch on one is class network, or timeout when its condition also calls
// Timeout().
var transportTypes = map[string]string{
	"net/url.Error": "network",
	"net.Error":     "network",
	"net.OpError":   "network",
}

// transportValues are the error values of a failed request; "" has no class
// (a cancelled context is the user's own doing).
var transportValues = map[string]string{
	"context.DeadlineExceeded": "timeout",
	"os.ErrDeadlineExceeded":   "timeout",
	"context.Canceled":         "",
}

// rateLimitHeaders are the response headers that say when to retry.
var rateLimitHeaders = []string{"Retry-After", "RateLimit", "RateLimit-Reset", "X-RateLimit-Reset"}

// classOfStatus is a code's class from its default status (SPEC §12).
var classOfStatus = map[int]string{
	401: "auth", 403: "auth",
	402: "quota", 429: "quota",
	408: "timeout", 504: "timeout",
	502: "dependency", 503: "dependency",
}
