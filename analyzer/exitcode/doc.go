// Package exitcode defines an Analyzer that checks a CLI's mapping from
// error codes to process exit statuses against the configured classes.
//
// # Analyzer exitcode
//
// exitcode: report exit statuses that contradict exit_codes for a code's class
//
// The seed's guidance: "Map CLI exit codes to auth, quota, timeout,
// network, and dependency fixes". The configuration says which exit
// status each class has, and optionally which class a code or a domain is
// (a code entry beats its domain's):
//
//	exit_codes: {auth: 3, quota: 4, timeout: 5, network: 6, dependency: 7}
//	classes: {PAYMENT_REQUIRED: quota, billing: quota}
//
// Without classes:, a code's class comes from its default status: 401 and
// 403 are auth, 402 and 429 quota, 408 and 504 timeout, 502 and 503
// dependency. A transport failure (*url.Error, net.Error) is network; a
// deadline (context.DeadlineExceeded, os.ErrDeadlineExceeded, a Timeout()
// call) is timeout; context.Canceled has no class.
//
// A code-to-exit mapping is a switch or if-else chain over a code-role
// expression (the code field of an error type of your module, or of a
// struct decoded from a response body), or over transport failures, with
// at least two arms ending in os.Exit(N), log.Fatal* (1), or return N in a
// function whose result reaches os.Exit. The analyzer reports:
//
//  1. an arm whose exit status is not its code's class's, at the code's
//     case expression: "AUTH_REQUIRED is an auth error: exit_codes says 3,
//     this exits 5". The fix rewrites N (with a constant of the package
//     that has the configured value, when N is a named constant) when
//     every code of the arm has the same class.
//  2. a mapping with no default arm that misses codes of classes that have
//     exit codes, once at the switch, naming up to five of them — unless
//     the code after the mapping exits or returns a value itself.
//  3. a mapping in another package whose result reaches os.Exit here: its
//     wrong arms, at the os.Exit call, with no fix.
//
// exitcode does nothing without exit_codes, and compares codes only under
// a configured or found catalog. Silence a finding with a comment
// "//errlint:ignore exitcode reason".
package exitcode
