# errlint — build, demo and test targets. `make demo` and `make test` are the
# two commands a newcomer runs; .ci/run runs `make test`.

GO        ?= go
BIN       := $(CURDIR)/bin
ERRLINT   := $(BIN)/errlint
FUZZTIME  ?= 4s

.PHONY: all build demo test unit fuzz std golangci gopls nogo nogo-build bench lint clean

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

# Every test: unit and analysistest suites, the end-to-end tests (errlint,
# go vet -vettool, go fix -fixtool, golangci-lint, gopls, Bazel's nogo),
# brief fuzzing of every parser, and errlint over the whole standard library.
test: build golangci gopls nogo-build
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...
	$(MAKE) --no-print-directory fuzz
	$(MAKE) --no-print-directory std

unit:
	$(GO) test ./...

# Runs each fuzz target briefly (FUZZTIME each); `go test` alone replays
# their seed corpora.
fuzz:
	@bash scripts/fuzz-brief.sh $(FUZZTIME)

# errlint over the standard library: no panic, no analyzer error; exit 0
# (clean) or 3 (findings) both pass.
std: build
	@echo "== errlint std"
	@$(ERRLINT) std >/dev/null 2>$(CURDIR)/.errlint-std.log; rc=$$?; \
	  echo "errlint std exited $$rc ($$(grep -c . $(CURDIR)/.errlint-std.log) lines of findings)"; \
	  if grep -Eq 'panic|internal error|analysis skipped|fatal' $(CURDIR)/.errlint-std.log; then grep -E 'panic|internal error|analysis skipped|fatal' $(CURDIR)/.errlint-std.log | head; exit 1; fi; \
	  [ $$rc -eq 0 ] || [ $$rc -eq 3 ]

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
	$(GO) test -count=1 -run 'TestNogo' ./e2e

bench:
	@bash bench/run.sh

lint:
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

clean:
	rm -rf $(BIN) .cache .errlint-std.log
