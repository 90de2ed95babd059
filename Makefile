# errlint — build, demo and test targets. `make demo`, `make check` (minutes)
# and `make test` (the full suite) are the commands a newcomer runs; .ci/run
# runs `make test`.

GO        ?= go
BIN       := $(CURDIR)/bin
ERRLINT   := $(BIN)/errlint
PROGRESS  := $(BIN)/testprogress
FUZZTIME  ?= 25000x

# check and test pipe go test through testprogress with pipefail (bash), so
# that the pipeline fails when go test does.
SHELL := /bin/bash

# go test for check and test: every end-to-end suite runs the errlint just
# built (ERRLINT_BIN) instead of linking its own, and `go test -json` goes
# through testprogress, which prints each test as it ends, the running
# tests after a minute of silence, go test's closing lines and the slowest
# tests.
GOTEST := ERRLINT_BIN=$(ERRLINT) $(GO) test -json -count=1

.PHONY: all build progress demo check test unit fuzz std golangci gopls nogo nogo-build bench lint clean

all: build

build:
	$(GO) build -o $(ERRLINT) ./cmd/errlint

# errlint on the example service: shows findings of all three analyzers and
# succeeds (exit status 3, "findings", is what the demo expects).
demo: build
	@echo "== errlint catalog (the catalog in use and where it came from)"
	@cd examples/service && $(ERRLINT) catalog | head -n 8
	@echo "   ..."
	@echo
	@echo "== errlint ./...   (in examples/service)"
	@cd examples/service && { $(ERRLINT) ./... ; rc=$$?; \
	  if [ $$rc -eq 3 ]; then echo; echo "errlint exited 3: findings, as expected for the demo"; exit 0; fi; \
	  echo "errlint exited $$rc; the demo expects findings (3)"; exit 1; }
	@echo
	@echo "== errlint ./...   (in examples/client: comparisons, exit statuses, retries)"
	@cd examples/client && { $(ERRLINT) ./... ; rc=$$?; \
	  if [ $$rc -eq 3 ]; then echo; echo "errlint exited 3: findings, as expected for the demo"; exit 0; fi; \
	  echo "errlint exited $$rc; the demo expects findings (3)"; exit 1; }

progress:
	@$(GO) build -o $(PROGRESS) ./internal/e2etest/testprogress

# The quick suite: go vet, unit and analysistest suites and the end-to-end
# tests that need no tool besides errlint and the go command (`go test
# -short`: golangci-lint, gopls, nogo and the SARIF Multitool are left out,
# and nothing builds them; so are go vet and the -fix round trip on each
# acceptance module, which cmd/errlint's tests cover on a small one).
check: build progress
	@echo "== go vet ./..."
	$(GO) vet ./...
	@echo "== go test -short ./... (make test adds golangci-lint, gopls, nogo and SARIF validation, and go vet and -fix on every acceptance module)"
	set -o pipefail; $(GOTEST) -short -timeout 30m ./... | $(PROGRESS)

# Every test: unit and analysistest suites, the end-to-end tests (errlint,
# go vet -vettool, go fix -fixtool, golangci-lint, gopls, Bazel's nogo,
# SARIF validation), brief fuzzing of every parser, and errlint over the
# whole standard library. ERRLINT_TEST_FULL=1: a test whose tool is
# missing fails, never skips.
test: build progress golangci gopls nogo-build
	@echo "== go vet ./..."
	$(GO) vet ./...
	@echo "== go test ./..."
	set -o pipefail; ERRLINT_TEST_FULL=1 $(GOTEST) -timeout 30m ./... | $(PROGRESS)
	$(MAKE) --no-print-directory fuzz
	$(MAKE) --no-print-directory std

unit:
	$(GO) test ./...

# Runs each fuzz target briefly (FUZZTIME each: a count of inputs, a few
# seconds; a duration races Go 1.26's fuzzing coordinator when it expires,
# which then fails with a bare "context deadline exceeded", golang/go#75804,
# fixed in Go 1.27); `go test` alone replays
# their seed corpora.
fuzz:
	@bash scripts/fuzz-brief.sh $(FUZZTIME)

# errlint over the standard library: no panic, no analyzer error; exit 0
# (clean) or 3 (findings) both pass (scripts/errlint-std.sh, which counts
# findings apart from notices).
std: build
	@echo "== errlint std"
	@bash scripts/errlint-std.sh $(ERRLINT) $(CURDIR)/.errlint-std.log

golangci:
	@bash scripts/build-golangci.sh

gopls:
	@bash scripts/build-gopls.sh

# rules_go's builder and a nogo binary with errlint's analyzers, from the
# module proxy (scripts/build-nogo.sh), then errlint run through rules_go's
# compilepkg, nogo and nogovalidation actions without Bazel (e2e/nogo_test.go;
# `go test ./...` in `make test` runs it too).
nogo-build:
	@bash scripts/build-nogo.sh

nogo: build nogo-build
	ERRLINT_BIN=$(ERRLINT) ERRLINT_TEST_FULL=1 $(GO) test -count=1 -run 'TestNogo' ./e2e

bench:
	@bash bench/run.sh

lint:
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

clean:
	rm -rf $(BIN) .cache .errlint-std.log
