#!/usr/bin/env bash
# build-nogo.sh builds rules_go's own nogo runner with errlint's analyzers,
# without Bazel, from the Go module proxy alone:
#
#   bin/rules_go-builder  rules_go's builder (go/tools/builders, the
#                         builder_srcs of its BUILD.bazel): the program Bazel
#                         runs for the compilepkg, nogo and nogovalidation
#                         actions
#   bin/nogo-errlint      the nogo binary: the nogo_srcs of that BUILD.bazel
#                         plus the main that the builder's gennogomain
#                         generates for every analyzer of errlint's suite
#                         (analyzer.Names) and the nogo_config.json
#
# rules_go is fetched with `go mod download` into the module cache (read
# only) and the files named by its BUILD.bazel are copied into a scratch
# directory outside the checkout. nogo_srcs import
# golang.org/x/tools/internal/facts, which the go command allows only from
# below golang.org/x/tools/, so the harness module is named
# golang.org/x/tools/errlintnogo, with errlint replaced by this checkout.
# Only this script lives in our repository, never rules_go's code.
#
# e2e/nogo_test.go drives the two binaries the way Bazel does, package by
# package; `make nogo` runs both.
#
# Environment:
#   RULES_GO_VERSION rules_go version (default v0.65.0)
#   NOGO_CONFIG      the nogo_config.json compiled into the nogo binary
#                    (default: e2e/testdata/nogo/nogo_config.json)
#   ERRLINT_ROOT     errlint module to compile in (default: this repository)
#   OUT              the nogo binary (default: $ERRLINT_ROOT/bin/nogo-errlint);
#                    the builder is written beside it as rules_go-builder
#   BUILD_DIR        scratch directory (default: under ${XDG_CACHE_HOME:-$HOME/.cache}/errlint-build)
#   BIN_CACHE        the cache of built binaries every checkout shares, by inputs
#                    (default ${XDG_CACHE_HOME:-$HOME/.cache}/errlint-build/bin; see lib.sh)
#   FORCE=1          rebuild even when the inputs are unchanged
set -euo pipefail

version=${RULES_GO_VERSION:-v0.65.0}
root=${ERRLINT_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
root=$(cd "$root" && pwd)
out=${OUT:-$root/bin/nogo-errlint}
builder=$(dirname "$out")/rules_go-builder
config=${NOGO_CONFIG:-$root/e2e/testdata/nogo/nogo_config.json}
[ -f "$config" ] || { echo "build-nogo.sh: $config not found" >&2; exit 1; }
config=$(cd "$(dirname "$config")" && pwd)/$(basename "$config")
# (the configuration's content, not its path: the cache is shared by
# checkouts)
prog=build-nogo.sh extra="nogo_config.json $(sha256sum < "$config")"
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build=$(scratch_dir nogo)

reuse "$out" "$builder"

src=$(moddir "github.com/bazelbuild/rules_go@$version")
builders=$src/go/tools/builders
expect_file rules_go "$builders/BUILD.bazel"

# srcs_of NAME prints the .go files of the target NAME in BUILD.bazel: the
# quoted names from its `name = "NAME"` line to the end of its srcs list.
srcs_of() {
	awk -v name="$1" '
		$0 ~ "name = \"" name "\"" { on = 1; next }
		on && /^    srcs = \[/ { in_srcs = 1; next }
		on && in_srcs && /\]/ { exit }
		on && in_srcs { gsub(/[ ",]/, ""); if ($0 ~ /\.go$/) print }
	' "$builders/BUILD.bazel"
}
builder_srcs=$(srcs_of builder_srcs)
nogo_srcs=$(srcs_of nogo_srcs)
[ -n "$builder_srcs" ] && [ -n "$nogo_srcs" ] || die "cannot read builder_srcs and nogo_srcs from $builders/BUILD.bazel"
# builder_srcs ends with a select: path.go everywhere but Windows.
grep -qF '"//conditions:default": ["path.go"]' "$builders/BUILD.bazel" || die "builder_srcs no longer selects path.go: update this script"
builder_srcs="$builder_srcs path.go"

rm -rf "$build"
mkdir -p "$build/builder" "$build/nogo/names" "$(dirname "$out")"

# The builder: standard library only.
for f in $builder_srcs; do cp "$builders/$f" "$build/builder/"; done
chmod -R u+w "$build/builder"
printf 'module rulesgobuilder\n\ngo 1.26\n' > "$build/builder/go.mod"
log "go build -> $builder (rules_go $version builder)"
(cd "$build/builder" && go build -trimpath \
	-ldflags "-X main.rulesGoStdlibPrefix=@io_bazel_rules_go//stdlib:" -o "$builder.tmp" .)

# The nogo binary.
for f in $nogo_srcs; do cp "$builders/$f" "$build/nogo/"; done
chmod -R u+w "$build/nogo"
cat > "$build/nogo/go.mod" <<EOF
module golang.org/x/tools/errlintnogo

go 1.26.0

require github.com/errlint/errlint v0.0.0-00010101000000-000000000000

replace github.com/errlint/errlint => $root
EOF
# The analyzers' import paths, from the suite itself (analyzer.Names; each
# analyzer is the package of its name and exports Analyzer).
cat > "$build/nogo/names/main.go" <<'GO'
// Command names prints the import path of each of errlint's analyzers.
package main

import (
	"fmt"

	"github.com/errlint/errlint/analyzer"
)

func main() {
	for _, name := range analyzer.Names {
		fmt.Println("github.com/errlint/errlint/analyzer/" + name)
	}
}
GO
cd "$build/nogo"
# nogo_fix.go's diff library at the version rules_go requires.
udiff=$(awk '$1 == "github.com/aymanbagabas/go-udiff" { print $2 }' "$src/go.mod")
[ -n "$udiff" ] || die "cannot read the go-udiff requirement from $src/go.mod"
go mod edit -require="github.com/aymanbagabas/go-udiff@$udiff"
log "go mod tidy"
go mod tidy
paths=$(go run ./names)
[ -n "$paths" ] || die "analyzer.Names is empty"
args=()
for p in $paths; do args+=(-analyzer_importpath "$p"); done
log "gennogomain ($(echo $paths | wc -w) analyzers, config $config)"
"$builder.tmp" gennogomain -output nogo_main_gen.go "${args[@]}" -config "$config"
go mod tidy
log "go build -> $out"
go build -trimpath -o "$out.tmp" .

mv "$builder.tmp" "$builder"
mv "$out.tmp" "$out"
finish "$out" "$builder"
log "built $out and $builder (rules_go $version)"
