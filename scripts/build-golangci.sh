#!/usr/bin/env bash
# build-golangci.sh builds bin/golangci-lint-errlint: golangci-lint with errlint
# compiled in as a module plugin, from the Go module proxy alone.
#
# `golangci-lint custom` clones golangci-lint from GitHub, which a closed
# network cannot reach. This script does the same thing the "manual way":
# it copies golangci-lint's module source out of the module cache (fetched
# with `go mod download`), adds a plugins.go that imports our plugin, points
# github.com/errlint/errlint at this repository with a replace directive,
# runs `go mod tidy` and builds.
#
# Environment:
#   GOLANGCI_LINT_VERSION  golangci-lint version to build (default v2.15.0)
#   ERRLINT_ROOT           errlint module to compile in (default: this repository)
#   OUT                    output binary (default: $ERRLINT_ROOT/bin/golangci-lint-errlint)
#   BUILD_DIR              scratch directory (default: under ${XDG_CACHE_HOME:-$HOME/.cache}/errlint-build,
#                          outside the checkout, so that gofmt -l . never sees golangci-lint's code)
#   BIN_CACHE              the cache of built binaries every checkout shares, by inputs
#                          (default ${XDG_CACHE_HOME:-$HOME/.cache}/errlint-build/bin; see lib.sh)
#   FORCE=1                rebuild even when the inputs are unchanged
set -euo pipefail

version=${GOLANGCI_LINT_VERSION:-v2.15.0}
root=${ERRLINT_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
root=$(cd "$root" && pwd)
out=${OUT:-$root/bin/golangci-lint-errlint}
plugin_import=github.com/errlint/errlint/plugin/golangci
prog=build-golangci.sh extra=
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build=$(scratch_dir golangci-lint)

reuse "$out"

src=$(moddir "github.com/golangci/golangci-lint/v2@$version")
expect_file golangci-lint "$src/cmd/golangci-lint/main.go"
copy_module "$src"
cd "$build/src"

# plugins.go is where golangci-lint's own tooling declares module plugins.
cat > cmd/golangci-lint/plugins.go <<GO
package main

// Module plugins compiled into this build (written by scripts/build-golangci.sh).
import _ "$plugin_import"
GO

go mod edit \
	-require=github.com/errlint/errlint@v0.0.0-00010101000000-000000000000 \
	-replace=github.com/errlint/errlint="$root"
log "go mod tidy"
go mod tidy

# Our module and golangci-lint must agree on shared dependencies: a silent
# upgrade of golangci-lint's x/tools would build a linter nobody tested.
want_tools=$(awk '$1 == "golang.org/x/tools" { print $2 }' "$src/go.mod")
got_tools=$(go list -m -f '{{.Version}}' golang.org/x/tools)
[ "$want_tools" = "$got_tools" ] ||
	log "warning: golang.org/x/tools is $got_tools in this build; golangci-lint $version requires $want_tools"

rev=$(revision)
ldflags="-X main.version=${version#v}+errlint -X main.commit=errlint-$rev -X main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"

log "go build -> $out"
mkdir -p "$(dirname "$out")"
go build -buildvcs=false -trimpath -ldflags "$ldflags" -o "$out.tmp" ./cmd/golangci-lint
mv "$out.tmp" "$out"
finish "$out"
log "built $out ($("$out" version 2>&1 | head -1))"
