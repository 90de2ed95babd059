// Package e2e holds the end-to-end tests of errlint's integrations: the
// golangci-lint build with the errlint module plugin
// (bin/golangci-lint-errlint, scripts/build-golangci.sh) and the gopls build
// with errlint's analyzers (bin/gopls-errlint, scripts/build-gopls.sh), each
// run on a copy of examples/service and of acceptance modules (the one
// declaring its catalog in Go, the six web-framework modules) and compared
// with errlint (built once per test binary by internal/e2etest).
//
// The tests build what they need through the same scripts `make golangci`
// and `make gopls` run (they return at once when the binaries are up to
// date) and fail, never skip, when a build fails. The example service's
// dependencies come from the Go module proxy.
package e2e
